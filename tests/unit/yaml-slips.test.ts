import { describe, expect, it } from 'vitest';
import { findSlips, parserReason, YAML_ERRORS } from '../../scripts/lib/content-check/yaml-slips';
import { parseYamlWithLines } from '../../scripts/lib/frontmatter';

describe('Chinese-keyboard slips in YAML', () => {
  it('names a full-width colon after a key, with line, column and the fix', () => {
    const [slip] = findSlips('title: a\ndate：2026-01-01\n', 2);
    expect(slip).toMatchObject({ line: 3, column: 5, char: '：', key: 'date', breaks: true });
    expect(slip!.en).toContain('FULLWIDTH COLON "：" (U+FF1A) after `date`');
    expect(slip!.zh).toContain('全角冒号');
  });

  it('names curly and full-width quotes used as YAML quotes, and leaves quotes inside the text alone', () => {
    expect(findSlips('title: “签约: 仪式”')[0]).toMatchObject({ char: '“', column: 8, breaks: true });
    expect(findSlips('title: ＂签约＂')[0]).toMatchObject({ char: '＂', breaks: false });
    expect(findSlips('title: 关于“十四五”规划的说明')).toEqual([]);
    expect(findSlips('title: “十四五”规划')).toEqual([]);
    expect(findSlips('title: "“Straight” quotes around curly ones"')).toEqual([]);
  });

  it('names a full-width space or a tab in the indentation, and a full-width space after the colon', () => {
    expect(findSlips('sources:\n\u3000\u3000- a')[0]).toMatchObject({ line: 2, column: 1, char: '\u3000' });
    expect(findSlips('agreement:\n  \ttitle: x')[0]).toMatchObject({ line: 2, column: 3, char: '\t', key: 'title' });
    expect(findSlips('title:\u3000示例')[0]).toMatchObject({ column: 7, char: '\u3000' });
  });

  it('skips comments and the text of block scalars', () => {
    expect(findSlips('# title：x\nnote: |\n  “quoted: text”\n  date：x\nnext: 1')).toEqual([]);
  });

  it('translates the reader\'s error codes and keeps its own words', () => {
    const { yamlErrors } = parseYamlWithLines('a: 1\n\tb: 2\n');
    const reason = parserReason(yamlErrors[0]!);
    expect(Object.keys(YAML_ERRORS)).toContain(yamlErrors[0]!.code);
    expect(reason.en).toMatch(/the YAML reader says: ".+"/);
    expect(reason.zh).toMatch(/[\u4e00-\u9fff]/);
    expect(parserReason({ code: 'SOMETHING_NEW', message: 'Odd' }).en).toBe('the YAML reader says: "Odd"');
  });
});
