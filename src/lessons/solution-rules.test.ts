import { expect, test } from 'vitest';
import { formatIssue } from './issue.ts';
import { setMessageLocale } from './messages/index.ts';
import { parseLesson } from './parse.ts';
import { solutionRuleIssues } from './solution-rules.ts';

// These tests read the English catalogue; the French one is checked in messages/.
setMessageLocale('en');

function check(solution: string, other = solution) {
  const source = `---\ntitle: T\nsummary: S\nduration: 10\nlevel: beginner\nobjectives: [o]\n---\nDu texte.\n
:::exercise{id=page kind=web title="Page"}
Écris la page.

\`\`\`html starter index.html
<p></p>
\`\`\`

\`\`\`html solution index.html
${solution}
\`\`\`

\`\`\`html solution:other index.html
${other}
\`\`\`

\`\`\`js test
test('ok', () => {});
\`\`\`

\`\`\`md hint
Un indice.
\`\`\`
:::
`;
  const location = { id: 'front-end/page', track: 'front-end', slug: 'page', order: 1, locale: 'fr', file: 'lessons/front-end/01-page/fr.md' };
  const { lesson, issues } = parseLesson(source, location);
  if (!lesson) throw new Error(issues.map(formatIssue).join('\n'));
  return solutionRuleIssues(lesson).map(formatIssue);
}

const VIEWPORT = '<meta name="viewport" content="width=device-width, initial-scale=1">';

test('a full page in any solution needs the viewport meta', () => {
  const page = (head: string) => `<!DOCTYPE html>\n<html lang="fr">\n<head>\n  <meta charset="utf-8">\n${head}\n</head>\n<body></body>\n</html>`;
  expect(check(page(VIEWPORT))).toEqual([]);
  expect(check(page("<meta content='width=device-width' name='viewport'>"))).toEqual([]);
  expect(check(page(''), page(VIEWPORT))).toEqual([
    'lessons/front-end/01-page/fr.md:10:1: exercise "page": the solution has a full page index.html without <meta name="viewport" content="width=device-width, initial-scale=1">: phones would draw it 980 px wide',
  ]);
  expect(check(page(VIEWPORT), '<html>\n<body></body>\n</html>')).toEqual([
    'lessons/front-end/01-page/fr.md:28:1: exercise "page": the other solution "solution:other" has a full page index.html without <meta name="viewport" content="width=device-width, initial-scale=1">: phones would draw it 980 px wide',
  ]);
});

test('a fragment of a page is not a full page', () => {
  expect(check('<body>\n  <h1>Boulangerie</h1>\n</body>')).toEqual([]);
});
