/**
 * Angular template expressions read as values, as JSX and Vue expressions are: the head of
 * `{{ busy ? 'Logger ind…' : 'Log ind med MitID' }}` or `[label]="label"` is parsed with espree
 * where it is written (exact ranges), its pipes applied: `x | translate` (ngx-translate) and
 * `x | transloco` are the translation call `translate(x)`, `uppercase`/`lowercase` are
 * `x.toUpperCase()`/`x.toLowerCase()`, any other pipe (`async`, `date`) makes the value unknown.
 * A name is a member of the component: in an inline `template:`, a field of its class (every
 * `this.name = …` of the class a branch); otherwise unknown. What espree cannot read (TypeScript's
 * `a!.b`) stays unknown: silent, as before.
 */
import type { AST } from 'eslint';
import { isNode, keyName, nodes, prop } from '../ast.js';
import { expressionAt } from './svelte-expressions.js';
import type { Node, Range } from './types.js';

type Loc = (range: Range) => AST.SourceLocation;
/** What a name of the template holds, when the component is known. */
export type Names = (name: string) => Node | undefined;

const TRANSLATE_PIPES = new Set(['translate', 'transloco']);
const CASE_PIPES: Record<string, string> = { uppercase: 'toUpperCase', lowercase: 'toLowerCase' };
const PIPE = /^\s*([A-Za-z_$][\w$]*)\s*(?::|$)/;
/** Class members looked at for `this.name = …`: bounded work on any class. */
const MAX_NODES = 20_000;

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

/** Names of the expression resolved as members of the component (a callee keeps its name: `t('key')`, `translate.instant(…)`). */
function bindNames(root: Node, names: Names | undefined, loc: Loc): Node {
  const bind = (id: Node): Node => names?.(String(id['name'])) ?? unknown(id.range, loc);
  if (root.type === 'Identifier') return bind(root);
  const stack: Node[] = [root];
  while (stack.length) {
    const n = stack.pop() as Node;
    for (const [key, v] of Object.entries(n)) {
      if (key === 'parent' || key === 'loc' || key === 'range' || (n.type === 'CallExpression' && key === 'callee')) continue;
      if ((key === 'property' && n.type === 'MemberExpression' && !n['computed']) || (key === 'key' && n.type === 'Property' && !n['computed'])) continue;
      if (Array.isArray(v)) {
        for (let i = 0; i < v.length; i++) {
          const c: unknown = v[i];
          if (isNode(c) && c.type === 'Identifier') v[i] = bind(c);
          else if (isNode(c)) stack.push(c);
        }
      } else if (isNode(v)) {
        if (v.type === 'Identifier') n[key] = bind(v);
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

/**
 * What the names of an inline `template:` hold: the fields of its `@Component` class
 * (`label = 'Log ind med MitID'`), every `this.label = …` in the class a branch of it (a state
 * text set by a handler); `+=` and the like make it unknown. Undefined when the string is no
 * component's template.
 */
export function componentNames(template: Node): Names | undefined {
  let n = template.parent;
  let decorated = false;
  for (let i = 0; n && i < 6 && n.type !== 'ClassDeclaration' && n.type !== 'ClassExpression'; i++, n = n.parent) decorated ||= n.type === 'Decorator';
  const body = n && decorated ? prop(n, 'body') : undefined;
  if (!body) return undefined;
  let values: Map<string, Node> | undefined;
  const read = (): Map<string, Node> => {
    const out = new Map<string, Node>();
    for (const m of nodes(body, 'body')) {
      const name = m.type === 'PropertyDefinition' && !m['static'] ? keyName(m) : undefined;
      const value = prop(m, 'value');
      if (name && value) out.set(name, value);
    }
    const given = new Map<string, Node[]>();
    const stack: Node[] = [body];
    for (let seen = 0; stack.length && seen < MAX_NODES; seen++) {
      const a = stack.pop() as Node;
      const left = a.type === 'AssignmentExpression' ? prop(a, 'left') : undefined;
      const name = left?.type === 'MemberExpression' && prop(left, 'object')?.type === 'ThisExpression' && !left['computed'] ? String(prop(left, 'property')?.['name']) : undefined;
      const right = prop(a, 'right');
      if (name && right) given.set(name, [...(given.get(name) ?? []), a['operator'] === '=' ? right : unknown(a.range, noLoc)]);
      for (const [key, v] of Object.entries(a)) {
        if (key === 'parent' || key === 'loc' || key === 'range') continue;
        if (Array.isArray(v)) for (const c of v) if (isNode(c)) stack.push(c);
        if (isNode(v)) stack.push(v);
      }
    }
    for (const [name, list] of given) {
      const first = out.get(name);
      if (first) out.set(name, list.slice(0, 16).reduce((a, b) => ({ type: 'ConditionalExpression', test: unknown(a.range, noLoc), consequent: a, alternate: b, range: a.range, loc: a.loc }), first));
    }
    return out;
  };
  return (name) => (values ??= read()).get(name);
}
