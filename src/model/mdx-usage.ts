/**
 * Reads an `.mdx` body the way the build does (satteri, the MDX parser of @astrojs/mdx) and lists the components
 * it uses, with their props and lines. Shared by the content check (scripts/lib/content-check/mdx-check.ts) and the sources
 * page's "cited by" index (src/queries/citations.ts). A syntax error is reported with its line in the body.
 */
import { mdxToMdast } from 'satteri';
import { idList, MDX_COMPONENTS, type MdxComponentName } from '../components/mdx/registry.ts';

export interface ComponentUse {
  name: string;
  /** 1-based line in the body. */
  line: number;
  /** Props written as `name="text"` (a string) or `name={expression}` (the expression's source), or `true` for a bare prop. */
  props: Record<string, string | { expression: string } | true>;
  hasChildren: boolean;
}

export type MdxParse = { uses: ComponentUse[]; error?: undefined } | { uses: []; error: { line: number; column: number; reason: string } };

interface Node {
  type: string;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
  position?: { start: { line: number } };
}

export function parseMdx(body: string): MdxParse {
  let tree: Node;
  try {
    tree = mdxToMdast(body) as unknown as Node;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const match = /^(\d+):(\d+):\s*([\s\S]*)$/.exec(message);
    return {
      uses: [],
      error: match ? { line: Number(match[1]), column: Number(match[2]), reason: match[3]!.trim() } : { line: 1, column: 1, reason: message },
    };
  }
  const uses: ComponentUse[] = [];
  const walk = (node: Node) => {
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name) {
      const props: ComponentUse['props'] = {};
      for (const attribute of node.attributes ?? []) {
        if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) continue;
        const value = attribute.value;
        props[attribute.name] =
          value === null || value === undefined
            ? true
            : typeof value === 'string'
              ? value
              : { expression: String((value as { value?: unknown }).value ?? '') };
      }
      uses.push({ name: node.name, line: node.position?.start.line ?? 1, props, hasChildren: (node.children ?? []).length > 0 });
    }
    node.children?.forEach(walk);
  };
  walk(tree);
  return { uses };
}

/** The figure ids a body shows through its components (for "cited by" on the sources page). */
export function figureIdsInMdx(body: string): string[] {
  const ids = new Set<string>();
  for (const use of parseMdx(body).uses) {
    const spec = MDX_COMPONENTS[use.name as MdxComponentName];
    if (!spec) continue;
    for (const [prop, propSpec] of Object.entries(spec.props) as [string, { ref?: string }][]) {
      const value = use.props[prop];
      if (propSpec.ref && typeof value === 'string') idList(value).forEach((id) => ids.add(id));
    }
  }
  return [...ids];
}
