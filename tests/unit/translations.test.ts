import { describe, expect, it } from 'vitest';
import { checkTranslations } from '../../scripts/lib/content-check/translations';

describe('translation check', () => {
  it('reports an entry that exists in one language only, naming the missing file', () => {
    const problems = checkTranslations('tests/fixtures/translations', ['news']);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.kind).toBe('one-language');
    expect(problems[0]!.file).toContain('news/zh-cn/only-chinese.md');
    expect(problems[0]!.message).toContain('src/content/news/en/only-chinese.md');
    expect(problems[0]!.messageZh).toContain('只有中文版');
  });

  it('passes the real content', () => {
    expect(checkTranslations('src/content')).toEqual([]);
  });
});
