/**
 * Angular template expressions read as values, as JSX and Vue expressions are: the head of
 * `{{ busy ? 'Logger ind…' : 'Log ind med MitID' }}` or `[label]="label"` is parsed with espree
 * where it is written (exact ranges), its pipes applied: `x | translate` (ngx-translate) and
 * `x | transloco` are the translation call `translate(x)`, `uppercase`/`lowercase` are
 * `x.toUpperCase()`/`x.toLowerCase()`, any other pipe (`async`, `date`) makes the value unknown.
 * A name (or a call of one, `label()`) is a member of the component class (angular-class.ts): the
 * class around an inline `template:`, or the class whose `templateUrl` is the `.html` file; otherwise
 * unknown. What espree cannot read (TypeScript's `a!.b`) stays unknown: silent, as before.
 */
import type { AST } from 'eslint';
import { isNode, nodes, prop } from '../ast.js';
import { classNames, type Names } from './angular-class.js';
import { expressionAt } from './svelte-expressions.js';
import type { Node, Range } from './types.js';

export type { Names };
type Loc = (range: Range) => AST.SourceLocation;

const TRANSLATE_PIPES = new Set(['translate', 'transloco']);
const CASE_PIPES: Record<string, string> = { uppercase: 'toUpperCase', lowercase: 'toLowerCase' };
const PIPE = /^\s*([A-Za-z_$][\w$]*)\s*(?::|$)/;

/** An interpolation `{{ … }}`: no `{{` or `}}` inside, so an unclosed one costs linear time, never quadratic. */
export const INTERPOLATION = /\{\{(?:[^{}\uE000]|\{(?!\{)|\}(?!\}))*\}\}/;

/** A location for nodes out of the AST: reports use ranges. */
export const noLoc: Loc = () => ({ start: { line: 1, column: 0 }, end: { line: 1, column: 0 } });

/** Offsets of the pipes at the top level of an expression (not `||`, not in strings or brackets); undefined when it is unbalanced. */
function pipeOffsets(text: string): number[] | undefined {
  const out: number[] = [];
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (c === '"' || c === "'" || c === '`') {
      let j = i + 1;
      while (j < text.length && text[j] !== c) j += text[j] === '\\' ? 2 : 1;
      if (j >= text.length) return undefined;
      i = j;
    } else if (c === '(' || c === '[' || c === '{') depth++;
    else if ((c === ')' || c === ']' || c === '}') && --depth < 0) return undefined;
    else if (c === '|') {
      if (text[i + 1] === '|') i++;
      else if (depth === 0) out.push(i);
    }
  }
  return depth === 0 ? out : undefined;
}

const unknown = (range: Range, loc: Loc): Node => ({ type: 'UnknownExpression', range, loc: loc(range) });

/**
 * Names of the expression resolved as members of the component: `label`, and `label()` when the
 * member is read by calling it (a signal, a method). Any other callee keeps its name (`t('key')`).
 */
function bindNames(root: Node, names: Names | undefined, loc: Loc): Node {
  const bound = (c: Node): Node | undefined => {
    // A name the component does not give (a loop's `m` of `*ngFor`) stays unknown, its name kept.
    if (c.type === 'Identifier') return names?.(c, false) ?? { ...unknown(c.range, loc), name: c['name'] };
    const callee = c.type === 'CallExpression' && nodes(c, 'arguments').length === 0 ? prop(c, 'callee') : undefined;
    return callee?.type === 'Identifier' ? names?.(callee, true) : undefined;
  };
  const top = bound(root);
  if (top) return top;
  const stack: Node[] = [root];
  while (stack.length) {
    const n = stack.pop() as Node;
    for (const [key, v] of Object.entries(n)) {
      if (key === 'parent' || key === 'loc' || key === 'range' || (n.type === 'CallExpression' && key === 'callee')) continue;
      if ((key === 'property' && n.type === 'MemberExpression' && !n['computed']) || (key === 'key' && n.type === 'Property' && !n['computed'])) continue;
      if (Array.isArray(v)) {
        for (let i = 0; i < v.length; i++) {
          const c: unknown = v[i];
          if (!isNode(c)) continue;
          const value = bound(c);
          if (value) v[i] = value;
          else stack.push(c);
        }
      } else if (isNode(v)) {
        const value = bound(v);
        if (value) n[key] = value;
        else stack.push(v);
      }
    }
  }
  return root;
}

/**
 * The value of an Angular expression whose source is written at offset `at` of the file: a node
 * the resolver reads like any other, or an UnknownExpression.
 */
export function angularExpression(source: string, at: number, names?: Names, loc: Loc = noLoc): Node {
  const lead = source.length - source.trimStart().length;
  const text = source.trim();
  const start = at + lead;
  const cuts = pipeOffsets(text);
  const head = text.slice(0, cuts?.[0] ?? text.length);
  let node = cuts && head.trim() ? expressionAt(head, start, loc) : undefined;
  if (!node || !cuts) return unknown([start, start + text.length], loc);
  node = bindNames(node, names, loc);
  for (let i = 0; i < cuts.length; i++) {
    const end = text.slice(0, cuts[i + 1] ?? text.length).trimEnd().length;
    const range: Range = [start, start + end];
    const pipe = PIPE.exec(text.slice((cuts[i] as number) + 1, end))?.[1] ?? '';
    const method = CASE_PIPES[pipe];
    // `label$ | async` where the member is a translate service's observable (`translate.get('key')`): its message.
    if (pipe === 'async' && node.type === 'CallExpression' && node['observable']) continue;
    if (TRANSLATE_PIPES.has(pipe)) node = { type: 'CallExpression', range, loc: loc(range), callee: { type: 'Identifier', name: 'translate', range, loc: loc(range) }, arguments: [node], optional: false };
    else if (method) {
      const callee: Node = { type: 'MemberExpression', range, loc: loc(range), object: node, property: { type: 'Identifier', name: method, range, loc: loc(range) }, computed: false, optional: false };
      node = { type: 'CallExpression', range, loc: loc(range), callee, arguments: [], optional: false };
    } else return unknown(range, loc);
  }
  return node;
}

/** An interpolation `{{ … }}` written at `at`: its value, marked as template text (never an icon). */
export function angularInterpolation(hole: string, at: number, names?: Names, loc: Loc = noLoc): Node {
  const range: Range = [at, at + hole.length];
  const expression = angularExpression(hole.slice(2, -2), at + 2, names, loc);
  return { type: 'ParenthesizedExpression', expression, range, loc: loc(range), interpolation: true };
}

/** What the names of an inline `template:` hold: the members of its `@Component` class. Undefined when the string is no component's template. */
export function componentNames(template: Node): Names | undefined {
  let n = template.parent;
  let decorated = false;
  for (let i = 0; n && i < 6 && n.type !== 'ClassDeclaration' && n.type !== 'ClassExpression'; i++, n = n.parent) decorated ||= n.type === 'Decorator';
  const body = n && decorated ? prop(n, 'body') : undefined;
  return body ? classNames(body) : undefined;
}
