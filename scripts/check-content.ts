// `npm run check:content`: checks the content the way an editor needs it checked, with short messages.
import { checkTranslations, type Problem } from './lib/translations.ts';

const problems: Problem[] = [...checkTranslations('src/content')];
for (const p of problems) {
  const where = `${p.file}${p.line ? `:${p.line}` : ''}${p.field ? ` (${p.field})` : ''}`;
  console.log(`${p.severity === 'error' ? '✗' : '!'} ${where}: ${p.message}`);
}
const errors = problems.filter((p) => p.severity === 'error').length;
console.log(errors ? `check:content: ${errors} problem(s) to fix before publishing.` : 'check:content: all content is in order.');
process.exit(errors ? 1 : 0);
