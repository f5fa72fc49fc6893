/** A small lesson and its helpers, shared by the parser's tests (well-formed and refused). */
import { formatIssue } from './issue.ts';
import { parseLesson } from './parse.ts';
import type { LessonLocation } from './types.ts';

export const location: LessonLocation = {
  id: 'front-end/first-page',
  track: 'front-end',
  slug: 'first-page',
  order: 1,
  locale: 'fr',
  file: 'lessons/front-end/01-first-page/fr.md',
};

export const FRONT = `---
title: Ma première page
summary: Un titre et un paragraphe.
duration: 30
level: beginner
objectives:
  - Écrire un titre
---
`;

export const EXERCISE = `:::exercise{id=bakery-title kind=web title="Le titre"}
Écris un titre \`<h1>\`.

\`\`\`html starter index.html
<!-- ici -->
\`\`\`

\`\`\`html solution index.html
<h1>Boulangerie</h1>
\`\`\`

\`\`\`js test
test('a un titre', () => expect($('h1')).not.toBeNull());
\`\`\`

\`\`\`md hint
Utilise \`<h1>\`.
\`\`\`
:::`;

export const lesson = (body: string, front = FRONT) => parseLesson(`${front}\n## Intro\n\nDu texte.\n\n${body}\n`, location);
export const messages = (source: ReturnType<typeof parseLesson>) => source.issues.map(formatIssue);
