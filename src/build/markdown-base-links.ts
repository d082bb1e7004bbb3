/**
 * A Sätteri hast plugin: root-relative links and images written in Markdown (`/en/policies/`) get the site's
 * base prefixed, so content keeps working when the site is served from a sub-path (BASE=/changping/).
 * Editors always write links from the site root; they never need to know the base.
 */
export function prefixBase(url: string, base: string): string {
  const prefix = base.replace(/\/+$/, '');
  if (!prefix || !url.startsWith('/') || url.startsWith('//')) return url;
  if (url === prefix || url.startsWith(`${prefix}/`)) return url;
  return `${prefix}${url}`;
}

interface Ctx {
  setProperty(node: unknown, key: string, value: unknown): void;
}
interface ElementNode {
  tagName: string;
  properties?: Record<string, unknown>;
}

export function baseLinksPlugin(base: string) {
  return {
    name: 'base-links',
    element: {
      filter: ['a', 'img'],
      visit(node: ElementNode, ctx: Ctx) {
        const key = node.tagName === 'a' ? 'href' : 'src';
        const value = node.properties?.[key];
        if (typeof value === 'string') {
          const prefixed = prefixBase(value, base);
          if (prefixed !== value) ctx.setProperty(node, key, prefixed);
        }
      },
    },
  };
}
