/**
 * Markup inside the string literals of a program (Python f-strings, C# interpolated strings, PHP
 * heredocs, Java text blocks, Go raw strings, Ruby interpolation): each string, or each chain of
 * strings joined with `+` (`.` in PHP), that holds HTML is read as markup with its positions mapped
 * back into the host file. Interpolations and the non-string parts of a chain are holes.
 */
import { Composer, type Masked } from './masked.js';
import { withTree, type Grammar, type SyntaxNode } from './tree-sitter.js';

export type StringLanguage = 'python' | 'c_sharp' | 'java' | 'go' | 'ruby' | 'php';

/** String literal node types of each grammar (outermost form). */
const STRING_TYPES: Record<StringLanguage, ReadonlySet<string>> = {
  python: new Set(['string']),
  c_sharp: new Set(['string_literal', 'verbatim_string_literal', 'raw_string_literal', 'interpolated_string_expression']),
  java: new Set(['string_literal', 'text_block']),
  go: new Set(['interpreted_string_literal', 'raw_string_literal']),
  ruby: new Set(['string', 'heredoc_body']),
  php: new Set(['string', 'encapsed_string', 'heredoc', 'nowdoc']),
};
const CONCAT = new Set(['binary_operator', 'binary_expression', 'binary']);
const DELIMITER_TYPES = new Set(['string_start', 'string_end', 'heredoc_start', 'heredoc_end', 'heredoc_beginning', 'heredoc_end', 'interpolation_start', 'interpolation_end', 'raw_string_start', 'raw_string_end', 'interpolation_quote', 'interpolation_verbatim_start', 'interpolation_raw_start', 'nowdoc_string']);
const CONTENT = /(?:content|fragment|str_text|string_value|heredoc_body|nowdoc_body|_literal_content|text)$/;
/** Something in a page: the pre-filter that keeps strings no rule could flag out of ESLint. */
const LOOKS_MITID = /mit[\s._-]*id|criipto|idura|netseidbroker|acr_values|idp_values/i;
const LOOKS_HTML = /<[a-zA-Z][\w:-]*[\s/>]/;

const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', '0': '\0', b: '\b', f: '\f', v: '\v' };
export function decodeEscape(raw: string): string {
  const m = /^\\(?:u\{([0-9a-fA-F]+)\}|u([0-9a-fA-F]{4})|x([0-9a-fA-F]{2})|([\s\S]))/.exec(raw);
  if (!m) return raw.replace(/^\{\{$/, '{').replace(/^\}\}$/, '}');
  const hex = m[1] ?? m[2] ?? m[3];
  if (hex) return String.fromCodePoint(parseInt(hex, 16));
  return ESCAPES[m[4] as string] ?? (m[4] === '\n' ? '' : (m[4] as string));
}

export interface Part {
  kind: 'text' | 'escape' | 'hole';
  start: number;
  end: number;
}

/** The content of one string literal: raw text, escapes and holes, delimiters left out. */
export function stringParts(node: SyntaxNode): Part[] {
  const kids = node.children.filter((c): c is SyntaxNode => !!c);
  const isDelimiter = (c: SyntaxNode | undefined): boolean => !!c && (DELIMITER_TYPES.has(c.type) || (!c.isNamed && /^[A-Za-z@$]*(?:"""|'''|"|'|`|<<<.*)$|^[\s\S]*["'`]$/.test(c.text) && c.text.length < 40));
  let from = node.startIndex;
  let to = node.endIndex;
  const first = kids[0];
  const last = kids.at(-1);
  if (isDelimiter(first)) from = (first as SyntaxNode).endIndex;
  else {
    const open = /^[A-Za-z@$]*(?:"""|'''|"|'|`)/.exec(node.text)?.[0] ?? '';
    from += open.length;
  }
  if (kids.length > 1 && isDelimiter(last)) to = (last as SyntaxNode).startIndex;
  else if (!isDelimiter(first) || kids.length <= 1) {
    const close = /(?:"""|'''|"|'|`)$/.exec(node.text)?.[0] ?? '';
    to -= close.length;
  }
  const parts: Part[] = [];
  let at = from;
  const visit = (n: SyntaxNode): void => {
    for (const c of n.children) {
      if (!c || c.endIndex <= from || c.startIndex >= to) continue;
      const type = c.type;
      if (/escape/.test(type)) parts.push({ kind: 'escape', start: c.startIndex, end: c.endIndex });
      // Interpolations, and the anonymous `$`, `${`, `\\(`, `#{`, `}` around them.
      else if ((c.isNamed && !CONTENT.test(type) && !DELIMITER_TYPES.has(type)) || (!c.isNamed && c.startIndex >= from && c.endIndex <= to)) parts.push({ kind: 'hole', start: c.startIndex, end: c.endIndex });
      else if (c.childCount) visit(c);
    }
  };
  visit(node);
  const out: Part[] = [];
  for (const p of parts.sort((a, b) => a.start - b.start)) {
    if (p.start < at) continue;
    if (p.start > at) out.push({ kind: 'text', start: at, end: p.start });
    const prev = out.at(-1);
    if (prev?.kind === 'hole' && p.kind === 'hole' && prev.end === p.start) prev.end = p.end;
    else out.push(p);
    at = p.end;
  }
  if (at < to) out.push({ kind: 'text', start: at, end: to });
  return out;
}

/** The leaves of a `+`/`.` chain in order: strings and everything else. */
function chainLeaves(node: SyntaxNode, strings: ReadonlySet<string>, out: SyntaxNode[]): void {
  const op = node.childForFieldName('operator')?.text ?? node.children[1]?.text;
  if (CONCAT.has(node.type) && (op === '+' || op === '.')) {
    for (const c of node.namedChildren) if (c) chainLeaves(c, strings, out);
  } else out.push(node);
}

/** The markup of a host file's HTML strings, one `<template>` per string or chain. */
export async function stringMarkup(language: StringLanguage, text: string): Promise<Masked | undefined> {
  // A string's own text is tested below: a file that never names MitID holds no such string.
  if (!LOOKS_MITID.test(text)) return undefined;
  const types = STRING_TYPES[language];
  return withTree(language as Grammar, text, (root) => {
    const out = new Composer();
    let any = false;
    const stack: SyntaxNode[] = [root];
    while (stack.length) {
      const n = stack.pop() as SyntaxNode;
      const op = n.childForFieldName('operator')?.text ?? n.children[1]?.text;
      const chain = CONCAT.has(n.type) && (op === '+' || op === '.');
      if (!chain && !types.has(n.type)) {
        for (let i = n.namedChildCount - 1; i >= 0; i--) stack.push(n.namedChild(i) as SyntaxNode);
        continue;
      }
      const leaves: SyntaxNode[] = [];
      if (chain) chainLeaves(n, types, leaves);
      else leaves.push(n);
      const strings = leaves.filter((l) => types.has(l.type));
      const html = strings.some((s) => LOOKS_HTML.test(s.text)) && strings.some((s) => LOOKS_MITID.test(s.text));
      if (!html) {
        // A chain of plain strings may still hold an HTML string deeper (a call argument).
        for (let i = leaves.length - 1; i >= 0; i--) if (!types.has((leaves[i] as SyntaxNode).type)) stack.push(leaves[i] as SyntaxNode);
        continue;
      }
      any = true;
      out.extra('<template>', n.startIndex);
      for (const l of leaves) {
        if (!types.has(l.type)) {
          out.hole({ kind: 'unknown' }, l.startIndex, l.endIndex);
          continue;
        }
        for (const p of stringParts(l)) {
          const raw = text.slice(p.start, p.end);
          if (p.kind === 'text') out.copy(raw, p.start);
          else if (p.kind === 'escape') out.extra(decodeEscape(raw), p.start);
          else out.hole({ kind: 'unknown' }, p.start, p.end);
        }
      }
      out.extra('</template>\n', n.endIndex);
    }
    return any ? out.done() : undefined;
  });
}
