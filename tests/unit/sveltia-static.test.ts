import { describe, expect, it } from 'vitest';
import { localFonts, sveltiaFiles, sveltiaFolder } from '../../src/build/sveltia-static';

describe("the staff editor's files", () => {
  const files = sveltiaFiles();
  const script = files.find((file) => file.path.endsWith('/sveltia-cms.mjs'))!;

  it('are the package as published, in a folder named after its version, without source maps', () => {
    expect(sveltiaFolder()).toMatch(/^admin\/sveltia-\d+\.\d+\.\d+$/);
    expect(files.map((file) => file.path)).toContain(`${sveltiaFolder()}/chunks/react-dom.js`);
    expect(files.every((file) => !file.path.endsWith('.map'))).toBe(true);
    expect(script.contents.toString()).not.toMatch(/sourceMappingURL/);
    expect(script.contents.toString()).toMatch(/export\{[^}]*as default/);
  });

  it('name no font on a CDN: each one is a file of the package, served beside the script', () => {
    const code = script.contents.toString();
    expect(code).not.toContain('cdn.jsdelivr.net/fontsource');
    const fonts = [...code.matchAll(/src:url\(([^)]+\.woff2)\)/g)].map((match) => match[1]);
    expect(fonts.length).toBeGreaterThanOrEqual(3);
    for (const font of fonts) expect(files.map((file) => `admin/${file.path.replace(/^admin\//, '')}`)).toContain(`admin/${font}`);
    expect(files.some((file) => file.path.endsWith('.LICENSE.txt'))).toBe(true);
  });

  it('stop the build when a CDN font has no copy in the package, in both languages', () => {
    const code = 'src:url(https://cdn.jsdelivr.net/fontsource/fonts/new-font@1.0.0/latin-400-normal.woff2)';
    expect(() => localFonts(code, ['source-sans-3-latin-wght-normal-x.woff2'], 'admin/sveltia-1.0.0')).toThrow(/no copy of.*没有这个字体文件/s);
    expect(localFonts(code, ['new-font-latin-400-normal-abc.woff2'], 'admin/sveltia-1.0.0').code).toBe(
      'src:url(sveltia-1.0.0/fonts/new-font-latin-400-normal.woff2)',
    );
  });
});
