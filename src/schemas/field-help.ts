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
          h(`${name.zh}（可不填）`, `${name.en} (optional)`, `一般不填：网站按${source.zh}自动转换。只有转换结果不合适时才填写。`, `Usually left empty: the site converts the ${source.en} text. Fill it in only when the converted text is not right.`),
        ];
      }
      return [`${field}.${locale}`, h(name.zh, name.en, `${name.zh}${whatZh}。`, `The ${name.en} text.`)];
    }),
  );
const TL = { translate: true, long: true } as const;

/** Help per field name; `<collection>.<field>` overrides a name that means different things in two collections. */
export const FIELD_HELP: Record<string, FieldHelp> = {
  // Every Markdown entry
  title: h('标题', 'Title', '页面标题，显示为页面大标题和浏览器标签。', 'The page title: its main heading and the browser tab.', T),
  description: h('摘要', 'Summary', '一两句话（10–260字），显示在标题下、列表、搜索结果和分享预览中。', 'One or two sentences (10–260 characters): under the title, in lists, search results and link previews.', TL),
  sources: h('来源', 'Sources', '本页事实所依据的来源编号（见“来源”），列在页面底部。', 'Ids of the sources this page’s facts come from (see Sources); listed at the foot of the page.'),
  keywords: h('搜索关键词', 'Search keywords', '读者可能搜索、但正文少用的词：简称、缩写、别名、另一语言的名称（如 香港、HK、Hong Kong）。不在页面上显示；站内搜索会把本页排在前面。', 'Words visitors may search for that the text rarely uses: short names, abbreviations, other names, the name in the other language (e.g. 香港, HK, Hong Kong). Not shown on the page; site search ranks the page near the top for them.', T),
  updated: h('更新日期', 'Last checked', '最近一次对照来源核对内容的日期，显示为“最后更新”。', 'The day the content was last checked against its sources; shown as “last updated”.'),
  reviewBy: h('复核期限', 'Review by', '须再次核对本页的日期；过期后内容检查会提醒。', 'The day by which someone must check the page again; the content check reminds you after it.'),
  untranslated: h('尚未翻译', 'Not yet translated', '勾选表示本语言版本尚未翻译：页面会显示“尚未翻译”提示并链接另一语言。译好后取消勾选。', 'Ticked while this language version is not yet translated: the page shows a notice linking the other language. Untick once translated.', T),
  draft: h('草稿', 'Draft', '勾选后不发布（两种语言都不发布）。', 'Ticked keeps the entry off the published site (in both languages).'),
  // industries
  sector: h('产业类别', 'Sector', '本产业集群所属类别，用来关联相同类别的载体和政策。', 'The sector this cluster is; links it to sites and policies of the same sector.'),
  focus: h('重点方向', 'Focus sector', '镇里明确的重点发展方向才勾选（排在前面并在首页展示）。', 'Ticked for the town’s stated focus directions (listed first and on the home page).'),
  order: h('排序', 'Order', '列表中的位置，数字小的在前。', 'Position in lists, smallest first.'),
  figures: h('关键数据', 'Key figures', '要在本页展示的数据编号（见“关键数据”）。', 'Ids of key figures to show on the page (see Key figures).'),
  seeking: h('招引方向', 'What the town is looking for', '每项一句短语：本产业希望引进哪类企业或项目。', 'One short phrase each: what kind of companies or projects the town is looking for.', T),
  // policies
  issuer: h('发文机关', 'Issued by', '发布政策的机关，如 东莞市人民政府办公室。', 'The body that issued the policy, e.g. Dongguan Municipal Government Office.', T),
  docNumber: h('文号', 'Document number', '官方文号，如 东府办〔2024〕21号；来源没有就留空。', 'The official document number, e.g. 东府办〔2024〕21号; leave empty when the source gives none.'),
  issued: h('发布日期', 'Issued on', '政策发布的日期。', 'The day the policy was issued.'),
  effective: h('施行日期', 'In force from', '开始施行的日期（与发布日期不同时填写）。', 'The day it takes effect, when different from the issue date.'),
  expires: h('有效期至', 'Ends on', '政策结束的日期；来源没有写就留空。', 'The day it ends; leave empty when the source gives no end date.'),
  level: h('层级', 'Level', '发布政策的政府层级：镇、市、省或国家。', 'The level of government behind it: town, city, province or national.'),
  type: h('政策类型', 'Policy type', '政策主要支持的方面。', 'What it mainly supports.'),
  sectors: h('适用产业', 'Sectors', '适用的产业；面向所有产业选 cross-sector。', 'Sectors it applies to; cross-sector when open to all.'),
  eligibility: h('申请条件', 'Who can apply', '每项写一个简短条件。', 'One short condition per item.', T),
  support: h('支持内容', 'Support', '每项写一种支持；金额只按来源原文写。', 'One item per kind of support; amounts only as the source states them.', T),
  howToApply: h('申请方式', 'How to apply', '一两句话说明如何申请；来源写明了受理部门就写上。', 'A sentence or two on how to apply; name the office when the source does.', TL),
  url: h('原文链接', 'Original document', '原文或官方页面的完整网址，以 https:// 开头。', 'The full address of the original or the official page, starting https://.'),
  issuedPrecision: h('发布日期精度', 'Issue date precision', '只知道月份或年份时选 month 或 year（“发布日期”填当月或当年第一天）；网站只显示到这一精度。', 'month or year when only that is known (write its first day in “Issued on”); the site never shows more than that.'),
  expiresPrecision: h('截止日期精度', 'End date precision', '如原文只写“至2027年”，“有效期至”填 2027-12-31 并选 year。', 'For “until 2027”, write 2027-12-31 as the end date and choose year.'),
  urlKind: h('链接类型', 'What the link is', 'original：政策原文；official-page：官方介绍页面；press：媒体报道；repost：转载。只有 original 显示为“查看原文”。', 'original: the document itself; official-page: an official page about it; press: a news report; repost: a copy elsewhere. Only original is offered as “read the original”.'),
  supersededBy: h('被取代于', 'Replaced by', '取代本政策的新政策的文件名（不含 .md），如 guangdong-foreign-investment-2024；两页都会显示。', 'The file name (without .md) of the policy that replaces this one, e.g. guangdong-foreign-investment-2024; both pages show it.'),
  rules: h('计算规则', 'Finder rules', '政策计算器使用的规则：每条写一种适用情形及其比例、上限或金额，数字只按原文填写。两种语言的数字必须一致。', 'Rules the incentive finder uses: one per case the text sets out, with its rate, caps or amount, numbers only as the source states them. Both languages must have the same numbers.', T),
  'rules.id': h('规则编号', 'Rule id', '小写英文和连字符，两种语言相同，如 high-tech-manufacturing。', 'Lower-case words with dashes, the same in both languages, e.g. high-tech-manufacturing.'),
  'rules.label': h('规则名称', 'Rule name', '这条规则是什么，如“高技术制造业”。', 'What the rule is, e.g. “High-tech manufacturing”.', T),
  'rules.investors': h('投资者', 'Investors', '适用的投资者：foreign（外资）、domestic（内资）。', 'Who it is for: foreign, domestic.'),
  'rules.categories': h('项目类别', 'Categories', '适用的项目类别；原文不区分就全选。', 'Project categories it covers; all of them when the text does not distinguish.'),
  'rules.kinds': h('项目类型', 'Kinds of project', 'new（新项目）、capital-increase（增资）、headquarters（总部）；原文不区分就全选。', 'new, capital-increase, headquarters; all of them when the text does not distinguish.'),
  'rules.excludedIndustries': h('排除行业', 'Excluded industries', '原文排除的行业，如金融业、房地产业。', 'Industries the text leaves out, e.g. finance, real estate.'),
  'rules.minForeignCapitalUsd': h('外资门槛（美元）', 'Foreign capital threshold (US$)', '一年内实际外资的最低金额，以美元计，不写单位和逗号：5000万美元写 50000000。', 'The least actual foreign capital in a year, in US dollars, no units or commas: US$50 million is 50000000.'),
  'rules.minIncluded': h('含门槛本身', 'Threshold included', '原文写“及以上”就勾选；写“超过”就取消勾选。', 'Ticked for “or more” (及以上); unticked for “more than” (超过).'),
  'rules.highTechOnly': h('仅限高新技术企业', 'High-tech enterprises only', '只有经认定的高新技术企业才适用时勾选。', 'Ticked when only recognised high-tech enterprises qualify.'),
  'rules.maxEmployees': h('从业人数上限', 'Most employees', '适用企业的最多从业人数。', 'The most employees a qualifying enterprise may have.'),
  'rules.maxTaxableIncomeCny': h('应纳税所得额上限（元）', 'Most taxable income (yuan)', '年度应纳税所得额上限，以元计：300万元写 3000000。', 'The most annual taxable income, in yuan: 3 million is 3000000.'),
  'rules.maxAssetsCny': h('资产总额上限（元）', 'Most total assets (yuan)', '资产总额上限，以元计。', 'The most total assets, in yuan.'),
  'rules.benefit': h('支持方式', 'What it gives', 'reward（按比例奖励）、tax-rate（优惠税率）、one-off（一次性金额）。', 'reward (a share of something), tax-rate (a lower tax rate), one-off (a fixed amount).'),
  'rules.ratePercent': h('比例（%）', 'Rate (%)', '百分比数字，3% 写 3；区间如 1%–1.5% 写上限 1.5。', 'The rate in per cent, 3% is 3; for a range such as 1–1.5%, the top (1.5).'),
  'rules.rateFromPercent': h('比例下限（%）', 'Rate from (%)', '比例为区间时填下限，如 1%–1.5% 填 1。', 'For a range, its bottom: 1 for 1–1.5%.'),
  'rules.rateUpTo': h('最高比例', 'Up to', '原文写“最高”该比例时勾选。', 'Ticked when the text says “up to” the rate.'),
  'rules.rateBase': h('计算基数', 'Rate of what', 'foreign-capital（当年实际外资）或 taxable-income（应纳税所得额）。', 'foreign-capital (the year’s actual foreign capital) or taxable-income.'),
  'rules.baseSharePercent': h('计入比例（%）', 'Share of the base (%)', '只有一部分基数计算时填写，如小型微利企业按25%计入应纳税所得额填 25。', 'When only part of the base counts, e.g. 25 for small low-profit enterprises.'),
  'rules.yearlyCapCny': h('年度上限（元）', 'Yearly cap (yuan)', '单个企业当年最高金额，以元计：5000万元写 50000000。', 'The most one enterprise can receive in a year, in yuan: 50 million is 50000000.'),
  'rules.periodCapCny': h('累计上限（元）', 'Period cap (yuan)', '政策执行期内单个企业累计最高金额，以元计。', 'The most one enterprise can receive over the whole period, in yuan.'),
  'rules.capCny': h('奖励上限（元）', 'Cap (yuan)', '原文只写“最高奖励”而未说明是年度还是累计时填这里，以元计：1亿元写 100000000。', 'A cap the text gives without saying per year or in total, in yuan: 100 million is 100000000.'),
  'rules.oneOffCny': h('一次性金额（元）', 'One-off amount (yuan)', '一次性奖励金额，以元计：500万元写 5000000。', 'A fixed one-off amount, in yuan: 5 million is 5000000.'),
  'rules.oneOffUpTo': h('最高金额', 'Up to', '原文写“最高”或“不超过”该金额时勾选。', 'Ticked when the amount is a maximum (“up to”).'),
  'rules.conditions': h('其他条件', 'Other conditions', '计算器无法核对的其他条件，每项一句。', 'Other conditions the finder cannot check, one sentence each.', T),
  'rules.unconfirmed': h('待核实', 'Unconfirmed', '数字来自二手摘要、尚未对照原文核实时勾选；计算器会注明。', 'Ticked when the numbers come from a secondary summary not yet checked against the document; the finder says so.'),
  'policies.status': h('状态', 'Status', '可不填，网站按日期自动判断。若填 in-force（有效），过了“有效期至”后内容检查会报错。', 'Optional: the site works it out from the dates. If set to in-force, the content check fails once the end date has passed.'),
  // sites
  location: h('位置', 'Location', '用文字说明位置（社区、靠近哪个车站或道路）。', 'Where it is, in words (community, near which station or road).', T),
  'sites.status': h('进展', 'Status', '按来源所述的项目进展；来源没有后续消息就选 unknown。', 'Where the project stands, as far as sources say; unknown when no source says more.'),
  // news
  date: h('日期', 'Date', '事件发生或原报道发布的日期。', 'The day of the event or of the original report.'),
  tags: h('标签', 'Tags', '几个小写英文标签，两种语言相同，如 investment、transport。', 'A few lower-case tags, the same in both languages, e.g. investment, transport.'),
  originalUrl: h('原报道链接', 'Original report', '本条新闻所依据的原报道网址。', 'The address of the report this item summarises.'),
  image: h('图片', 'Picture', '文章顶部的图片，存放在 src/content/news/images/，两种语言共用。', 'A picture for the top of the article, kept in src/content/news/images/ for both languages.'),
  imageAlt: h('图片说明', 'Picture description', '用一句话说明图片内容，供看不到图片的读者使用；有图片就必须填写。', 'One sentence saying what the picture shows, for readers who cannot see it; required with a picture.', T),
  // pages
  kind: h('页面类型', 'Page', '这是哪个页面；必须与文件名相同。', 'Which page this is; it must match the file name.'),
  // pages: the cooperation-zone page's agreement card and timeline
  agreement: h('协议', 'Agreement', '仅用于合作区页面：显示在正文上方的协议卡片。', 'The cooperation-zone page only: the agreement card above the text.'),
  'agreement.title': h('协议名称', 'Title', '协议签署时的名称，按页面语言。', 'The agreement’s title as signed, in the page’s language.', T),
  'agreement.originalTitle': h('原文名称', 'Original title', '页面语言与原文不同时，填原文名称。', 'The title in the original language, when the page is in another one.'),
  'agreement.signed': h('签署日期', 'Signed', '签署日期。', 'The day it was signed.'),
  'agreement.parties': h('签署方', 'Parties', '签署协议的各方，通常两方。', 'The parties that signed it, usually two.', T),
  'agreement.parties.name': h('名称', 'Name', '签署方名称，按页面语言。', 'The party’s name, in the page’s language.', T),
  'agreement.parties.role': h('身份', 'Role', '简短说明签署方是谁，如“镇政府”。', 'A few words on who the party is, e.g. “town government”.', T),
  'agreement.source': h('来源', 'Source', '报道签约的来源编号。', 'Id of the source that reports the signing.'),
  timeline: h('大事记', 'Timeline', '正文下方按时间排列的事件（合作区页面使用）。', 'Dated events shown as a timeline under the text (used by the cooperation-zone page).', T),
  'timeline.date': h('日期', 'Date', '写成 YYYY、YYYY-MM 或 YYYY-MM-DD，精确到来源所写的程度。', 'YYYY, YYYY-MM or YYYY-MM-DD, only as precisely as the source says.'),
  'timeline.text': h('事件', 'What happened', '一两句话，按页面语言。', 'One or two sentences, in the page’s language.', T),
  'timeline.sources': h('来源', 'Sources', '报道该事件的来源编号。', 'Ids of the sources that report it.'),
  // figures (src/content/figures/figures.yaml)
  id: h('编号', 'Id', '文件内唯一的简短名称，小写字母、数字和连字符，页面用它引用。', 'A short name unique in the file (lower-case letters, digits, dashes) that pages refer to.'),
  label: h('名称', 'Label', '该数字衡量什么，中英文各写一次。', 'What the number measures, in both languages.'),
  ...perEdition('label', '名称'),
  value: h('数值', 'Value', '按来源原文的单位填写数字（如 688，单位为亿元）。', 'The number in the unit below, as the source gives it (e.g. 688 with unit yuan-100m).'),
  qualifier: h('限定', 'Qualifier', '来源写“超/以上”选 more-than，写“约”选 about，否则 exact。', 'more-than when the source says “over”, about for “about”, otherwise exact.'),
  unit: h('单位', 'Unit', '来源使用的单位，如 yuan-100m（亿元）、people-10k（万人）、km2。', 'The unit the source uses, e.g. yuan-100m (亿元), people-10k (万人), km2.'),
  asOf: h('数据日期', 'As of', '数字本身所对应的日期（不是查阅日期）；年度数据填当年12月31日；来源未注明日期时填 undated。', 'The date the figure itself describes (never the day it was read); for a yearly figure, 31 December; write undated when the source prints no date.'),
  'figures.level': h('层级', 'Level', '数字属于哪一级：town 常平、city 东莞全市、province 广东全省、national 全国。', 'Whose figure it is: town (Changping), city (all of Dongguan), province (Guangdong) or national.'),
  'figures.partOf': h('所属整体', 'Part of', '若该数字是另一个数字的一部分（如核心区之于总面积），填那个数字的编号；两者不会画在同一张图里。', 'The id of the figure this one is part of (a core area of a whole area); the two are never charted together.'),
  asOfPrecision: h('日期精度', 'Date precision', '显示到年、月还是日。', 'Whether to show the year, the month or the day.'),
  'figures.source': h('来源', 'Source', '数据来源的编号（见“来源”）。没有来源不能发布。', 'The id of the source it comes from (see Sources). A figure without one cannot be published.'),
  note: h('备注', 'Note', '简短说明，如各来源数字不一致时；中英文各写一次。', 'A short remark in both languages, e.g. when sources disagree.'),
  ...perEdition('note', '备注'),
  // sources (src/content/sources/sources.yaml)
  'sources.title': h('标题', 'Title', '来源的原标题，按原文语言。', 'The title as published, in its own language.'),
  titleEn: h('英文标题', 'English title', '标题的英文译名，供英文网站使用。', 'An English rendering of the title, for the English site.'),
  publisher: h('发布者', 'Publisher', '发布者（报社、政府部门、百科等）。', 'Who published it (newspaper, government body, encyclopedia).'),
  'sources.url': h('网址', 'Address', '来源网址；网址、文号、出处三者至少填一项。', 'Its address; one of address, document number or reference is required.'),
  'sources.docNumber': h('文号', 'Document number', '按文号引用的官方文件。', 'An official document number, for a source cited by number.'),
  reference: h('出处', 'Reference', '没有公开网址时的出处说明（如客户端文章、印刷版）。', 'A description for a source with no public address (an app article, a print edition).'),
  published: h('发布日期', 'Published', '来源发布的日期（如知道）。', 'When it was published, if known.'),
  accessed: h('查阅日期', 'Accessed', '最近一次查阅该来源的日期。', 'When the project last read it.'),
  via: h('转载', 'Repost', '这是原文的镜像或转载时勾选，网站会注明“转引自”。', 'Ticked when this is a mirror or repost of the original; the site cites it as “via”.'),
  ...siteFactHelp(),
};

/** Help for the sites' facts block: the block, each of its lines, and the three ways to fill a line. */
function siteFactHelp(): Record<string, FieldHelp> {
  const lines = {
    area: ['面积', 'Area'],
    landUse: ['用地性质', 'Land use'],
    floorSpace: ['建筑面积', 'Floor space'],
    availability: ['供应情况', 'Availability'],
    price: ['价格或租金', 'Price or rent'],
    utilities: ['水电等配套', 'Utilities'],
    contact: ['咨询渠道', 'Who to ask'],
  } as const;
  const help: Record<string, FieldHelp> = {
    'sites.facts': h('载体信息', 'Site facts', '每项填一个数据编号，或一句话加来源；没有来源的项不填，页面会统一显示为“尚未公布”。', 'Each line takes a key figure id, or a short text with its source; leave out what no source gives and the page lists it as not published.'),
  };
  for (const [key, [zh, en]] of Object.entries(lines)) {
    help[`sites.facts.${key}`] = h(zh, en, `${zh}：有来源时填写，否则不填。`, `${en}: fill in when a source gives it, otherwise leave it out.`);
    help[`sites.facts.${key}.figure`] = h('数据编号', 'Figure id', '关键数据的编号（见“关键数据”），显示时附带其来源和日期。', 'The id of a key figure (see Key figures), shown with its source and date.');
    help[`sites.facts.${key}.text`] = h('说明', 'Text', '用本页语言简短写出来源所说的内容。', 'What the source says, in a few words, in this page’s language.');
    help[`sites.facts.${key}.source`] = h('来源', 'Source', '说明所依据的来源编号。', 'The id of the source the text comes from.');
  }
  return help;
}

/** The help for a field of a collection (`a.b` for nested fields). */
export function fieldHelp(collection: string, field: string): FieldHelp | undefined {
  return FIELD_HELP[`${collection}.${field}`] ?? FIELD_HELP[field];
}
