/**
 * Click handlers added from script to an element of the same file's markup:
 * `document.getElementById('login').addEventListener('click', () => authorize({ acrValues: ... }))`,
 * `$('#login').on('click', go)`, `btn.onclick = go`. An element whose handler starts a MitID login
 * is a MitID call to action known by behaviour, as one with `onclick` in its markup. The code is
 * the file's own (a Vue, Angular or Lit file's script), or for an HTML or Svelte file the
 * `<script>` blocks of its markup, parsed here (the processor lints them as files of their own).
 */
import { parse } from 'espree';
import type { DefaultTreeAdapterMap } from 'parse5';
import { lineStarts, position } from './adapters/svelte-expressions.js';
import { parseTypeScript } from './adapters/svelte-typescript.js';
import { Behaviour } from './behaviour.js';
import type { Context, ElementView, Node } from './adapters/types.js';
import { childNodes, dottedName, nodes, prop, unwrap } from './ast.js';
import type { Resolver } from './resolve.js';

type P5Node = DefaultTreeAdapterMap['childNode'];

const LOOKUP = /(?:^|\.)(?:getElementById|querySelector|querySelectorAll|\$|jQuery)$/;
const CLICKS = new Set(['click', 'pointerup', 'pointerdown', 'mouseup', 'mousedown', 'touchend', 'tap']);
const JS_TYPES = /^(?:|module|text\/javascript|application\/javascript)$/i;
const MAX_NODES = 200_000;
const LISTENS = /addEventListener|\bonclick\s*=|\.on\s*\(|\.click\s*\(/;
const MAX_SCRIPT = 512 * 1024;

/** A simple selector's id and classes (`#login`, `button.btn-login`, the last compound of `.nav #x`). */
interface Target {
  id?: string;
  classes: string[];
}

function targetOf(selector: string, byId: boolean): Target | undefined {
  if (byId) return /^[\w-]+$/.test(selector) ? { id: selector, classes: [] } : undefined;
  const last = selector.trim().split(/[\s>+~]+/).pop() ?? '';
  if (/[[\]:(),*]/.test(last)) return undefined;
  const id = /#([\w-]+)/.exec(last)?.[1];
  const classes = [...last.matchAll(/\.([\w-]+)/g)].map((m) => m[1] as string);
  return id || classes.length ? { id, classes } : undefined;
}

const programsOf = new WeakMap<readonly P5Node[], Node[]>();

/**
 * `<script>` bodies of parsed markup, as programs with parent links, placed where they are written
 * in the file (a report on a script's node lands on its line); `lang="ts"` scripts through
 * TypeScript's parser when installed; scripts that do not parse are skipped. Parsed once per file.
 */
export function scriptPrograms(roots: readonly P5Node[]): Node[] {
  let programs = programsOf.get(roots);
  if (!programs) programsOf.set(roots, (programs = parseScripts(roots)));
  return programs;
}

function parseScripts(roots: readonly P5Node[]): Node[] {
  const out: Node[] = [];
  const stack = [...roots];
  while (stack.length) {
    const n = stack.pop() as P5Node & { tagName?: string; childNodes?: P5Node[]; attrs?: { name: string; value: string }[]; content?: { childNodes: P5Node[] } };
    if (n.content) stack.push(...n.content.childNodes);
    if (n.childNodes) stack.push(...n.childNodes);
    if (n.tagName !== 'script' || n.attrs?.some((a) => a.name === 'src') || !JS_TYPES.test(n.attrs?.find((a) => a.name === 'type')?.value ?? '')) continue;
    const text = (n.childNodes ?? []).map((c) => ('value' in c ? String(c.value) : '')).join('');
    if (!text.trim() || text.length > MAX_SCRIPT) continue;
    const program = javascript(text) ?? (/^(?:ts|typescript)$/i.test(n.attrs?.find((a) => a.name === 'lang')?.value ?? '') ? parseTypeScript(text) : undefined);
    // Not JavaScript this parser reads (a template language; TypeScript without its parser): its listeners stay unknown.
    if (!program) continue;
    const tag = (n as { sourceCodeLocation?: { startTag?: { endOffset: number; endLine: number; endCol: number } } }).sourceCodeLocation?.startTag;
    link(program, text, tag ?? { endOffset: 0, endLine: 1, endCol: 1 });
    out.push(program);
  }
  return out;
}

function javascript(text: string): Node | undefined {
  for (const sourceType of ['module', 'script'] as const) {
    try {
      return parse(text, { ecmaVersion: 'latest', sourceType, range: true }) as unknown as Node;
    } catch {
      // The next source type, or not JavaScript.
    }
  }
  return undefined;
}

/** Parent links, and ranges and lines of the file: the script starts where its start tag ends. */
function link(root: Node, text: string, at: { endOffset: number; endLine: number; endCol: number }): void {
  const starts = lineStarts(text);
  const place = (offset: number): { line: number; column: number } => {
    const p = position(starts, offset);
    return p.line === 1 ? { line: at.endLine, column: at.endCol - 1 + p.column } : { line: at.endLine + p.line - 1, column: p.column };
  };
  const stack = [root];
  for (let seen = 0; stack.length && seen < MAX_NODES; seen++) {
    const n = stack.pop() as Node;
    n.loc = { start: place(n.range[0]), end: place(n.range[1]) };
    n.range = [n.range[0] + at.endOffset, n.range[1] + at.endOffset];
    for (const c of childNodes(n)) {
      c.parent = n;
      stack.push(c);
    }
  }
}

export class Listeners {
  private targets?: Target[];

  constructor(
    private readonly context: Context,
    private readonly resolver: Resolver,
  ) {}

  /** Script adds a click handler that starts a MitID login to this element (found by its id or classes). */
  startsMitID(view: ElementView, staticAttr: (name: string) => string | undefined): boolean {
    this.targets ??= this.find();
    if (!this.targets.length) return false;
    const id = staticAttr('id');
    const classes = new Set((staticAttr('class') ?? '').split(/\s+/).filter(Boolean));
    return this.targets.some((t) => (t.id === undefined || t.id === id) && t.classes.every((c) => classes.has(c)));
  }

  private find(): Target[] {
    // Most files add no listener at all: no parse, no walk.
    if (!LISTENS.test(this.context.sourceCode.text)) return [];
    const services = this.context.sourceCode.parserServices as { mitidHtml?: { roots: P5Node[] } } | undefined;
    const programs = services?.mitidHtml ? scriptPrograms(services.mitidHtml.roots) : [this.context.sourceCode.ast as unknown as Node];
    return programs.flatMap((p) => this.listenersIn(p));
  }

  private listenersIn(program: Node): Target[] {
    const behaviour = new Behaviour(this.context, this.resolver, program);
    const inits = new Map<string, Node | null>();
    const found: { target: Node; handler: Node }[] = [];
    const stack = [program];
    for (let seen = 0; stack.length && seen < MAX_NODES; seen++) {
      const n = stack.pop() as Node;
      if (n.type === 'VariableDeclarator' && prop(n, 'id')?.type === 'Identifier') {
        const name = prop(n, 'id')?.['name'] as string;
        inits.set(name, inits.has(name) ? null : (prop(n, 'init') ?? null));
      }
      const listener = this.listener(n);
      if (listener) found.push(listener);
      stack.push(...childNodes(n));
    }
    const out: Target[] = [];
    for (const { target, handler } of found) {
      const t = this.lookup(target, inits, 0);
      if (t && behaviour.startsMitID(handler)) out.push(t);
    }
    return out;
  }

  /** `x.addEventListener('click', h)`, `$(x).on('click', h)`, `$(x).click(h)`, `x.onclick = h`. */
  private listener(n: Node): { target: Node; handler: Node } | undefined {
    if (n.type === 'AssignmentExpression') {
      const left = prop(n, 'left');
      const name = left?.type === 'MemberExpression' ? (prop(left, 'property')?.['name'] as string | undefined) : undefined;
      const handler = prop(n, 'right');
      return name === 'onclick' && left && handler ? { target: prop(left, 'object') as Node, handler } : undefined;
    }
    if (n.type !== 'CallExpression') return undefined;
    const callee = prop(n, 'callee');
    const method = callee?.type === 'MemberExpression' ? (prop(callee, 'property')?.['name'] as string | undefined) : undefined;
    const object = callee && prop(callee, 'object');
    const args = nodes(n, 'arguments');
    if (!method || !object) return undefined;
    if (method === 'click' && args.length === 1) return { target: object, handler: args[0] as Node };
    if (method !== 'addEventListener' && method !== 'on') return undefined;
    const event = args[0] && (this.resolver.strings(args[0]) ?? []);
    const handler = args[args.length - 1];
    return event?.some((e) => e.split(/\s+/).some((x) => CLICKS.has(x))) && handler && args.length >= 2 ? { target: object, handler } : undefined;
  }

  /** The element a target expression looks up: `getElementById('x')`, `querySelector('#x')`, `$('.x')`, a variable holding one. */
  private lookup(target: Node, inits: Map<string, Node | null>, depth: number): Target | undefined {
    const n = unwrap(target);
    if (depth > 3) return undefined;
    if (n.type === 'Identifier') {
      const init = inits.get(n['name'] as string);
      return init ? this.lookup(init, inits, depth + 1) : undefined;
    }
    if (n.type !== 'CallExpression') return undefined;
    const name = dottedName(prop(n, 'callee')) ?? '';
    const arg = nodes(n, 'arguments')[0];
    if (!LOOKUP.test(name) || !arg || arg.type !== 'Literal' || typeof arg['value'] !== 'string') return undefined;
    return targetOf(arg['value'], /getElementById$/.test(name));
  }
}
