/** A news picture's path, as written in any language folder, names one file under src/content/. */
import { describe, expect, it } from 'vitest';
import { newsImagePath } from '../../src/model/news/images';

describe('newsImagePath', () => {
  it('resolves the documented form from any language folder', () => {
    expect(newsImagePath('../images/2026-12-01-signing.jpg')).toBe('/src/content/news/images/2026-12-01-signing.jpg');
    expect(newsImagePath('./../images/a.png')).toBe('/src/content/news/images/a.png');
  });
  it('keeps other places under src/content as written', () => {
    expect(newsImagePath('../../pages/images/b.webp')).toBe('/src/content/pages/images/b.webp');
    expect(newsImagePath('pictures/c.jpg')).toBe('/src/content/news/any-language/pictures/c.jpg');
  });
});
