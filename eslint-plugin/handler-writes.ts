/**
 * Text a call to action's own click handler writes into it through its event: React's
 * `onClick={(e) => { (e.target as HTMLButtonElement).textContent = 'Vent…' }}`, or a function of
 * the same file bound in markup (`on:click={start}`, `@click="go($event)"`, `(click)="go($event)"`,
 * `onclick="go(event)"`, Lit's `@click=${this.go}`) whose event's `target`/`currentTarget` gets a
 * text. Those texts are states of that element. (A handler added with `addEventListener` is
 * dom-text.ts's.)
 */
import { parse } from 'espree';
import type { Behaviour } from './behaviour.js';
import { DomText } from './dom-text.js';
import type { AttrView, ElementView, Node } from './adapters/types.js';
import { childNodes, dottedName, nodes, prop, unwrap } from './ast.js';

/** Handler attributes of a press (lower-case, as every adapter names them). */
const PRESS = /^on(?:click|press|tap|pointerup|pointerdown|mouseup|mousedown|touchend)$/;
const FUNCTIONS = new Set(['FunctionDeclaration', 'FunctionExpression', 'ArrowFunctionExpression']);
/** The event as markup passes it: Vue's and Angular's `$event`, the DOM's `event`. */
const EVENT_ARG = /^\$?event$/;
const TEXT_CALL = /([A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*)\s*\(([^()]{0,300})\)/g;
const MAX_NODES = 4000;
const MAX_HOPS = 2;

export type Write = NonNullable<ReturnType<typeof DomText.write>>;

/** A function and the name its event has in it; `self`: `this` is the element too (an HTML `onclick="…"`). */
interface Handler {
  fn: Node;
  event: string;
  self?: true;
}

/** HTML handler attributes parsed here: their code is the file's, where it is written. */
const inline = new WeakSet<Node>();

/**
 * The writes of the element's press handlers to the element itself, through their event; only
 * those written in the linted file (`inFile`: an Angular templateUrl's class is another file).
 */
export function handlerWrites(view: ElementView, behaviour: Behaviour, source: string, inFile: (program: Node) => boolean): Write[] {
  const out: Write[] = [];
  const seen = new Set<Node>();
  for (const a of view.attrs) {
    if (!PRESS.test(a.name) || !a.value) continue;
    const own = view.framework === 'html' ? inlineHandler(a, source) : undefined;
    if (own) collect(own, behaviour, out, seen, 0);
    for (const part of a.value.parts) {
      for (const h of handlersOf(part, behaviour, source)) collect(h, behaviour, out, seen, 0);
    }
  }
  return out.filter((w) => {
    const program = programOf(w.value);
    return inline.has(program) || inFile(program);
  });
}

/** `onclick="this.disabled = true; this.innerHTML = '…'"`: the attribute's code, parsed where it is written. */
function inlineHandler(a: AttrView, source: string): Handler | undefined {
  if (!a.value?.literal || source.slice(a.range[0], a.range[0] + 2).toLowerCase() !== 'on') return undefined;
  const [from, to] = a.value.range;
  let program: Node;
  try {
    program = parse(source.slice(from, to), { ecmaVersion: 'latest', sourceType: 'script', range: true }) as unknown as Node;
  } catch {
    return undefined;
  }
  const stack = [program];
  for (let count = 0; stack.length && count < MAX_NODES; count++) {
    const n = stack.pop() as Node;
    n.range = [n.range[0] + from, n.range[1] + from];
    for (const c of childNodes(n)) {
      c.parent = n;
      stack.push(c);
    }
  }
  inline.add(program);
  return { fn: program, event: 'event', self: true };
}

function programOf(node: Node): Node {
  let n = node;
  for (let i = 0; n.parent && i < 10_000; i++) n = n.parent;
  return n;
}

function handlersOf(part: string | Node, behaviour: Behaviour, source: string): Handler[] {
  if (typeof part === 'string') return textHandlers(part, behaviour);
  const n = unwrap(part);
  // A hole the adapter could not parse (a Svelte `{start}` in a TypeScript file): its source.
  if (n.type === 'UnknownExpression') {
    const text = source.slice(n.range[0], n.range[1]).replace(/^\{|\}$/g, '').trim();
    return /^[\w$.]+$/.test(text) ? named(text, 0, behaviour) : textHandlers(text, behaviour);
  }
  if (FUNCTIONS.has(n.type)) return param(n, 0);
  if (n.type === 'Identifier' || n.type === 'MemberExpression') return named(dottedName(n) ?? '', 0, behaviour);
  // Vue's `@click="go($event)"`, `@click="$event.target.textContent = '…'"`: statements of a handler.
  if (n.type === 'VOnExpression') {
    const calls = nodes(n, 'body').flatMap((s) => (s.type === 'ExpressionStatement' && prop(s, 'expression') ? handlersOf(prop(s, 'expression') as Node, behaviour, source) : []));
    return [{ fn: n, event: '$event' }, ...calls];
  }
  if (n.type === 'CallExpression') {
    const at = nodes(n, 'arguments').findIndex((arg) => arg.type === 'Identifier' && EVENT_ARG.test(String(arg['name'])));
    return at < 0 ? [] : named(dottedName(prop(n, 'callee')) ?? '', at, behaviour);
  }
  return [];
}

/** `go($event)`, `start(event)` in a handler written as text (Angular, HTML). */
function textHandlers(text: string, behaviour: Behaviour): Handler[] {
  const out: Handler[] = [];
  for (const m of text.matchAll(TEXT_CALL)) {
    const at = (m[2] ?? '').split(',').findIndex((arg) => EVENT_ARG.test(arg.trim()));
    if (at >= 0) out.push(...named(m[1] ?? '', at, behaviour));
  }
  return out;
}

function named(name: string, at: number, behaviour: Behaviour): Handler[] {
  const fn = name ? behaviour.functionNamed(name) : undefined;
  return fn ? param(fn, at) : [];
}

function param(fn: Node, at: number): Handler[] {
  const p = nodes(fn, 'params')[at];
  return p?.type === 'Identifier' ? [{ fn, event: String(p['name']) }] : [];
}

/** The event's element: `e.target`, `e.currentTarget`, a variable holding it; `this` in an HTML handler attribute. */
const isEventElement = (n: Node, h: Handler, aliases: Set<string>): boolean => {
  const event = h.event;
  const t = unwrap(n);
  if (t.type === 'ThisExpression') return !!h.self;
  if (t.type === 'Identifier') return aliases.has(String(t['name']));
  if (t.type !== 'MemberExpression' || t['computed']) return false;
  const name = prop(t, 'property')?.['name'];
  const object = prop(t, 'object');
  return (name === 'target' || name === 'currentTarget') && object?.type === 'Identifier' && object['name'] === event;
};

/** Writes through the event in the handler, and in functions it hands the event to (bounded). */
function collect(h: Handler, behaviour: Behaviour, out: Write[], seen: Set<Node>, hops: number): void {
  if (seen.has(h.fn)) return;
  seen.add(h.fn);
  const aliases = new Set<string>();
  const stack = [h.fn];
  for (let count = 0; stack.length && count < MAX_NODES; count++) {
    const n = stack.pop() as Node;
    // In source order: a variable holding the element is declared before it is written to.
    stack.push(...childNodes(n).reverse());
    if (n.type === 'VariableDeclarator' && prop(n, 'id')?.type === 'Identifier' && prop(n, 'init') && isEventElement(prop(n, 'init') as Node, h, aliases)) aliases.add(String(prop(n, 'id')?.['name']));
    const write = DomText.write(n);
    if (write && isEventElement(write.target, h, aliases)) out.push(write);
    // `onClick={(e) => start(e)}`: the function the event goes to.
    if (n.type === 'CallExpression' && hops < MAX_HOPS) {
      const at = nodes(n, 'arguments').findIndex((arg) => arg.type === 'Identifier' && arg['name'] === h.event);
      const fn = at >= 0 ? behaviour.functionNamed(dottedName(prop(n, 'callee')) ?? '') : undefined;
      for (const next of fn ? param(fn, at) : []) collect(next, behaviour, out, seen, hops + 1);
    }
  }
}
