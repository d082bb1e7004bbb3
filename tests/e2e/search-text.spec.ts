/**
 * The text search reads, from the built index itself: words stay apart. Pagefind joins the text of neighbouring
 * elements it counts as inline (a <dt> and its <dd>, header cells, a badge beside a name, a line styled as a block)
 * unless there is whitespace between them, and the build drops the line breaks of the templates. Without a space,
 * "Expires" and "No end date" were indexed as one word, "ExpiresNo", and shown so in the results.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { DIST } from './support/site';

/** Words that are written with a capital inside, or with digits after letters. */
const WRITTEN_SO = new Set(['TopoJSON', 'GitHub', 'JavaScript', 'WeChat', 'OpenCC', 'iPhone', 'km2', 'top168']);

/** A capital after a small letter ("ExpiresNo"), a capital after a colon ("Status:Under"), a number after a word ("Issued16"). */
const RUN_TOGETHER = /\b\w*[a-z)][A-Z]\w*|\w:[A-Z]|\b[A-Za-z]*[a-z]\d\w*/g;

/** The whitespace-delimited token around `index`: addresses (…/n2/2024/…, top168.com) are written as they are. */
const tokenAt = (text: string, index: number) => text.slice(text.lastIndexOf(' ', index) + 1).split(' ')[0]!;
const isAddress = (token: string) => /\/|\.(com|cn|org|net|gov|html?)\b/.test(token);

/** The English fragments of the index: each page's URL and the text Pagefind keeps for its excerpts. */
function englishFragments(): { url: string; content: string }[] {
  const dir = join(DIST, 'pagefind', 'fragment');
  return readdirSync(dir)
    .filter((name) => name.startsWith('en_'))
    .map((name) => {
      const data = gunzipSync(readFileSync(join(dir, name)));
      return JSON.parse(data.subarray(data.indexOf('{')).toString('utf8')) as { url: string; content: string };
    });
}

test('the English index keeps words apart: no label run into its value, no name into its badge', () => {
  const fragments = englishFragments();
  expect(fragments.length, 'English pages in the index').toBeGreaterThan(30);
  const joined = fragments.flatMap(({ url, content }) =>
    [...content.matchAll(RUN_TOGETHER)]
      .filter((match) => !WRITTEN_SO.has(match[0]) && !isAddress(tokenAt(content, match.index)))
      .map((match) => `${url}: …${content.slice(Math.max(0, match.index - 30), match.index + match[0].length + 20)}…`),
  );
  expect(joined, 'words run together in the search text').toEqual([]);
});
