/**
 * Chinese UI strings: the reference dictionary. Its keys are the typed keys of every dictionary; a key missing
 * from another language falls back to the text here (src/i18n/translate.ts). Flat dotted keys, grouped by area.
 */
export const zhCn = {
  'site.name': '常平投资',
  'site.nameOther': 'Invest Changping',
  'site.tagline': '东莞常平镇招商引资官方信息平台',
  'site.description': '常平镇位于广深经济走廊中段。这里汇集常平的产业、载体、交通与政策信息,每个数字都注明来源和日期。',

  'nav.label': '主导航',
  'nav.home': '首页',
  'nav.industries': '产业',
  'nav.zone': '深莞产业合作区',
  'nav.zoneShort': '合作区',
  'nav.sites': '载体',
  'nav.transport': '交通',
  'nav.policies': '政策',
  'nav.news': '新闻',
  'nav.contact': '联系',
  'nav.search': '搜索',
  'nav.sources': '资料来源',
  'nav.about': '关于本站',
  'nav.menu': '菜单',

  'a11y.skip': '跳到正文',
  'a11y.breadcrumb': '页面路径',

  'lang.switch': '切换语言',
  'lang.switchTo': 'English',
  'lang.choose': '选择语言',

  'footer.sources': '本站所有数字均注明出处与日期。',
  'footer.sourcesLink': '查看全部资料来源',
  'footer.disclaimer': '本站信息仅供参考,以政府正式文件为准。部分联系方式为示例,待镇政府工作人员核实替换。',
  'footer.updated': '最后更新',
  'footer.copyright': '常平镇人民政府',
  'footer.openData': '开放数据',

  'content.sources': '资料来源',
  'content.source': '来源',
  'content.via': '转引自',
  'content.asOf': '数据时间',
  'content.updated': '更新于',
  'content.accessed': '查阅于',
  'content.untranslated': '本页尚未翻译成中文,以下为英文原文。',
  'content.readOther': '阅读英文版',
  'content.example': '示例',
  'content.exampleNote': '示例内容,待工作人员替换为核实信息。',
  'content.readMore': '了解更多',
  'content.backTo': '返回',
  'content.onThisPage': '本页目录',
  'content.keyFigures': '关键数据',
  'content.notFoundTitle': '页面不存在',
  'content.notFoundBody': '您要找的页面不存在或已移动。',

  'date.asOfYear': '{{year}}年',
} as const;

export type UiKey = keyof typeof zhCn;
