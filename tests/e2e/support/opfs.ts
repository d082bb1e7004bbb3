/**
 * Chromium's origin-private file system (OPFS) as the "local repository" of the browser editor: the tests fill a
 * folder in it with a copy of the repository's content, make `window.showDirectoryPicker` return that folder (so
 * Sveltia's "Work with Local Repository" opens it without a dialog), and read back what the editor saved.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Page } from '@playwright/test';

/** The OPFS folder that stands in for the repository. */
const REPO_DIR = 'repo';

/** Every file under the given folders of the project, as paths relative to the project root with base64 content. */
export function projectFiles(root: string, folders: readonly string[]): { path: string; base64: string }[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const full = join(dir, name);
      return statSync(full).isDirectory() ? walk(full) : [full];
    });
  return folders.flatMap((folder) =>
    walk(join(root, folder)).map((file) => ({
      path: relative(root, file).split('\\').join('/'),
      base64: readFileSync(file).toString('base64'),
    })),
  );
}

/** Makes the folder picker return the OPFS repository folder; call before the editor loads. */
export async function stubFolderPicker(page: Page): Promise<void> {
  await page.addInitScript((dir) => {
    Object.defineProperty(window, 'showDirectoryPicker', {
      configurable: true,
      value: async () => (await navigator.storage.getDirectory()).getDirectoryHandle(dir, { create: true }),
    });
  }, REPO_DIR);
}

/** Writes the files into the OPFS repository folder (with an empty `.git`, which marks a repository root). */
export async function seedRepository(page: Page, files: { path: string; base64: string }[]): Promise<void> {
  await page.evaluate(
    async ({ dir, files }) => {
      const opfs = await navigator.storage.getDirectory();
      await opfs.removeEntry(dir, { recursive: true }).catch(() => {});
      const root = await opfs.getDirectoryHandle(dir, { create: true });
      await root.getDirectoryHandle('.git', { create: true });
      for (const { path, base64 } of files) {
        const parts = path.split('/');
        let folder = root;
        for (const part of parts.slice(0, -1)) folder = await folder.getDirectoryHandle(part, { create: true });
        const handle = await folder.getFileHandle(parts.at(-1)!, { create: true });
        const writable = await handle.createWritable();
        await writable.write(Uint8Array.from(atob(base64), (c) => c.charCodeAt(0)));
        await writable.close();
      }
    },
    { dir: REPO_DIR, files },
  );
}

/** Every file now in the OPFS repository folder (`.git` aside), as text. */
export async function readRepository(page: Page): Promise<Record<string, string>> {
  return page.evaluate(async (dir) => {
    const out: Record<string, string> = {};
    const walk = async (folder: FileSystemDirectoryHandle, prefix: string) => {
      for await (const [name, handle] of folder.entries()) {
        if (name === '.git') continue;
        if (handle.kind === 'directory') await walk(handle, `${prefix}${name}/`);
        else out[`${prefix}${name}`] = await (await handle.getFile()).text();
      }
    };
    await walk(await (await navigator.storage.getDirectory()).getDirectoryHandle(dir), '');
    return out;
  }, REPO_DIR);
}
