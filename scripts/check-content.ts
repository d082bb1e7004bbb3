// `npm run check:content`: checks the content the way an editor needs it checked, with short messages in English
// and Chinese. Errors (✗) stop publishing; warnings (!) are reminders. See docs/editing.en.md.
import { checkContent } from './lib/content-check/index.ts';
import { formatProblem, sortProblems } from './lib/content-check/problems.ts';

const problems = sortProblems(checkContent({ root: process.env.CONTENT_ROOT ?? '.' }));
for (const problem of problems) console.log(formatProblem(problem));
const errors = problems.filter((p) => p.severity === 'error').length;
const warnings = problems.length - errors;
if (errors) {
  console.log(`\ncheck:content: ${errors} problem(s) to fix before publishing, ${warnings} reminder(s).`);
  console.log(`check:content: 发布前需修正 ${errors} 个问题,另有 ${warnings} 条提醒。`);
} else {
  console.log(`check:content: all content is in order${warnings ? `, with ${warnings} reminder(s)` : ''}.`);
  console.log(`check:content: 内容检查通过${warnings ? `,另有 ${warnings} 条提醒` : ''}。`);
}
process.exit(errors ? 1 : 0);
