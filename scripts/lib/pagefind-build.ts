/** Helpers of scripts/pagefind.ts, kept apart so they can be unit-tested without running an index build. */
import { readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { arch, platform } from 'node:process';
import { join } from 'node:path';

/**
 * The built site's folder: `--outDir <dir>` / `--outDir=<dir>` on the command line, else the DIST_DIR environment
 * variable, else `dist` (Astro's default). Sub-path and benchmark builds write elsewhere and pass one of these.
 */
export function resolveOutDir(argv: readonly string[], env: Record<string, string | undefined>): string {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--outDir' && argv[i + 1]) return argv[i + 1]!;
    if (arg.startsWith('--outDir=')) return arg.slice('--outDir='.length);
  }
  return env.DIST_DIR || 'dist';
}

/**
 * Where the extended Pagefind binary is, which segments Chinese into words; throws when only the plain binary
 * would run (Chinese would then be indexed as whole runs of characters and most queries would find nothing).
 */
export function extendedBinary(): string {
  const fromEnv = process.env.PAGEFIND_EXTENDED_BINARY_PATH;
  if (fromEnv) return fromEnv;
  const os = platform === 'win32' ? 'windows' : platform;
  const name = `@pagefind/${os}-${arch}/bin/pagefind_extended${os === 'windows' ? '.exe' : ''}`;
  try {
    return createRequire(import.meta.url).resolve(name);
  } catch {
    throw new Error(`The extended Pagefind binary (${name}) is missing: Chinese search needs it. Run \`npm ci\`.`);
  }
}

export interface LanguageSummary {
  language: string;
  pages: number;
  /** Bytes of this language's index, fragments, filters and metadata (not the shared JS and WebAssembly). */
  bytes: number;
}

/** Per-language page counts (from pagefind-entry.json) and index sizes (files named after the language's hash). */
export function summarise(bundleDir: string, entry: { languages: Record<string, { hash: string; page_count: number }> }): LanguageSummary[] {
  const files = listFiles(bundleDir);
  return Object.entries(entry.languages).map(([language, { page_count }]) => {
    const prefix = `${language}_`;
    const bytes = files
      .filter((file) => file.name.startsWith(prefix) || file.name.startsWith(`pagefind.${prefix}`))
      .reduce((sum, file) => sum + file.size, 0);
    return { language, pages: page_count, bytes };
  });
}

function listFiles(dir: string): { name: string; size: number }[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    const stat = statSync(full);
    return stat.isDirectory() ? listFiles(full) : [{ name, size: stat.size }];
  });
}
