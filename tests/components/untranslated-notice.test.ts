import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import UntranslatedNotice from '../../src/components/content/UntranslatedNotice.astro';

describe('the "not yet translated" notice', () => {
  it('says so in English and links the Chinese page', async () => {
    const container = await AstroContainer.create();
    const html = await container.renderToString(UntranslatedNotice, { props: { locale: 'en', path: 'news/example' } });
    expect(html).toContain('not been translated into English');
    expect(html).toMatch(/href="\/zh-cn\/news\/example\/"[^>]*hreflang="zh-CN"/);
  });
});
