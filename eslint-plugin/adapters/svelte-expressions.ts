/**
 * Svelte's `{…}` read as JavaScript, as JSX and Vue expressions are: each one parsed with espree
 * where it is written (exact `range` and `loc` in the file), when parse5 asks for its hole.
 * `{#if}…{:else if}…{:else}…{/if}`, `{#each}…{:else}…{/each}` and `{#await}…{:then}…{:catch}…{/await}`
 * are branches (each one a state of the element), `{#key}` renders its content, `{#snippet}` renders
 * elsewhere, `{@html '…'}` strings are markup. In a `lang="ts"` component what espree cannot read
 * (`{label as string}`, `{user!.name}`) is parsed as TypeScript (svelte-typescript.ts); what
 * neither reads (`{...spread}`) stays an unknown hole: silent, as before.
 */
import { parse } from 'espree';
import { childNodes, dottedName, isNode } from '../ast.js';
import { option } from './control-flow.js';
import { litChildren, litElements } from './lit.js';
import { allElements, markupChildren } from './markup.js';
import { once } from './once.js';
import { literalMarkup } from './strings.js';
import { blankExpressions, expressionSpans } from './svelte.js';
import { isTypeScriptTag, parseTypeScript } from './svelte-typescript.js';
import { oneOf, returnedState } from '../states.js';
import type { AST } from 'eslint';
import type { ChildView, ElementView, Node, Range } from './types.js';

/** A block tag (`#if`, `:else`, `/if`) or a special tag (`@html`, `@const`) of a hole. */
interface Tag {
  sigil: '#' | ':' | '/' | '@';
  name: string;
}

const TAG = /^([#:/@])(\w+)(\s+if\b)?/;
const SKIP_KEYS = new Set(['parent', 'loc', 'range', 'start', 'end']);

export interface SvelteMarkup {
  /** The file with the inside of every expression blanked, for parse5 (same length). */
  text: string;
  /** The node for the hole `{___}` whose `{` is at `start`. */
  holeNode(start: number): Node;
  /** Children with block tags read as branches and `{@html '…'}` read as its markup. */
  branches(children: ChildView[]): ChildView[];
  /** The elements of every `{@html '…'}` string. */
  embedded(): ElementView[];
  /** The value a name of the markup holds in the component's `<script>`: every value it is given, as branches. */
  scriptValue(name: string): Node | undefined;
}

/** Offsets of line starts, for `loc` of nodes parsed out of place. */
export function lineStarts(code: string): number[] {
  const out = [0];
  for (const m of code.matchAll(/\r\n|[\r\n\u2028\u2029]/g)) out.push(m.index + m[0].length);
  return out;
}

export function position(starts: readonly number[], offset: number): AST.SourceLocation['start'] {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] as number) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - (starts[lo] as number) };
}

/** Back to the file: one pass over a parsed tree, ranges shifted by `by`, parent links as ESLint's parser sets them. */
export function placeNode(root: Node, by: number, loc: (range: Range) => AST.SourceLocation): Node {
  const stack: [Node, Node | undefined][] = [[root, undefined]];
  while (stack.length) {
    const [n, parent] = stack.pop() as [Node, Node | undefined];
    n.range = [n.range[0] + by, n.range[1] + by];
    n['start'] = n.range[0];
    n['end'] = n.range[1];
    n.loc = loc(n.range);
    if (parent) n.parent = parent;
    for (const [key, v] of Object.entries(n)) {
      if (SKIP_KEYS.has(key)) continue;
      if (Array.isArray(v)) for (const c of v) if (isNode(c)) stack.push([c, n]);
      if (isNode(v)) stack.push([v, n]);
    }
  }
  return root;
}

/**
 * A JavaScript expression whose source is written at offset `at` of the file, parsed there;
 * undefined when espree cannot read it (nor TypeScript, when `typescript` says the file is).
 */
export function expressionAt(source: string, at: number, loc: (range: Range) => AST.SourceLocation, typescript = false): Node | undefined {
  const wrapped = `(${source}\n)`;
  let program: Node | undefined;
  try {
    program = parse(wrapped, { ecmaVersion: 'latest', sourceType: 'module', range: true }) as unknown as Node;
  } catch {
    // Plain JavaScript first: TypeScript's parser loads only for what espree cannot read.
    program = typescript ? parseTypeScript(wrapped) : undefined;
  }
  if (!program) return undefined;
  const body = program['body'] as Node[];
  const root = body.length === 1 && body[0]?.type === 'ExpressionStatement' ? (body[0]['expression'] as Node) : undefined;
  return root && placeNode(root, at - 1, loc);
}

export function svelteMarkup(code: string): SvelteMarkup {
  const spans = expressionSpans(code);
  const closeOf = new Map(spans);
  let starts: number[] | undefined;
  const loc = (range: Range): AST.SourceLocation => {
    starts ??= lineStarts(code);
    return { start: position(starts, range[0]), end: position(starts, range[1]) };
  };
  const unknown = (range: Range, more: Record<string, unknown> = {}): Node => ({ type: 'UnknownExpression', range, loc: loc(range), ...more });

  const place = (root: Node, by: number): Node => placeNode(root, by, loc);
  let typescript: boolean | undefined;
  /** The expression written from `from` to `to`, parsed there; undefined when it cannot be read. */
  const expression = (from: number, to: number): Node | undefined => expressionAt(code.slice(from, to), from, loc, (typescript ??= scripts(code).some((s) => isTypeScriptTag(s.tag))));

  let values: Map<string, Node | null> | undefined;
  /** What a name of the markup holds, from the component's `<script>` (see scriptValues). */
  const scriptValue = (name: string): Node | undefined => {
    values ??= scriptValues(code, (program, at) => place(program, at), unknown);
    return values.get(name) ?? undefined;
  };

  const nodes = new Map<number, Node>();
  const holeNode = (open: number): Node => {
    let node = nodes.get(open);
    if (node) return node;
    const close = closeOf.get(open) ?? open;
    const hole: Range = [open, close + 1];
    const tag = TAG.exec(code.slice(open + 1, close));
    if (!tag) node = expression(open + 1, close) ?? unknown(hole);
    else {
      const svelte: Tag = { sigil: tag[1] as Tag['sigil'], name: `${tag[2] ?? ''}${tag[3] ? 'if' : ''}` };
      const value = svelte.name === 'html' ? expression(open + 1 + tag[0].length, close) : undefined;
      // Only a string's markup is known; `{@html x}` of anything else stays unknown.
      const html = value && ((value.type === 'Literal' && typeof value['value'] === 'string') || value.type === 'TemplateLiteral') ? value : undefined;
      node = unknown(hole, svelte.sigil === '@' && !html && svelte.name !== 'const' && svelte.name !== 'debug' ? {} : { svelte, ...(html ? { html } : {}) });
    }
    nodes.set(open, node);
    return node;
  };

  const htmlCache = new WeakMap<Node, { children: ChildView[]; elements: ElementView[] }>();
  /** The markup of a `{@html '…'}` string. */
  const html = (value: Node): { children: ChildView[]; elements: ElementView[] } =>
    once(htmlCache, value, () => {
      try {
        if (value.type === 'TemplateLiteral') return { children: litChildren(value) ?? [], elements: [...litElements(value)] };
        const { src, roots } = literalMarkup(value, code);
        return { children: markupChildren(roots, src), elements: [...allElements(roots, src)] };
      } catch {
        return { children: [], elements: [] };
      }
    });

  return {
    text: blankExpressions(code, spans),
    holeNode,
    scriptValue,
    branches: (children) => blocks(children, code, html),
    embedded: () =>
      spans.flatMap(([open]) => {
        if (code[open + 1] !== '@') return [];
        const value = holeNode(open)['html'] as Node | undefined;
        return value ? html(value).elements : [];
      }),
  };
}

/** A `<script>` start tag: quoted values may hold `>` (Svelte 5's `generics="T extends Record<K, V>"`); bounded, so every attempt is. */
const SCRIPT_TAG = /<script\b(?:[^>"']|"[^"]{0,1000}"|'[^']{0,1000}'){0,2000}>/giy;
const SCRIPT_OPEN = /<script\b/gi;
const SCRIPT_CLOSE = /<\/script\s*>/gi;

/** The component's `<script>` blocks, in one pass: a script that never closes ends the scan (nothing after it can be a script). */
function scripts(code: string): { tag: string; body: string; at: number }[] {
  const out: { tag: string; body: string; at: number }[] = [];
  SCRIPT_OPEN.lastIndex = 0;
  for (let open = SCRIPT_OPEN.exec(code); open; open = SCRIPT_OPEN.exec(code)) {
    SCRIPT_TAG.lastIndex = open.index;
    const tag = SCRIPT_TAG.exec(code);
    if (!tag) continue;
    const at = open.index + tag[0].length;
    SCRIPT_CLOSE.lastIndex = at;
    const close = SCRIPT_CLOSE.exec(code);
    if (!close) break;
    out.push({ tag: tag[0], body: code.slice(at, close.index), at });
    SCRIPT_OPEN.lastIndex = close.index + close[0].length;
  }
  return out;
}
/** Svelte's stores, read as `$name` in the component. */
const STORES = /^(?:writable|readable)$/;
/** Svelte 5's runes hold their argument (`let label = $state('Log ind med MitID')`); `$derived.by` what its function returns. */
const RUNES = /^\$(?:state|derived)(?:\.raw)?$/;

/**
 * The top-level names of the component's scripts and what they hold: `let`/`const`, reactive
 * declarations (`$: label = busy ? 'Vent…' : '…'`), stores (`writable('…')` read as `$label`) and props (`export let label = '…'`, Svelte 5's
 * `let { label = '…' } = $props()`: what the parent passes, else the default), each
 * assignment to them anywhere in the script a branch too (`label = 'Logger ind…'` in a handler:
 * a state text). `+=` and the like make the value unknown; a name declared twice is unknown.
 * `lang="ts"` scripts are parsed as TypeScript (`let { label = '…' }: Props = $props()`,
 * `$state<string>('…')`); a script that does not parse gives no names.
 */
function javascript(code: string): Node | undefined {
  try {
    return parse(code, { ecmaVersion: 'latest', sourceType: 'module', range: true }) as unknown as Node;
  } catch {
    return undefined;
  }
}

/** A prop's value: what the parent passes, else its default (`lang ?? 'da'`), as a parameter default reads. */
const passed = (value: Node, unknown: (range: Range) => Node): Node => ({ type: 'LogicalExpression', operator: '??', left: unknown(value.range), right: value, range: value.range, loc: value.loc });

function scriptValues(code: string, place: (program: Node, at: number) => Node, unknown: (range: Range) => Node): Map<string, Node | null> {
  const out = new Map<string, Node | null>();
  const given = new Map<string, Node[]>();
  const give = (name: string, value: Node): void => {
    const list = given.get(name);
    if (list) list.push(value);
    else given.set(name, [value]);
  };
  const declare = (name: string, value: Node): void => {
    if (out.has(name)) out.set(name, null);
    else out.set(name, value);
  };
  const unwrapRune = (n: Node): Node => {
    const arg = (n['arguments'] as Node[] | undefined)?.[0];
    const name = n.type === 'CallExpression' ? dottedName(n['callee'] as Node) : undefined;
    // `$derived.by(() => …)`: what the function returns.
    if (name === '$derived.by' && (arg?.type === 'ArrowFunctionExpression' || arg?.type === 'FunctionExpression')) return returnedState(arg);
    return name && RUNES.test(name) && arg ? arg : n;
  };
  for (const { tag, body, at } of scripts(code)) {
    const parsed = isTypeScriptTag(tag) ? parseTypeScript(body) : javascript(body);
    if (!parsed) continue;
    const program = place(parsed, at);
    const reactive: [string, Node][] = [];
    for (let statement of program['body'] as Node[]) {
      const exported = statement.type === 'ExportNamedDeclaration';
      if (exported) statement = (statement['declaration'] as Node | null) ?? statement;
      // `$: label = busy ? 'Vent…' : '…'` declares the name it assigns (when no `let` does).
      const reactiveValue = statement.type === 'LabeledStatement' && (statement['label'] as Node)['name'] === '$' ? ((statement['body'] as Node)['expression'] as Node | undefined) : undefined;
      const target = reactiveValue?.type === 'AssignmentExpression' && reactiveValue['operator'] === '=' ? (reactiveValue['left'] as Node) : undefined;
      if (target?.type === 'Identifier') reactive.push([String(target['name']), reactiveValue?.['right'] as Node]);
      if (statement.type !== 'VariableDeclaration') continue;
      // A prop (`export let lang = 'da'`) holds what the parent passes, or its default.
      const prop = exported && statement['kind'] === 'let';
      for (const d of statement['declarations'] as Node[]) {
        const id = d['id'] as Node;
        const init = d['init'] as Node | null;
        if (id.type === 'Identifier' && init) declare(String(id['name']), prop ? passed(init, unknown) : unwrapRune(init));
        // A store (`const label = writable('…')`) is read as `$label`: its first value, then each `label.set('…')`.
        const store = id.type === 'Identifier' && init?.type === 'CallExpression' && STORES.test(dottedName(init['callee'] as Node) ?? '') ? (init['arguments'] as Node[])[0] : undefined;
        if (store) declare(`$${String(id['name'])}`, store);
        else if (id.type === 'ObjectPattern' && init?.type === 'CallExpression' && (init['callee'] as Node)['name'] === '$props') {
          for (const p of id['properties'] as Node[]) {
            const value = p['value'] as Node | undefined;
            const left = value?.type === 'AssignmentPattern' ? (value['left'] as Node) : undefined;
            if (left?.type === 'Identifier' && value) declare(String(left['name']), passed(value['right'] as Node, unknown));
          }
        }
      }
    }
    for (const [name, value] of reactive) if (!out.has(name)) out.set(name, value);
    // Assignments anywhere in the script (handlers set state texts): one bounded walk.
    const stack: Node[] = [program];
    for (let seen = 0; stack.length && seen < 200_000; seen++) {
      const n = stack.pop() as Node;
      const left = n.type === 'AssignmentExpression' ? (n['left'] as Node) : undefined;
      if (left?.type === 'Identifier') {
        const name = String(left['name']);
        give(name, n['operator'] === '=' ? (n['right'] as Node) : unknown(n.range));
      }
      // `label.set('Vent…')`, `label.update(fn)` of a store: a value of `$label` (`update`'s unknown).
      const callee = n.type === 'CallExpression' ? (n['callee'] as Node) : undefined;
      const method = callee?.type === 'MemberExpression' && !callee['computed'] && (callee['object'] as Node).type === 'Identifier' ? String((callee['property'] as Node)['name']) : '';
      if (callee && (method === 'set' || method === 'update')) {
        const value = method === 'set' ? (n['arguments'] as Node[])[0] : undefined;
        give(`$${String((callee['object'] as Node)['name'])}`, value ?? unknown(n.range));
      }
      stack.push(...childNodes(n));
    }
  }
  // Every value given is one branch of the name's value: a conditional the resolver reads as either.
  for (const [name, list] of given) {
    const first = out.get(name);
    if (!first) continue;
    out.set(name, oneOf([first, ...list.filter((v) => v !== first)]) ?? first);
  }
  return out;
}

interface Frame {
  kind: string;
  branches: ChildView[][];
  current: ChildView[];
  start: number;
  /** `{:else}` written: an `{#if}` or `{#each}` then always renders a branch. */
  otherwise?: boolean;
  /** An `{#if}`'s condition as written: its first branch shows when true, the others when false. */
  test?: string;
}

/** The children with every well-formed block read as branches; unbalanced tags leave the list as it was. */
function blocks(children: ChildView[], code: string, html: (value: Node) => { children: ChildView[] }): ChildView[] {
  const tagOf = (c: ChildView): Tag | undefined => (c.kind === 'expr' ? (c.node['svelte'] as Tag | undefined) : undefined);
  if (!children.some(tagOf)) return children;
  const root: Frame = { kind: 'root', branches: [], current: [], start: 0 };
  const stack: Frame[] = [root];
  for (const c of children) {
    const top = stack[stack.length - 1] as Frame;
    const tag = tagOf(c);
    const node = c.kind === 'expr' ? c.node : undefined;
    if (!tag || !node) top.current.push(c);
    else if (tag.sigil === '@') {
      const value = node['html'] as Node | undefined;
      if (value) top.current.push(...html(value).children);
      // `{@const}` and `{@debug}` render nothing.
    } else if (tag.sigil === '#') {
      const test = tag.name === 'if' ? code.slice(node.range[0] + 1, node.range[1] - 1).replace(/^#if\s+/, '') : undefined;
      stack.push({ kind: tag.name, branches: [], current: [], start: node.range[0], ...(test ? { test } : {}) });
    }
    else if (stack.length === 1) return children;
    else if (tag.sigil === ':') {
      top.branches.push(top.current);
      top.current = [];
      if (tag.name === 'else') top.otherwise = true;
    } else {
      if (tag.name !== top.kind) return children;
      stack.pop();
      top.branches.push(top.current);
      const parent = stack[stack.length - 1] as Frame;
      const range: Range = [top.start, node.range[1]];
      if (top.kind === 'key') parent.current.push(...(top.branches[0] ?? []));
      else if (top.kind !== 'snippet') {
        const options = top.branches.map((b) => option(b, range));
        // Without `{:else}` an `{#if}` may render nothing, and so may an `{#each}` of an empty list.
        if ((top.kind === 'if' || top.kind === 'each') && !top.otherwise) options.push({ kind: 'text', text: '', range });
        parent.current.push(options.length === 1 ? (options[0] as ChildView) : { kind: 'choice', options, ...(top.test ? { test: top.test } : {}) });
      }
    }
  }
  return stack.length === 1 ? root.current : children;
}
