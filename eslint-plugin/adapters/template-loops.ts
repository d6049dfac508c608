/**
 * The loops of markup templates, by the range of the file they cover: Svelte's
 * `{#each list as pattern, i (key)}…{/each}`, Angular's `*ngFor="let m of list"` (the element) and
 * `@for (m of list; track …) { … }` (the block), in an HTML-parser file or an inline `template:`.
 * Read once per template, when a name of it is first asked for (lists.ts binds the names).
 */
import { parse } from 'espree';
import { childNodes, nodes, prop } from '../ast.js';
import type { HtmlServices } from './html.js';
import { litSource } from './lit.js';
import type { MarkupSource } from './markup.js';
import { once } from './once.js';
import { expressionAt } from './svelte-expressions.js';
import { expressionSpans } from './svelte.js';
import type { Context, Node, Range } from './types.js';

/** A pattern written as text (`m`, `{ id, label }`), parsed on its own: only its names matter. */
function patternOf(source: string): Node | undefined {
  try {
    const program = parse(`(${source}) => 0`, { ecmaVersion: 'latest' }) as unknown as Node;
    const arrow = prop(nodes(program, 'body')[0] as Node, 'expression');
    return arrow && nodes(arrow, 'params')[0];
  } catch {
    return undefined;
  }
}

/** A loop of markup over a range of the file: the names its pattern binds, for each item of its list. */
export interface TemplateLoop {
  range: Range;
  pattern: Node;
  list: Node;
  /** One object per loop (its block or element). */
  key: object;
}

const markupLoops = new WeakMap<object, TemplateLoop[]>();

/** Svelte's `{#each list as pattern, i (key)}…{/each}` blocks, from the file's `{…}` spans. */
function svelteLoops(code: string, context: Context): TemplateLoop[] {
  const out: TemplateLoop[] = [];
  const open: { name: string; at: number; end: number; tag: string }[] = [];
  const loc = (r: Range) => ({ start: context.sourceCode.getLocFromIndex(r[0]), end: context.sourceCode.getLocFromIndex(r[1]) });
  for (const [start, end] of expressionSpans(code)) {
    const tag = /^\s*([#/:])(\w+)/.exec(code.slice(start + 1, Math.min(end, start + 40)));
    if (!tag || tag[1] === ':') continue;
    if (tag[1] === '#') open.push({ name: tag[2] as string, at: start, end, tag: code.slice(start + 1 + tag[0].length, end) });
    else if (open.at(-1)?.name === tag[2]) {
      const block = open.pop() as { name: string; at: number; end: number; tag: string };
      const m = block.name === 'each' ? /^([\s\S]+?)\s+as\s+([\s\S]+)$/.exec(block.tag) : null;
      if (!m) continue;
      // `as m, i (m.id)`: the pattern ends at a top-level comma or the key's parenthesis.
      const pattern = patternOf((m[2] as string).replace(/\s*(?:,\s*[\w$]+\s*)?(?:\([^()]*\))?\s*$/, ''));
      const listAt = block.end - block.tag.length;
      const list = expressionAt(m[1] as string, listAt, loc);
      if (pattern && list) out.push({ range: [block.end, start], pattern, list, key: block });
    }
  }
  return out;
}

const NG_FOR = /^\s*let\s+([A-Za-z_$][\w$]*)\s+of\s+([^;]+)/;
const AT_FOR = /@for\s*\(\s*([A-Za-z_$][\w$]*)\s+of\s+([^;)]+)/g;

/** Angular's `*ngFor="let m of methods"` (the element) and `@for (m of methods; …) { … }` (the block) in one template. */
function angularLoops(src: MarkupSource, roots: readonly unknown[]): TemplateLoop[] {
  const out: TemplateLoop[] = [];
  const expression = src.expression;
  if (!expression) return out;
  const add = (name: string, from: number, to: number, range: Range, key: object): void => {
    const pattern = patternOf(name);
    if (pattern) out.push({ range, pattern, list: expression(from, to), key });
  };
  type El = { attrs?: { name: string }[]; childNodes?: El[]; content?: { childNodes: El[] }; sourceCodeLocation?: { startOffset: number; endOffset: number; attrs?: Record<string, { startOffset: number; endOffset: number }> } };
  const stack = [...(roots as El[])];
  for (let seen = 0; stack.length && seen < 100_000; seen++) {
    const el = stack.pop() as El;
    const at = el.sourceCodeLocation?.attrs?.['*ngfor'];
    if (at && el.sourceCodeLocation) {
      const raw = src.text.slice(at.startOffset, at.endOffset);
      const eq = raw.search(/=\s*["']/);
      const from = at.startOffset + eq + raw.slice(eq).search(/["']/) + 1;
      const m = eq > 0 ? NG_FOR.exec(src.text.slice(from, at.endOffset - 1)) : null;
      if (m) {
        const listFrom = from + (m[0].length - (m[2] as string).length);
        add(m[1] as string, listFrom, listFrom + (m[2] as string).trimEnd().length, [src.toSource(el.sourceCodeLocation.startOffset), src.toSource(el.sourceCodeLocation.endOffset)], el);
      }
    }
    stack.push(...(el.childNodes ?? []), ...(el.content?.childNodes ?? []));
  }
  for (const m of src.text.matchAll(AT_FOR)) {
    const listFrom = m.index + m[0].length - (m[2] as string).length;
    const open = src.text.indexOf('{', listFrom);
    const close = open < 0 ? -1 : blockEnd(src.text, open);
    if (close > open) add(m[1] as string, listFrom, listFrom + (m[2] as string).trimEnd().length, [src.toSource(open), src.toSource(close)], m);
  }
  return out;
}

/** The `}` closing the block opened at `open` (interpolations' braces balance themselves), or -1. */
function blockEnd(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return i;
  }
  return -1;
}

/** The markup loops around an offset of the file: the HTML parser's document (Svelte, Angular), or an inline `template:`. */
export function templateLoopsAt(offset: number, context: Context): TemplateLoop[] {
  const html = (context.sourceCode.parserServices as Partial<HtmlServices> | undefined)?.mitidHtml;
  if (html) {
    return once(markupLoops, html, () => (/\.svelte$/i.test(context.filename) ? svelteLoops(context.sourceCode.text, context) : angularLoops(html.src, html.roots)));
  }
  // An inline `template:` (decorators lie outside their class's range: found by a walk of the file, once).
  const program = context.sourceCode.ast as unknown as Node;
  let templates = templatesOf.get(program);
  if (!templates) {
    templatesOf.set(program, (templates = []));
    const stack: Node[] = [program];
    for (let seen = 0; stack.length && seen < 200_000; seen++) {
      const n = stack.pop() as Node;
      if (n.type === 'TemplateLiteral' && n.parent?.type !== 'TaggedTemplateExpression') templates.push(n);
      else stack.push(...childNodes(n));
    }
  }
  const template = templates.find((t) => t.range[0] <= offset && offset < t.range[1]);
  const lit = template && litSource(template);
  return lit && template ? once(markupLoops, template, () => angularLoops(lit.src, lit.roots)) : [];
}

const templatesOf = new WeakMap<object, Node[]>();


