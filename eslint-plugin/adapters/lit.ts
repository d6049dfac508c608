/**
 * Lit `html` tagged templates: the static strings are joined with placeholders, parsed once per
 * template node with parse5 (cached in a WeakMap), and every offset maps back to the file.
 */
import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { dottedName, nodes, prop } from '../ast.js';
import { once } from './once.js';
import { angularExpression, angularInterpolation, componentNames, INTERPOLATION } from './angular-expressions.js';
import { allElements, markupChildren, unknownNode, type MarkupSource } from './markup.js';
import type { ChildView, ElementView, Node } from './types.js';

const HOLE = /\uE000(\d+)\uE001/;
const LIT_MODULE = /^(?:lit|lit-html|lit-element)(?:\/|$)|^@lit\//;

/** Local names bound to Lit's `html` (aliases included) and to a namespace import of Lit. */
export function litBindings(program: Node): { html: Set<string>; namespaces: Set<string> } {
  const html = new Set(['html']);
  const namespaces = new Set(['lit']);
  for (const s of nodes(program, 'body')) {
    if (s.type !== 'ImportDeclaration' || !LIT_MODULE.test(String(prop(s, 'source')?.['value'] ?? ''))) continue;
    for (const spec of nodes(s, 'specifiers')) {
      const local = prop(spec, 'local')?.['name'] as string | undefined;
      if (!local) continue;
      if (spec.type === 'ImportNamespaceSpecifier') namespaces.add(local);
      else if (spec.type === 'ImportSpecifier' && dottedName(prop(spec, 'imported')) === 'html') html.add(local);
    }
  }
  return { html, namespaces };
}

const directiveNames = new WeakMap<Node, Map<string, string>>();

/**
 * Lit's `when(test, trueCase, falseCase)` and `choose(value, [[key, case], …], defaultCase)`
 * directives, imported from Lit: the test and the cases (functions returning templates) a call
 * renders, one branch each (`undefined`: a missing case, which renders nothing). Undefined for any other call.
 */
export function litDirective(call: Node, program: Node): { test?: Node; cases: (Node | undefined)[] } | undefined {
  let names = directiveNames.get(program);
  if (!names) {
    directiveNames.set(program, (names = new Map()));
    for (const s of nodes(program, 'body')) {
      if (s.type !== 'ImportDeclaration' || !LIT_MODULE.test(String(prop(s, 'source')?.['value'] ?? ''))) continue;
      for (const spec of nodes(s, 'specifiers')) {
        const imported = spec.type === 'ImportSpecifier' ? dottedName(prop(spec, 'imported')) : undefined;
        const local = prop(spec, 'local')?.['name'];
        if ((imported === 'when' || imported === 'choose') && typeof local === 'string') names.set(local, imported);
      }
    }
  }
  const callee = prop(call, 'callee');
  const directive = names.size && callee?.type === 'Identifier' ? names.get(String(callee['name'])) : undefined;
  const [first, second, third] = nodes(call, 'arguments');
  if (directive === 'when') return first ? { test: first, cases: [second, third] } : undefined;
  if (directive !== 'choose' || second?.type !== 'ArrayExpression') return undefined;
  const cases = nodes(second, 'elements').map((pair) => (pair.type === 'ArrayExpression' ? nodes(pair, 'elements')[1] : undefined));
  return { cases: [...cases, third] };
}

export function isLitTag(tag: Node | undefined, bindings: { html: Set<string>; namespaces: Set<string> }): boolean {
  const name = dottedName(tag);
  if (!name) return false;
  const dot = name.lastIndexOf('.');
  return dot < 0 ? bindings.html.has(name) : name.slice(dot + 1) === 'html' && bindings.namespaces.has(name.slice(0, dot));
}

export interface Parsed {
  src: MarkupSource;
  roots: DefaultTreeAdapterMap['childNode'][];
}

const parsed = new WeakMap<Node, Parsed | null>();

function parse(node: Node): Parsed | null {
  // A tagged template, or an untagged template literal that holds markup (read like one).
  const quasi = node.type === 'TemplateLiteral' ? node : prop(node, 'quasi');
  if (!quasi) return null;
  const quasis = nodes(quasi, 'quasis');
  const expressions = nodes(quasi, 'expressions');
  // Pieces of the joined text: static strings (mapped linearly) and placeholders (mapped to their hole).
  const statics: { at: number; src: number; length: number }[] = [];
  let text = '';
  quasis.forEach((q, i) => {
    const raw = (q['value'] as { raw: string }).raw;
    statics.push({ at: text.length, src: q.range[0] + 1, length: raw.length });
    text += raw;
    if (i < expressions.length) text += `\uE000${i}\uE001`;
  });
  const toSource = (offset: number): number => {
    // The last static piece starting at or before the offset (binary search: templates may hold 40k holes).
    let lo = 0;
    let hi = statics.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((statics[mid] as { at: number }).at <= offset) lo = mid;
      else hi = mid - 1;
    }
    const best = statics[lo];
    if (!best) return offset;
    return offset <= best.at + best.length ? best.src + (offset - best.at) : best.src + best.length;
  };
  // Offsets within one static piece map to the file one to one: an Angular expression there is parsed where it is written.
  const untagged = node.type === 'TemplateLiteral';
  const names = untagged ? componentNames(node) : undefined;
  const src: MarkupSource = {
    framework: 'lit',
    text,
    toSource,
    // An untagged template literal may be an Angular (or Vue) `template:`: its `{{ }}` are holes too.
    holes: untagged ? new RegExp(`${HOLE.source}|${INTERPOLATION.source}`) : HOLE,
    holeNode: (m, start) => (m[1] !== undefined ? (expressions[Number(m[1])] as Node) : angularInterpolation(m[0], toSource(start), names)),
    ...(untagged ? { expression: (from: number, to: number) => (text.slice(from, to).includes('\uE000') ? unknownNode([toSource(from), toSource(to)]) : angularExpression(text.slice(from, to), toSource(from), names)) } : {}),
  };
  const fragment = parseFragment(text, { sourceCodeLocationInfo: true });
  return { src, roots: fragment.childNodes };
}

function cached(node: Node): Parsed | null {
  return once(parsed, node, () => {
    try {
      return parse(node);
    } catch {
      return null;
    }
  });
}

/** The parsed markup of a template (its source mapping and parse5 roots), for readers of its text (lists.ts). */
export function litSource(node: Node): Parsed | undefined {
  return cached(node) ?? undefined;
}

/** Every element of a Lit template. */
export function litElements(node: Node): Iterable<ElementView> {
  const p = cached(node);
  return p ? allElements(p.roots, p.src) : [];
}

/** The template's top-level content, as children (for text nested in a hole). */
export function litChildren(node: Node): ChildView[] | undefined {
  const p = cached(node);
  return p ? markupChildren(p.roots, p.src) : undefined;
}
