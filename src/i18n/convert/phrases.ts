/**
 * The phrase table: names and phrases OpenCC converts wrongly (or might), each with the Hong Kong Traditional
 * form the generated zh-hk edition must show. Keys are written in Simplified, exactly as staff write them in the
 * zh-cn files; values are what the zh-hk pages show. The longest key wins where keys overlap, and a key's text
 * is never touched by OpenCC (src/i18n/convert/convert.ts protects it while OpenCC runs).
 *
 * Add a line when a zh-hk page shows a wrong character: search the zh-cn text for the phrase, add
 * `['简体', '繁體']` below, next to its group, and run `npm run test:unit` (tests/unit/convert.test.ts checks
 * every line). Plain data without imports: plain Node reads it too.
 */
export const PHRASES: readonly (readonly [simplified: string, hongKong: string])[] = [
  // Place names of Changping, Dongguan and the corridor: pinned, so a dictionary change never alters them.
  ['常平', '常平'],
  ['东莞', '東莞'],
  ['莞城', '莞城'],
  ['莞深', '莞深'],
  ['深莞', '深莞'],
  ['松山湖', '松山湖'],
  ['樟木头', '樟木頭'],
  ['黄江', '黃江'],
  ['谢岗', '謝崗'],
  ['桥头', '橋頭'],
  ['石龙', '石龍'],
  ['黄泥塘', '黃泥塘'],
  ['广梅汕', '廣梅汕'],
  ['广九', '廣九'],
  ['广深', '廣深'],
  ['粤港澳大湾区', '粵港澳大灣區'],
  // Names of organisations and projects.
  ['中欧班列', '中歐班列'],
  ['深圳市投资控股', '深圳市投資控股'],
  // Hong Kong writes quotation marks as corner brackets (「深莞產業合作區」); OpenCC leaves them as they are.
  ['“', '「'],
  ['”', '」'],
  // Phrases OpenCC's segmentation splits wrongly in our text (found by reading the generated pages).
  ['包括发布', '包括發佈'], // OpenCC reads 括发 as 括髮 (binding hair)
  ['和面积', '和面積'], // … 和麪 (flour) + 積
  ['和面向', '和面向'], // … 和麪 + 向
  ['并到', '並到'], // … 併到 (merge into) for "and went to"
];
