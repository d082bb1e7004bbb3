/**
 * The pictures news items show at the top (Astro-only: Vite's `import.meta.glob`). The content schema keeps
 * `image` as the path written in the file, one schema for every entry (Astro's `image()` helper makes a schema per
 * entry, about 0.3 ms each, most of the content phase of a large archive); the page loads the file from here and
 * Astro's <Image> optimises it as before. `npm run check:content` has already refused a path with no file.
 */
import type { ImageMetadata } from 'astro';
import { newsImagePath } from '~/model/news/images';

const PICTURES = import.meta.glob<ImageMetadata>('/src/content/**/*.{jpg,jpeg,png,webp,avif,gif}', { import: 'default' });

/** The picture `image` of the news file `file`, ready for <Image>. */
export async function newsImage(image: string, file: string | undefined): Promise<ImageMetadata> {
  const load = PICTURES[newsImagePath(image)];
  if (!load) {
    const where = `${file ?? 'src/content/news'} (image)`;
    throw new Error(
      `${where}: the picture ${image} is not there: put the file in src/content/news/images/ and write \`image: ../images/<file name>\`.\n` +
        `${where}：找不到图片 ${image}：请把图片放进 src/content/news/images/，并写成 \`image: ../images/<文件名>\`。`,
    );
  }
  return load();
}
