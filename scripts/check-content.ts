// `npm run check:content`: checks the content the way an editor needs it checked, with short messages in English
// and Chinese. Errors (✗) stop publishing; warnings (!) are reminders. See docs/editing.en.md.
// The same check runs first in every build and on every change under `npm run dev` (src/build/content-gate.ts).
import { checkContent } from './lib/content-check/index.ts';
import { checkReport } from './lib/content-check/report.ts';

const report = checkReport(checkContent({ root: process.env.CONTENT_ROOT ?? '.' }));
console.log(report.text);
process.exit(report.errors ? 1 : 0);
