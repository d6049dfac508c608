/**
 * Svelte markup for an HTML parser: the inside of every `{…}` expression is blanked to `_`, every
 * offset unchanged, so `on:click={() => go()}` stays one attribute (an HTML parser ends the tag at
 * the `>` of `=>`) and `{a < b}` is no tag. `<script>`, `<style>` and comments are left as written.
 * Expressions end at their matching `}`, past strings, template literals and comments.
 */

const RAW = /<!--|<(script|style)(?=[\s/>])/giy;

/** The index of the `}` closing the expression whose `{` is at `open`, or -1. */
export function expressionEnd(text: string, open: number): number {
  let depth = 0;
  for (let i = open + 1; i < text.length; i++) {
    const c = text[i];
    if (c === '"' || c === "'" || c === '`') {
      i = stringEnd(text, i);
      if (i < 0) return -1;
    } else if (c === '/' && text[i + 1] === '/') {
      i = text.indexOf('\n', i);
      if (i < 0) return -1;
    } else if (c === '/' && text[i + 1] === '*') {
      i = text.indexOf('*/', i + 2) + 1;
      if (i <= 0) return -1;
    } else if (c === '{') depth++;
    else if (c === '}' && depth-- === 0) return i;
  }
  return -1;
}

/** The index of the quote closing the string or template literal opened at `at`, or -1. */
function stringEnd(text: string, at: number): number {
  const quote = text[at];
  for (let i = at + 1; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') i++;
    else if (c === quote) return i;
    else if (quote === '`' && c === '$' && text[i + 1] === '{') {
      i = expressionEnd(text, i + 1);
      if (i < 0) return -1;
    } else if (quote !== '`' && c === '\n') return -1;
  }
  return -1;
}

/**
 * Where the file's expressions are: the offset of each `{` and its `}`. `<script>`, `<style>` and
 * comments hold none. An expression that never closes ends the scan: scanning on from every later
 * `{` would be quadratic.
 */
export function expressionSpans(code: string): [number, number][] {
  const out: [number, number][] = [];
  let i = 0;
  while (i < code.length) {
    const c = code[i];
    if (c === '<') {
      RAW.lastIndex = i;
      const raw = RAW.exec(code);
      if (raw) {
        const close = raw[1] ? new RegExp(`</${raw[1]}\\s*>`, 'ig') : /-->/g;
        close.lastIndex = i + raw[0].length;
        const end = close.exec(code);
        i = end ? end.index + end[0].length : code.length;
        continue;
      }
    } else if (c === '{') {
      const end = expressionEnd(code, i);
      if (end < 0) break;
      out.push([i, end]);
      i = end;
      continue;
    }
    i++;
  }
  return out;
}

/** The Svelte file with its expressions blanked (same length). */
export function maskSvelte(code: string): string {
  return blankExpressions(code, expressionSpans(code));
}

/** The code with the inside of each span blanked to `_`. */
export function blankExpressions(code: string, spans: readonly [number, number][]): string {
  const out: string[] = [];
  let from = 0;
  for (const [open, close] of spans) {
    out.push(code.slice(from, open + 1), '_'.repeat(close - open - 1));
    from = close;
  }
  out.push(code.slice(from));
  return out.join('');
}
