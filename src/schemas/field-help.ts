/**
 * Plain-words labels and hints for every content field, in Chinese and English (the editors' two working
 * languages, whatever the site's editions). The browser editor (/admin/) shows them beside each field and `npm run new` writes them as comments in new entries. The schemas in collections.ts
 * remain the rule; tests/unit/cms-config.test.ts fails when a schema field has no help here.
 */
import { generatedFrom, LOCALE_KEYS, LOCALES } from '../i18n/locales.ts';

export interface FieldHelp {
  label: { 'zh-cn': string; en: string };
  hint: { 'zh-cn': string; en: string };
  /** `true` when each language has its own text (title, description); otherwise both files carry the same value. */
  translate?: boolean;
  /** A multi-line text box rather than a one-line input. */
  long?: boolean;
}

const h = (zh: string, en: string, hintZh: string, hintEn: string, extra: Partial<FieldHelp> = {}): FieldHelp => ({
  label: { 'zh-cn': zh, en },
  hint: { 'zh-cn': hintZh, en: hintEn },
  ...extra,
});
const T = { translate: true } as const;

/** Help for the per-edition fields of a text in a data file (`label.zh-cn`, `label.en` …), one per edition. */
const perEdition = (field: string, whatZh: string): Record<string, FieldHelp> =>
  Object.fromEntries(
    LOCALE_KEYS.map((locale) => {
      const { name } = LOCALES[locale];
      // A generated edition's text (zh-hk) is converted when left empty: written only to replace that.
      const from = generatedFrom(locale);
      if (from) {
        const source = LOCALES[from].name;
        return [
          `${field}.${locale}`,
          h(`${name.zh}(可不填)`, `${name.en} (optional)`, `一般不填:网站按${source.zh}自动转换。只有转换结果不合适时才填写。`, `Usually left empty: the site converts the ${source.en} text. Fill it in only when the converted text is not right.`),
        ];
      }
      return [`${field}.${locale}`, h(name.zh, name.en, `${name.zh}${whatZh}。`, `The ${name.en} text.`)];
    }),
  );
const TL = { translate: true, long: true } as const;

/** Help per field name; `<collection>.<field>` overrides a name that means different things in two collections. */
export const FIELD_HELP: Record<string, FieldHelp> = {
  // Every Markdown entry
  title: h('标题', 'Title', '页面标题,显示为页面大标题和浏览器标签。', 'The page title: its main heading and the browser tab.', T),
  description: h('摘要', 'Summary', '一两句话(10–260字),显示在标题下、列表、搜索结果和分享预览中。', 'One or two sentences (10–260 characters): under the title, in lists, search results and link previews.', TL),
  sources: h('来源', 'Sources', '本页事实所依据的来源编号(见“来源”),列在页面底部。', 'Ids of the sources this page’s facts come from (see Sources); listed at the foot of the page.'),
  updated: h('更新日期', 'Last checked', '最近一次对照来源核对内容的日期,显示为“最后更新”。', 'The day the content was last checked against its sources; shown as “last updated”.'),
  reviewBy: h('复核期限', 'Review by', '须再次核对本页的日期;过期后内容检查会提醒。', 'The day by which someone must check the page again; the content check reminds you after it.'),
  untranslated: h('尚未翻译', 'Not yet translated', '勾选表示本语言版本尚未翻译:页面会显示“尚未翻译”提示并链接另一语言。译好后取消勾选。', 'Ticked while this language version is not yet translated: the page shows a notice linking the other language. Untick once translated.', T),
  draft: h('草稿', 'Draft', '勾选后不发布(两种语言都不发布)。', 'Ticked keeps the entry off the published site (in both languages).'),
  // industries
  sector: h('产业类别', 'Sector', '本产业集群所属类别,用来关联相同类别的载体和政策。', 'The sector this cluster is; links it to sites and policies of the same sector.'),
  focus: h('重点方向', 'Focus sector', '镇里明确的重点发展方向才勾选(排在前面并在首页展示)。', 'Ticked for the town’s stated focus directions (listed first and on the home page).'),
  order: h('排序', 'Order', '列表中的位置,数字小的在前。', 'Position in lists, smallest first.'),
  figures: h('关键数据', 'Key figures', '要在本页展示的数据编号(见“关键数据”)。', 'Ids of key figures to show on the page (see Key figures).'),
  seeking: h('招引方向', 'What the town is looking for', '每项一句短语:本产业希望引进哪类企业或项目。', 'One short phrase each: what kind of companies or projects the town is looking for.', T),
  // policies
  issuer: h('发文机关', 'Issued by', '发布政策的机关,如 东莞市人民政府办公室。', 'The body that issued the policy, e.g. Dongguan Municipal Government Office.', T),
  docNumber: h('文号', 'Document number', '官方文号,如 东府办〔2024〕21号;来源没有就留空。', 'The official document number, e.g. 东府办〔2024〕21号; leave empty when the source gives none.'),
  issued: h('发布日期', 'Issued on', '政策发布的日期。', 'The day the policy was issued.'),
  effective: h('施行日期', 'In force from', '开始施行的日期(与发布日期不同时填写)。', 'The day it takes effect, when different from the issue date.'),
  expires: h('有效期至', 'Ends on', '政策结束的日期;来源没有写就留空。', 'The day it ends; leave empty when the source gives no end date.'),
  level: h('层级', 'Level', '发布政策的政府层级:镇、市、省或国家。', 'The level of government behind it: town, city, province or national.'),
  type: h('政策类型', 'Policy type', '政策主要支持的方面。', 'What it mainly supports.'),
  sectors: h('适用产业', 'Sectors', '适用的产业;面向所有产业选 cross-sector。', 'Sectors it applies to; cross-sector when open to all.'),
  eligibility: h('申请条件', 'Who can apply', '每项写一个简短条件。', 'One short condition per item.', T),
  support: h('支持内容', 'Support', '每项写一种支持;金额只按来源原文写。', 'One item per kind of support; amounts only as the source states them.', T),
  howToApply: h('申请方式', 'How to apply', '一两句话说明如何申请;来源写明了受理部门就写上。', 'A sentence or two on how to apply; name the office when the source does.', TL),
  url: h('原文链接', 'Original document', '原文或官方页面的完整网址,以 https:// 开头。', 'The full address of the original or the official page, starting https://.'),
  'policies.status': h('状态', 'Status', '可不填,网站按日期自动判断。若填 in-force(有效),过了“有效期至”后内容检查会报错。', 'Optional: the site works it out from the dates. If set to in-force, the content check fails once the end date has passed.'),
  // sites
  location: h('位置', 'Location', '用文字说明位置(社区、靠近哪个车站或道路)。', 'Where it is, in words (community, near which station or road).', T),
  'sites.status': h('进展', 'Status', '按来源所述的项目进展;来源没有后续消息就选 unknown。', 'Where the project stands, as far as sources say; unknown when no source says more.'),
  mapPosition: h('示意图位置', 'Position on the map', '在全镇示意图上的位置,x、y 为 0–100(从左、从上量起);是示意位置,不是测量坐标。', 'Position on the town’s schematic map, x and y from 0 to 100 (from the left, from the top); a placement on a diagram, not a survey coordinate.'),
  'mapPosition.x': h('横向位置', 'From the left', '0–100,从左边量起。', '0–100, from the left.'),
  'mapPosition.y': h('纵向位置', 'From the top', '0–100,从上边量起。', '0–100, from the top.'),
  // news
  date: h('日期', 'Date', '事件发生或原报道发布的日期。', 'The day of the event or of the original report.'),
  tags: h('标签', 'Tags', '几个小写英文标签,两种语言相同,如 investment、transport。', 'A few lower-case tags, the same in both languages, e.g. investment, transport.'),
  originalUrl: h('原报道链接', 'Original report', '本条新闻所依据的原报道网址。', 'The address of the report this item summarises.'),
  image: h('图片', 'Picture', '文章顶部的图片,存放在 src/content/news/images/,两种语言共用。', 'A picture for the top of the article, kept in src/content/news/images/ for both languages.'),
  imageAlt: h('图片说明', 'Picture description', '用一句话说明图片内容,供看不到图片的读者使用;有图片就必须填写。', 'One sentence saying what the picture shows, for readers who cannot see it; required with a picture.', T),
  // pages
  kind: h('页面类型', 'Page', '这是哪个页面;必须与文件名相同。', 'Which page this is; it must match the file name.'),
  // pages: the cooperation-zone page's agreement card and timeline
  agreement: h('协议', 'Agreement', '仅用于合作区页面:显示在正文上方的协议卡片。', 'The cooperation-zone page only: the agreement card above the text.'),
  'agreement.title': h('协议名称', 'Title', '协议签署时的名称,按页面语言。', 'The agreement’s title as signed, in the page’s language.', T),
  'agreement.originalTitle': h('原文名称', 'Original title', '页面语言与原文不同时,填原文名称。', 'The title in the original language, when the page is in another one.'),
  'agreement.signed': h('签署日期', 'Signed', '签署日期。', 'The day it was signed.'),
  'agreement.parties': h('签署方', 'Parties', '签署协议的各方,通常两方。', 'The parties that signed it, usually two.', T),
  'agreement.parties.name': h('名称', 'Name', '签署方名称,按页面语言。', 'The party’s name, in the page’s language.', T),
  'agreement.parties.role': h('身份', 'Role', '简短说明签署方是谁,如“镇政府”。', 'A few words on who the party is, e.g. “town government”.', T),
  'agreement.source': h('来源', 'Source', '报道签约的来源编号。', 'Id of the source that reports the signing.'),
  timeline: h('大事记', 'Timeline', '正文下方按时间排列的事件(合作区页面使用)。', 'Dated events shown as a timeline under the text (used by the cooperation-zone page).', T),
  'timeline.date': h('日期', 'Date', '写成 YYYY、YYYY-MM 或 YYYY-MM-DD,精确到来源所写的程度。', 'YYYY, YYYY-MM or YYYY-MM-DD, only as precisely as the source says.'),
  'timeline.text': h('事件', 'What happened', '一两句话,按页面语言。', 'One or two sentences, in the page’s language.', T),
  'timeline.sources': h('来源', 'Sources', '报道该事件的来源编号。', 'Ids of the sources that report it.'),
  // figures (src/content/figures/figures.yaml)
  id: h('编号', 'Id', '文件内唯一的简短名称,小写字母、数字和连字符,页面用它引用。', 'A short name unique in the file (lower-case letters, digits, dashes) that pages refer to.'),
  label: h('名称', 'Label', '该数字衡量什么,中英文各写一次。', 'What the number measures, in both languages.'),
  ...perEdition('label', '名称'),
  value: h('数值', 'Value', '按来源原文的单位填写数字(如 688,单位为亿元)。', 'The number in the unit below, as the source gives it (e.g. 688 with unit yuan-100m).'),
  qualifier: h('限定', 'Qualifier', '来源写“超/以上”选 more-than,写“约”选 about,否则 exact。', 'more-than when the source says “over”, about for “about”, otherwise exact.'),
  unit: h('单位', 'Unit', '来源使用的单位,如 yuan-100m(亿元)、people-10k(万人)、km2。', 'The unit the source uses, e.g. yuan-100m (亿元), people-10k (万人), km2.'),
  asOf: h('数据日期', 'As of', '数字所对应的日期;年度数据填当年12月31日。没有日期不能发布。', 'The date the figure describes; for a yearly figure, 31 December. A figure without one cannot be published.'),
  asOfPrecision: h('日期精度', 'Date precision', '显示到年、月还是日。', 'Whether to show the year, the month or the day.'),
  'figures.source': h('来源', 'Source', '数据来源的编号(见“来源”)。没有来源不能发布。', 'The id of the source it comes from (see Sources). A figure without one cannot be published.'),
  note: h('备注', 'Note', '简短说明,如各来源数字不一致时;中英文各写一次。', 'A short remark in both languages, e.g. when sources disagree.'),
  ...perEdition('note', '备注'),
  // sources (src/content/sources/sources.yaml)
  'sources.title': h('标题', 'Title', '来源的原标题,按原文语言。', 'The title as published, in its own language.'),
  titleEn: h('英文标题', 'English title', '标题的英文译名,供英文网站使用。', 'An English rendering of the title, for the English site.'),
  publisher: h('发布者', 'Publisher', '发布者(报社、政府部门、百科等)。', 'Who published it (newspaper, government body, encyclopedia).'),
  'sources.url': h('网址', 'Address', '来源网址;网址、文号、出处三者至少填一项。', 'Its address; one of address, document number or reference is required.'),
  'sources.docNumber': h('文号', 'Document number', '按文号引用的官方文件。', 'An official document number, for a source cited by number.'),
  reference: h('出处', 'Reference', '没有公开网址时的出处说明(如客户端文章、印刷版)。', 'A description for a source with no public address (an app article, a print edition).'),
  published: h('发布日期', 'Published', '来源发布的日期(如知道)。', 'When it was published, if known.'),
  accessed: h('查阅日期', 'Accessed', '最近一次查阅该来源的日期。', 'When the project last read it.'),
  via: h('转载', 'Repost', '这是原文的镜像或转载时勾选,网站会注明“转引自”。', 'Ticked when this is a mirror or repost of the original; the site cites it as “via”.'),
};

/** The help for a field of a collection (`mapPosition.x` for nested fields). */
export function fieldHelp(collection: string, field: string): FieldHelp | undefined {
  return FIELD_HELP[`${collection}.${field}`] ?? FIELD_HELP[field];
}
