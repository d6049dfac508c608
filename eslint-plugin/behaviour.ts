/**
 * What a click handler does, read from the same file: does it name MitID (`loginWithMitID`,
 * `(click)="mitid()"`) or start a MitID login (an authorize URL with MitID `acr_values`, a broker
 * SDK's `login(ACR_MITID)`, `signIn('mitid')`)? The core says which names and values mean MitID.
 */
import { asksForMitID, identifierNamesMitIDCta, MITID_ACR_PREFIX, namesLoginCall, navigatesToMitIDLogin } from 'mitid-ux-kit/core';
import type { Context, Node } from './adapters/types.js';
import { childNodes, dottedName, keyName, nodes, prop, unwrap } from './ast.js';
import type { Resolver } from './resolve.js';

/** Nodes looked at in one handler, functions followed from it: bounded work on any input. */
const MAX_NODES = 4000;
const MAX_HOPS = 3;
const FUNCTIONS = new Set(['FunctionDeclaration', 'FunctionExpression', 'ArrowFunctionExpression']);
const IDENT = /[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*/g;
/** A call in handler text, `callee(arguments)` (one level: handlers are short), and its quoted strings. */
const TEXT_CALL = /([A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*)\s*\(([^()]{0,500})\)/g;
const QUOTED = /(['"`])([^'"`]{0,200})\1/g;
/** String methods and comparisons test a value (`acr.startsWith('urn:grn:authn:dk:mitid')`): they start nothing. */
const TESTS = /(?:^|\.)(?:startsWith|endsWith|includes|indexOf|lastIndexOf|match|matchAll|test|replace|replaceAll|split|search|localeCompare|has|get)$/;
/** Where a handler navigates: `location.href =`, `location.assign()`, `window.open()`, a router's `push`/`navigate`. */
const NAVIGATION_TARGET = /(?:^|\.)location(?:\.href)?$/;
const NAVIGATION_CALL = /(?:^|\.)(?:location\.(?:assign|replace)|open|push|navigate|navigateTo|navigateByUrl|redirect|goto)$/;
const isOtherEid = (v: string): boolean => /^urn:grn:authn:/i.test(v) && !v.toLowerCase().startsWith(MITID_ACR_PREFIX);
const BRANCHES = new Set(['IfStatement', 'SwitchCase', 'ConditionalExpression', 'LogicalExpression']);
const TEXT_NAVIGATION = /\blocation(?:\.href)?\s*=\s*(['"`])([^'"`]{0,300})\1/g;
/** Where a MitID value is used, not tested: passed, assigned, returned, put in a list or an object. */
const USES = new Set(['Property', 'AssignmentExpression', 'VariableDeclarator', 'ArrayExpression', 'CallExpression', 'NewExpression', 'ReturnStatement', 'TemplateLiteral', 'AssignmentPattern']);

export class Behaviour {
  private index?: Map<string, Node>;
  private readonly answers = new WeakMap<Node, boolean>();

  constructor(
    private readonly context: Context,
    private readonly resolver: Resolver,
    /** The code whose functions handlers may call: the file's, or the `<script>` blocks of an HTML or Svelte file. */
    private readonly program: Node | Node[] = context.sourceCode.ast as unknown as Node,
  ) {}

  /** A handler value (an expression, or the text of an Angular/HTML handler) starts a MitID login. */
  startsMitID(handler: string | Node): boolean {
    if (typeof handler === 'string') return this.textStarts(handler);
    // A hole the adapter cannot parse (a Svelte `{handler}`): its source, read like an Angular handler.
    if (handler.type === 'UnknownExpression') return this.textStarts(this.context.sourceCode.text.slice(handler.range[0], handler.range[1]));
    let answer = this.answers.get(handler);
    if (answer === undefined) {
      answer = this.scan(handler, { nodes: 0, hops: 0, seen: new Set() });
      this.answers.set(handler, answer);
    }
    return answer;
  }

  /**
   * A handler written as text (`(click)="loginWithMitID()"`, `login('mitid')`): a name that names
   * MitID, a function of this file that starts a MitID login, or a login call given a MitID value.
   */
  private textStarts(text: string): boolean {
    // Names outside strings: `setMethod('mitid')` passes MitID as data, it names nothing.
    if ((text.replace(QUOTED, "''").match(IDENT) ?? []).some((name) => identifierNamesMitIDCta(name) || this.functionStarts(name))) return true;
    for (const m of text.matchAll(TEXT_NAVIGATION)) if (navigatesToMitIDLogin(m[2] ?? '')) return true;
    for (const call of text.matchAll(TEXT_CALL)) {
      if (NAVIGATION_CALL.test(call[1] ?? '') && [...(call[2] ?? '').matchAll(QUOTED)].some((q) => navigatesToMitIDLogin(q[2] ?? ''))) return true;
      const login = namesLoginCall(call[1] ?? '');
      if (!TESTS.test(call[1] ?? '') && [...(call[2] ?? '').matchAll(QUOTED)].some((q) => asksForMitID(q[2] ?? '', login))) return true;
    }
    return false;
  }

  private functionStarts(name: string): boolean {
    const fn = this.functionNamed(name);
    return !!fn && this.startsMitID(fn);
  }

  /** The function of this file (or of its `<script>` blocks) a handler names: `start`, `this.login`, `methods.go`. */
  functionNamed(name: string): Node | undefined {
    return this.functions().get(name.slice(name.lastIndexOf('.') + 1));
  }

  /** Walks an expression or function body: MitID-naming callees, login calls asking for MitID, MitID URNs/URLs. */
  private scan(root: Node, budget: { nodes: number; hops: number; seen: Set<Node> }): boolean {
    const stack: Node[] = [root];
    while (stack.length) {
      const n = unwrap(stack.pop() as Node);
      if (++budget.nodes > MAX_NODES) return false;
      // The handler itself by name (`loginWithMitID`); names passed as data (`remove(METHOD_MITID)`) say nothing.
      if (n === unwrap(root) && (n.type === 'Identifier' || n.type === 'MemberExpression')) {
        const name = dottedName(n);
        if (name && (identifierNamesMitIDCta(name) || this.follow(name, budget))) return true;
      }
      if (n.type === 'CallExpression' || n.type === 'NewExpression') {
        const callee = prop(n, 'callee');
        const name = (callee && dottedName(callee)) ?? '';
        if (identifierNamesMitIDCta(name)) return true;
        const login = namesLoginCall(name);
        if (!TESTS.test(name) && nodes(n, 'arguments').some((arg) => this.values(arg, 0).some((v) => asksForMitID(v, login)))) return true;
        if (name && this.follow(name, budget)) return true;
      }
      if (n.type === 'Literal' && typeof n['value'] === 'string' && this.used(n) && asksForMitID(n['value'], false)) return true;
      if (this.navigates(n, root)) return true;
      if (n.type === 'TemplateElement' && this.used(n.parent) && asksForMitID(String((n['value'] as { raw?: string } | undefined)?.raw ?? ''), false)) return true;
      stack.push(...childNodes(n));
    }
    return false;
  }

  /** `location.href = '/api/mitid/start'`, `window.location.assign(url)`, `router.push('/auth/mitid')`: a navigation to the MitID login. */
  private navigates(n: Node, root: Node): boolean {
    // In a branch (`if (provider === 'mitid') location.href = ...`) it is one of several destinations, chosen by data.
    for (let p = n.parent; p && p !== root; p = p.parent) if (BRANCHES.has(p.type)) return false;
    let target: Node | undefined;
    if (n.type === 'AssignmentExpression' && NAVIGATION_TARGET.test(dottedName(prop(n, 'left')) ?? '')) target = prop(n, 'right');
    else if (n.type === 'CallExpression' && NAVIGATION_CALL.test(dottedName(prop(n, 'callee')) ?? '')) target = nodes(n, 'arguments')[0];
    return !!target && this.values(target, 0).some(navigatesToMitIDLogin);
  }

  /** A value that is used (passed, assigned, returned), not compared or tested with a string method. */
  private used(n: Node | undefined): boolean {
    const parent = n?.parent;
    if (!parent || !USES.has(parent.type)) return false;
    if (parent.type === 'ArrayExpression') return !nodes(parent, 'elements').some((e) => e.type === 'Literal' && typeof e['value'] === 'string' && isOtherEid(e['value']));
    if (parent.type !== 'CallExpression' && parent.type !== 'NewExpression') return true;
    const callee = prop(parent, 'callee');
    return !TESTS.test((callee && dottedName(callee)) ?? (callee?.type === 'MemberExpression' ? `x.${String(prop(callee, 'property')?.['name'])}` : ''));
  }

  /** Follows a called or referenced name to a function of this file. */
  private follow(name: string, budget: { nodes: number; hops: number; seen: Set<Node> }): boolean {
    if (budget.hops >= MAX_HOPS) return false;
    const fn = this.functions().get(name.slice(name.lastIndexOf('.') + 1));
    if (!fn || budget.seen.has(fn)) return false;
    budget.seen.add(fn);
    budget.hops++;
    try {
      return this.scan(fn, budget);
    } finally {
      budget.hops--;
    }
  }

  /** Static strings an argument can be, object properties included (`{ acr_values: ACR_MITID }`). */
  private values(arg: Node, depth: number): string[] {
    const n = unwrap(arg);
    if (n.type === 'ObjectExpression' && depth < 3) {
      return nodes(n, 'properties').flatMap((p) => {
        const v = prop(p, 'value');
        return v ? this.values(v, depth + 1) : [];
      });
    }
    if (n.type === 'ArrayExpression' && depth < 3) {
      const all = nodes(n, 'elements').flatMap((e) => this.values(e, depth + 1));
      // A list that offers other eIDs too (`[ACR_MITID, 'urn:grn:authn:se:bankid:...']`) lets the user choose: no MitID login by itself.
      return all.some(isOtherEid) ? all.filter((v) => !v.toLowerCase().startsWith(MITID_ACR_PREFIX)) : all;
    }
    if (FUNCTIONS.has(n.type)) return [];
    return this.resolver.text(n).flatMap((v) => v.segments.filter(Boolean));
  }

  /**
   * Functions of the file by name: declarations, `const f = () => {}`, class methods and fields,
   * object methods (Vue's `methods: {}`), so `this.login`, `login` and a template's `login()` resolve.
   */
  private functions(): Map<string, Node> {
    if (this.index) return this.index;
    const index = new Map<string, Node>();
    const add = (name: string | undefined, fn: Node | undefined): void => {
      if (name && fn && FUNCTIONS.has(fn.type) && !index.has(name)) index.set(name, fn);
    };
    const stack: Node[] = ([] as Node[]).concat(this.program);
    for (let seen = 0; stack.length && seen < 200_000; seen++) {
      const n = stack.pop() as Node;
      if (n.type === 'FunctionDeclaration') add(prop(n, 'id')?.['name'] as string | undefined, n);
      else if (n.type === 'VariableDeclarator' && prop(n, 'id')?.type === 'Identifier') add(prop(n, 'id')?.['name'] as string, prop(n, 'init') && unwrap(prop(n, 'init') as Node));
      else if (n.type === 'MethodDefinition' || n.type === 'PropertyDefinition' || n.type === 'Property') add(keyName(n), prop(n, 'value') && unwrap(prop(n, 'value') as Node));
      stack.push(...childNodes(n));
    }
    this.index = index;
    return index;
  }
}
