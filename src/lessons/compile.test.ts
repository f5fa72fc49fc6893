import { describe, expect, test } from 'vitest';
import { compileLesson, type CompileContext } from './compile.ts';
import { formatIssue } from './issue.ts';
import { parseLesson } from './parse.ts';

const context: CompileContext = {
  lessonAt: (folder) => ({ 'front-end/02-links': 'front-end/links', 'back-end/01-values': 'back-end/values' })[folder],
  fileExists: (path) => ['front-end/01-page/map.png', 'front-end/01-page/menu.pdf'].includes(path),
  termExists: (id) => id === 'variable',
};

function compile(body: string) {
  const source = `---\ntitle: T\nsummary: S\nduration: 10\nlevel: beginner\nobjectives: [o]\n---\n${body}\n`;
  const location = { id: 'front-end/page', track: 'front-end', slug: 'page', order: 1, locale: 'fr', file: 'lessons/front-end/01-page/fr.md' };
  const { lesson, issues } = parseLesson(source, location);
  if (!lesson) throw new Error(issues.map(formatIssue).join('\n'));
  return compileLesson(lesson, context);
}
const html = (body: string) => {
  const first = compile(body).content.blocks[0];
  return first?.type === 'html' ? first.html : '';
};

describe('compileLesson', () => {
  test('highlights code blocks at build time and keeps them left-to-right', () => {
    expect(html('```js\nconst prix = 2;\n```')).toBe(
      '<pre class="code" dir="ltr" data-lang="js"><code><span class="tok-keyword">const</span> <span class="tok-variableName tok-definition">prix</span> <span class="tok-operator">=</span> <span class="tok-number">2</span><span class="tok-punctuation">;</span>\n</code></pre>\n',
    );
  });

  test('keeps inline code left to right and isolated inside a right-to-left sentence', () => {
    expect(html('اكتب `console.log("مرحبا").` هنا.')).toBe('<p>اكتب <code dir="ltr">console.log("مرحبا").</code> هنا.</p>\n');
  });

  test('removes scripts and event handlers from trainer HTML', () => {
    const out = html('<p onclick="steal()">Salut</p>\n\n<script>alert(1)</script>\n\n[x](javascript:alert(1))');
    expect(out).not.toMatch(/<script|onclick|href="javascript/);
    expect(out).toContain('<p>Salut</p>');
  });

  test('turns links to other lessons into app routes, from any relative form', () => {
    expect(html('[suite](../02-links/fr.md) et [back](../../back-end/01-values/)')).toBe(
      '<p><a href="#/lesson/front-end/links">suite</a> et <a href="#/lesson/back-end/values">back</a></p>\n',
    );
  });

  test('marks glossary terms, and reports unknown ones', () => {
    expect(html('Une [variable](glossary:variable) garde une valeur.')).toBe(
      '<p>Une <dfn class="term" data-term="variable">variable</dfn> garde une valeur.</p>\n',
    );
    expect(compile('Une [boucle](glossary:loop).').issues.map(formatIssue)).toEqual([
      'lessons/front-end/01-page/fr.md:8:1: le mot « loop » n\'est pas dans le glossaire (lessons/glossary/fr.yaml)',
    ]);
  });

  test('opens outside links in a new tab', () => {
    expect(html('[MDN](https://developer.mozilla.org)')).toContain('target="_blank" rel="noopener noreferrer"');
  });

  test('collects images and downloads as assets', () => {
    const compiled = compile('![Plan du quartier](./map.png)\n\n[menu](menu.pdf)');
    expect(compiled.issues).toEqual([]);
    expect(compiled.assets).toEqual(['front-end/01-page/map.png', 'front-end/01-page/menu.pdf']);
    const first = compiled.content.blocks[0];
    expect(first?.type === 'html' && first.html).toBe(
      '<p><img src="sirius-asset:0" alt="Plan du quartier" loading="lazy" /></p>\n<p><a href="sirius-asset:1">menu</a></p>\n',
    );
  });

  test('reports broken links, missing images, images without a description, and h1 sections', () => {
    const compiled = compile('# Titre\n\n[oups](../09-nothing/fr.md)\n\n![](./map.png)\n\n![photo](./missing.jpg)');
    expect(compiled.issues.map(formatIssue)).toEqual([
      'lessons/front-end/01-page/fr.md:8:1: utilise « ## » pour les sections : le titre de la leçon vient de l\'en-tête',
      'lessons/front-end/01-page/fr.md:10:1: le lien « ../09-nothing/fr.md » ne mène nulle part : écris un lien vers une leçon comme ../02-nom/fr.md, ou vers un fichier à côté de la leçon',
      'lessons/front-end/01-page/fr.md:12:1: l\'image « ./map.png » a besoin d\'une description : ![ce qu\'elle montre](./map.png)',
      'lessons/front-end/01-page/fr.md:14:1: image « ./missing.jpg » introuvable : mets le fichier à côté de la leçon et écris ./nom.png',
    ]);
  });

  test('ships the solution and the step settings to learners, never the other answers', () => {
    const block = (role: string) => `\`\`\`html ${role} index.html\n<p>${role}</p>\n\`\`\``;
    const exercise = [
      ':::exercise{id=step-2 kind=web title="Étape 2" hints=open}',
      'Écris un paragraphe.',
      block('starter'), block('solution'), block('solution:other'), block('wrong:empty'),
      '```js test\ntest("p", () => {});\n```', '```md hint\nUn p.\n```', ':::',
    ].join('\n\n');
    const shipped = JSON.stringify(compile(`Du texte.\n\n${exercise}`).content);
    expect(shipped).toContain('<p>solution</p>');
    expect(shipped).toContain('"hintsOpen":true');
    expect(shipped).not.toMatch(/solution:other|wrong:empty|"variants"/);
  });
});
