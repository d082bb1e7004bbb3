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

/**
 * What staff read when a news item's `image` names no file, in English and Chinese: the content check's message,
 * and the build's if a picture goes missing after the check.
 */
export function missingNewsImage(image: string): { message: string; messageZh: string } {
  return {
    message: `the picture ${image} is not there: put the file in src/content/news/images/ and write \`image: ../images/<file name>\`.`,
    messageZh: `找不到图片 ${image}：请把图片放进 src/content/news/images/，并写成 \`image: ../images/<文件名>\`。`,
  };
}
