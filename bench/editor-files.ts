/** The long files the editor bench types in (editor-latency.ts), as lessons have them, and where to type. */

/**
 * A page of `lines` lines: head with a style block, then sections of headings, text, lists, links and a
 * style attribute (coloured as CSS only once CodeMirror's complete HTML support is there).
 */
export function htmlFile(lines: number): string {
  const head = ['<!doctype html>', '<html lang="fr">', '<head>', '  <meta charset="utf-8">', '  <title>Mon portfolio</title>', '  <style>', '    body { font-family: sans-serif; margin: 0 auto; max-width: 40rem; }', '    h2 { color: #1d3f72; }', '  </style>', '</head>', '<body>'];
  const tail = ['</body>', '</html>'];
  const body: string[] = [];
  for (let section = 1; body.length < lines - head.length - tail.length; section++) {
    body.push(`  <section id="partie-${section}">`, `    <h2>Partie ${section}</h2>`, `    <p>Voici le texte de la partie ${section}, avec <a href="#partie-${section + 1}">un lien</a> vers la suite.</p>`);
    body.push('    <ul>', `      <li style="color: #1d3f72">Premier point de la partie ${section}</li>`, `      <li>Deuxième point, <strong>important</strong></li>`, '    </ul>', '  </section>');
  }
  return [...head, ...body.slice(0, lines - head.length - tail.length), ...tail].join('\n');
}

/** A script of `lines` lines: functions, loops, objects and calls. */
export function jsFile(lines: number): string {
  const out: string[] = [];
  for (let block = 1; out.length < lines; block++) {
    out.push(`// Étape ${block}`, `function total${block}(prices) {`, '  let sum = 0;', '  for (const price of prices) {', '    if (price > 0) sum += price;', '  }', '  return sum;', '}');
    out.push(`const basket${block} = { name: 'panier ${block}', prices: [${block}, ${block * 2}, ${block * 3}] };`, `console.log(total${block}(basket${block}.prices));`, '');
  }
  return out.slice(0, lines).join('\n');
}

/**
 * `text` cut at the start of its 1-based line `line`: typing `after`, going to the top and typing `before` leaves
 * the whole text with the cursor at that line, in two keystrokes instead of one arrow press per line.
 */
export function cutAtLine(text: string, line: number): { before: string; after: string } {
  let offset = 0;
  for (let current = 1; current < line; current++) {
    const end = text.indexOf('\n', offset);
    if (end < 0) throw new Error(`the text has fewer than ${line} lines`);
    offset = end + 1;
  }
  return { before: text.slice(0, offset), after: text.slice(offset) };
}
