/**
 * The pictures news items show at the top (Astro-only: Vite's `import.meta.glob`). The content schema keeps
 * `image` as the path written in the file, one schema for every entry (Astro's `image()` helper makes a schema per
 * entry: 0.83 s for 3,000 news items against 13 ms for one schema); the page loads the file from here and
 * Astro's <Image> optimises it as before. `npm run check:content` has already refused a path with no file.
 */
import type { ImageMetadata } from 'astro';
import { missingNewsImage, newsImagePath } from '~/model/news/images';

const PICTURES = import.meta.glob<ImageMetadata>('/src/content/**/*.{jpg,jpeg,png,webp,avif,gif}', { import: 'default' });

/** The picture `image` of the news file `file`, ready for <Image>. */
export async function newsImage(image: string, file: string | undefined): Promise<ImageMetadata> {
  const load = PICTURES[newsImagePath(image)];
  if (!load) {
    const where = `${file ?? 'src/content/news'} (image)`;
    const { message, messageZh } = missingNewsImage(image);
    throw new Error(`${where}: ${message}\n${where}: ${messageZh}`);
  }
  return load();
}
