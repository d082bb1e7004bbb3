/**
 * Where a news item's top picture (`image`) is: the frontmatter gives it as a path from the Markdown file
 * (`../images/2026-12-01-signing.jpg`). Every language folder sits in src/content/news/, so the path means the same
 * file from each of them, the generated editions' included. Plain functions, tested without a build.
 */

/** The picture's path from the project root, as Vite's `import.meta.glob` names it: `/src/content/news/images/…`. */
export function newsImagePath(image: string): string {
  const parts = ['src', 'content', 'news', 'any-language'];
  for (const part of image.split('/')) {
    if (part === '..') parts.pop();
    else if (part && part !== '.') parts.push(part);
  }
  return `/${parts.join('/')}`;
}
