// `npm run new -- <collection> <slug>`: creates src/content/<collection>/{zh-cn,en}/<slug>.md with every required
// field explained. See scripts/lib/new-entry.ts and docs/editing.en.md.
import { relative } from 'node:path';
import { createEntry, NewEntryError } from './lib/new-entry.ts';

const [collection, slug] = process.argv.slice(2);
if (!collection || !slug) {
  console.log('Usage: npm run new -- <collection> <slug>   e.g. npm run new -- news 2026-12-01-site-visit');
  console.log('用法：npm run new -- <栏目> <文件名>            例如 npm run new -- news 2026-12-01-site-visit');
  process.exit(1);
}
const root = process.env.CONTENT_ROOT ?? '.';
try {
  const files = createEntry({ root, collection, slug });
  for (const file of files) console.log(`created ${relative(root, file)}`);
  console.log('\nNext: write the Chinese file, replace every TODO, then run `npm run check:content` and `npm run dev`.');
  console.log('下一步：先写中文文件，替换所有 TODO，然后运行 `npm run check:content` 并用 `npm run dev` 预览。');
} catch (error) {
  if (!(error instanceof NewEntryError)) throw error;
  console.log(error.message);
  process.exit(1);
}
