/**
 * Synthetic news items for the benchmark: deterministic (seeded), neutral filler text in the shape of the real
 * news collection. Nothing here is a fact: every title says "基准测试条目 / Benchmark item", every body opens by
 * saying it is generated text, and no sentence carries a number, a name or a claim. The items are only ever written
 * into a temporary copy of the project (see fixture.ts), never into src/content.
 */
import { forLocale, LOCALE_KEYS, WRITTEN_LOCALES, type Locale } from '../../src/i18n/locales.ts';

/** A small, fast, seeded PRNG (mulberry32): the same seed gives the same archive on every machine. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;

function pick<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

/** Topics, index-aligned across languages: an item has the same topic in both. */
const TOPICS = {
  'zh-cn': ['产业服务', '招商对接', '交通配套', '物流网络', '园区建设', '人才服务', '营商环境', '投资咨询', '企业走访', '项目推进'],
  en: [
    'industry services',
    'investment matchmaking',
    'transport links',
    'logistics network',
    'park development',
    'talent services',
    'business environment',
    'investment enquiries',
    'company visits',
    'project progress',
  ],
} as const;

/** Neutral sentence parts. The words people search for (招商, 产业, 交通, investment, railway, logistics) recur. */
const PARTS = {
  'zh-cn': {
    subjects: ['示例园区', '示例企业', '相关部门', '服务团队', '项目小组', '产业链上下游企业', '招商专班', '物流企业', '交通部门', '意向投资方'],
    verbs: ['持续优化', '稳步推进', '逐步完善', '认真梳理', '积极对接', '统筹协调', '定期回顾', '深入了解'],
    objects: [
      '产业配套',
      '招商流程',
      '交通衔接',
      '物流服务',
      '投资咨询渠道',
      '用地需求',
      '人才服务事项',
      '营商环境',
      '项目审批环节',
      '企业诉求',
      'B2B 对接活动',
      'PDF 格式的办事指南',
      '铁路与公路接驳',
    ],
    tails: ['，为后续工作提供参考', '，相关安排以正式通知为准', '，并形成示例性的工作记录', '，以便企业了解办理路径', '，同时听取多方意见', '，进一步提高服务效率', ''],
    end: '。',
    space: '',
    intro: '本文为性能基准测试自动生成的示例文字，不是真实新闻，也不含任何真实数据。',
    headings: ['工作进展', '下一步安排', '服务事项'],
    title: (n: string, topic: string) => `基准测试条目 ${n}：${topic}`,
    description: (topic: string) => `性能基准测试生成的示例条目，主题为“${topic}”。内容为合成文字，不是真实新闻。`,
  },
  en: {
    subjects: [
      'The example park',
      'A sample company',
      'The service team',
      'The project group',
      'Partners along the industry chain',
      'The investment desk',
      'Logistics operators',
      'The transport office',
      'Prospective investors',
      'Local suppliers',
    ],
    verbs: ['reviewed', 'continued to improve', 'discussed', 'mapped out', 'followed up on', 'coordinated', 'gathered feedback on', 'simplified'],
    objects: [
      'industry support services',
      'the investment enquiry process',
      'railway and road connections',
      'logistics arrangements',
      'land and floor-space needs',
      'talent services',
      'the business environment',
      'approval steps for new projects',
      'questions raised by companies',
      'cross-border cooperation (示例合作)',
      'the online service app',
    ],
    tails: [' to inform later work', ', subject to formal notice', ' as an illustrative record', ' so that firms know where to start', ' after hearing several views', ' to make services quicker', ''],
    end: '.',
    space: ' ',
    intro: 'This text was generated for a performance benchmark. It is not real news and contains no real data.',
    headings: ['Progress', 'Next steps', 'Services'],
    title: (n: string, topic: string) => `Benchmark item ${n}: ${topic}`,
    description: (topic: string) => `A generated item for the performance benchmark, on ${topic}. Synthetic text, not real news.`,
  },
} as const;

/**
 * The editions staff write (src/i18n/locales.ts): the synthetic archive has a file in each; one without its own
 * text above borrows its fallback's. The generated zh-hk edition is made from zh-cn by the build (and, for the
 * baseline, by the fixture: scripts/bench/fixture.ts), so every edition's pages are built on both sides.
 */
export type BenchLang = Locale;
export const BENCH_LANGS: readonly BenchLang[] = WRITTEN_LOCALES;
/** Every edition whose pages the builds make (the written ones and the generated ones). */
export const BENCH_EDITIONS: readonly BenchLang[] = LOCALE_KEYS;
const partsOf = (lang: BenchLang): (typeof PARTS)[keyof typeof PARTS] => forLocale<(typeof PARTS)[keyof typeof PARTS]>(PARTS, lang)!;
const topicsOf = (lang: BenchLang): readonly string[] => forLocale<readonly string[]>(TOPICS, lang)!;

/** Tags drawn from the vocabulary the real news uses. */
export const BENCH_TAGS = ['investment', 'transport', 'logistics', 'industry', 'cooperation-zone', 'talent', 'business-environment'] as const;

/** Body length bounds, in characters (UTF-16 code units; every character used here is one unit). */
export const BODY_MIN = 500;
export const BODY_MAX = 800;

function sentence(random: Random, lang: BenchLang): string {
  const p = partsOf(lang);
  const words = [pick(random, p.subjects), pick(random, p.verbs), pick(random, p.objects)].join(p.space);
  return `${words}${pick(random, p.tails)}${p.end}`;
}

/** One body of Markdown paragraphs (sometimes a heading or a list), between BODY_MIN and BODY_MAX characters. */
export function body(random: Random, lang: BenchLang): string {
  const p = partsOf(lang);
  const target = BODY_MIN + Math.floor(random() * (BODY_MAX - BODY_MIN - 120));
  const blocks: string[] = [p.intro];
  let paragraph: string[] = [];
  const length = () => [...blocks, paragraph.join(p.space)].join('\n\n').length;
  while (length() < target) {
    paragraph.push(sentence(random, lang));
    if (paragraph.length >= 3 + Math.floor(random() * 3)) {
      blocks.push(paragraph.join(p.space));
      paragraph = [];
      const roll = random();
      if (roll < 0.2) blocks.push(`## ${pick(random, p.headings)}`);
      else if (roll < 0.3) blocks.push([0, 1, 2].map(() => `- ${sentence(random, lang)}`).join('\n'));
    }
  }
  if (paragraph.length) blocks.push(paragraph.join(p.space));
  let text = blocks.join('\n\n');
  // A trailing heading or list would end the article oddly; a long last sentence may overshoot: trim whole blocks.
  while (text.length > BODY_MAX || /^(##|-) /m.test(text.slice(text.lastIndexOf('\n\n') + 2))) {
    blocks.pop();
    text = blocks.join('\n\n');
  }
  while (text.length < BODY_MIN) {
    blocks.push(sentence(random, lang));
    text = blocks.join('\n\n');
  }
  return text;
}

export interface SyntheticItem {
  /** File name without extension, the same in both languages: `2019-04-12-bench-0042`. */
  slug: string;
  /** ISO date, spread evenly (with jitter) over the years FIRST_DAY…LAST_DAY. */
  date: string;
  tags: string[];
  /** The full Markdown file (frontmatter + body) per language. */
  files: Record<BenchLang, string>;
  /** Body length per language, in characters. */
  bodyLength: Record<BenchLang, number>;
}

const FIRST_DAY = Date.UTC(2012, 0, 1);
const LAST_DAY = Date.UTC(2026, 5, 30);
const DAY = 86_400_000;

function yamlString(value: string): string {
  return JSON.stringify(value);
}

/** Generates `count` items (each in both languages), citing `sourceId`. Same seed → byte-identical output. */
export function syntheticItems(count: number, seed: number, sourceId: string): SyntheticItem[] {
  const random = mulberry32(seed);
  const width = Math.max(4, String(count).length);
  const span = (LAST_DAY - FIRST_DAY) / DAY;
  const items: SyntheticItem[] = [];
  for (let i = 0; i < count; i++) {
    const n = String(i + 1).padStart(width, '0');
    const dayOffset = Math.min(span, Math.floor(((i + random()) * span) / count));
    const date = new Date(FIRST_DAY + dayOffset * DAY).toISOString().slice(0, 10);
    const topic = Math.floor(random() * TOPICS.en.length);
    const tagCount = 1 + Math.floor(random() * 3);
    const tags = [...new Set(Array.from({ length: tagCount }, () => pick(random, BENCH_TAGS)))].sort();
    const slug = `${date}-bench-${n}`;
    const files = {} as Record<BenchLang, string>;
    const bodyLength = {} as Record<BenchLang, number>;
    for (const lang of BENCH_LANGS) {
      const p = partsOf(lang);
      const text = body(random, lang);
      bodyLength[lang] = text.length;
      files[lang] = [
        '---',
        `title: ${yamlString(p.title(n, topicsOf(lang)[topic]!))}`,
        `description: ${yamlString(p.description(topicsOf(lang)[topic]!))}`,
        'sources:',
        `  - ${sourceId}`,
        `date: ${date}`,
        'tags:',
        ...tags.map((tag) => `  - ${tag}`),
        '---',
        '',
        text,
        '',
      ].join('\n');
    }
    items.push({ slug, date, tags, files, bodyLength });
  }
  return items;
}
