/**
 * What text can an expression render? Every branch of conditional and logical expressions,
 * template literals, `+`, constants declared in the same file (and their object members),
 * translation calls looked up in the catalogs, and markup nested in expressions.
 */
import type { Scope } from 'eslint';
import { dirname, resolve as resolvePath } from 'node:path';
import { identifierNamesMitIDCta } from 'mitid-ux-kit/core';
import type { Context, Node } from './adapters/types.js';
import { childNodes, dottedName, nodes, objectProperty, prop, unwrap } from './ast.js';
import { destructuredPropDefault, propsObject } from './adapters/prop-defaults.js';
import { readRegular, type Catalogs } from './catalogs.js';
import { branchesOf, conditionOf } from './conditions.js';
import { importedValue } from './imports.js';
import { litDirective } from './adapters/lit.js';
import { bindingOf, componentData, itemsIn, MAX_ITEMS, mayBeMitID, valueFor, type Binding, type Item, type Loop } from './lists.js';
import { classState, stateValue, topLevelState, vueState } from './states.js';
import { concat, either, known, markEmpty, MAX_VARIANTS, sameItem, tagged, UNKNOWN, type Variant } from './variants.js';

export interface ResolverHost {
  context: Context;
  catalogs: Catalogs | undefined;
  translationFunctions: ReadonlySet<string>;
  /** Custom translate helpers by name: where the key is (`{ property: 'label' }`), and whether it is the source text. */
  translationHelpers?: ReadonlyMap<string, TranslationHelper>;
  /** Text of markup inside an expression (a JSX element, a Lit template); undefined if none. */
  markupText(node: Node): Variant[] | undefined;
  /** What a name of the markup holds in its component's script, when that is no part of the AST (a Svelte `<script>`). */
  scriptValue?(name: string): Node | undefined;
}

export interface TranslationHelper {
  /** The key is this property of the first argument (`Translate({ context, label })`). */
  property?: string;
  /** The key is the source text itself (gettext's `__('Log ind med MitID')`): shown when no catalog has it. */
  text?: boolean;
}

const MAX_DEPTH = 12;
/** `auth.mitid`, `login:cta`, `LOGIN_MITID`: a message key, never a sentence shown as it is. */
const KEY_SHAPED = /^(?:[\w$-]+(?:[.:][\w$-]+)+|[A-Z0-9_]+)$/;
const FUNCTIONS = new Set(['FunctionDeclaration', 'FunctionExpression', 'ArrowFunctionExpression']);
/** Statements looked at for a function's `return`s: bounded work on any body. */
const MAX_STATEMENTS = 400;

/** The values a block returns (undefined for a bare `return;`), not looking into nested functions; undefined when too big. */
export function returnValues(body: Node): (Node | undefined)[] | undefined {
  const out: (Node | undefined)[] = [];
  const stack: Node[] = [body];
  for (let seen = 0; stack.length; seen++) {
    if (seen > MAX_STATEMENTS) return undefined;
    const n = stack.pop() as Node;
    if (n.type === 'ReturnStatement') out.push(prop(n, 'argument'));
    else if (!FUNCTIONS.has(n.type) && !n.type.endsWith('Expression')) {
      stack.push(...childNodes(n));
    }
  }
  return out;
}
const MARKUP = new Set(['JSXElement', 'JSXFragment', 'TaggedTemplateExpression']);
/** Items read one at a time in one file (nested lists multiply): beyond this, a list's texts are unknown. */
const MAX_ITEM_READS = 4000;
/** Lists inside lists read (`groups.map((g) => g.methods.map(…))`): deeper ones are unknown. */
const MAX_NESTING = 48;
/** Nodes of an expression looked at for a list's name: bounded work on any input. */
const MAX_SCAN = 64;
/** A name of a template the component does not know (Angular's `m` of `*ngFor`), kept by its name. */
const isNamed = (n: Node): boolean => n.type === 'Identifier' || (n.type === 'UnknownExpression' && typeof n['name'] === 'string');
/** Property values taken from one dictionary indexed by an unknown key (`texts[lang]`). */
const MAX_ENTRIES = 16;
const jsonFiles = new Map<string, unknown>();

/** A JSON file imported by the linted file, parsed once per process; undefined when unreadable. */
function readJson(path: string): unknown {
  if (!jsonFiles.has(path)) {
    let value: unknown;
    try {
      // As a catalog is read: a regular file of bounded size, by its byte-order mark.
      const { text } = readRegular(path);
      value = text === undefined ? undefined : JSON.parse(text);
    } catch {
      value = undefined;
    }
    jsonFiles.set(path, value);
  }
  return jsonFiles.get(path);
}
const CASE_METHODS: Record<string, (s: string) => string> = {
  toUpperCase: (s) => s.toUpperCase(),
  toLowerCase: (s) => s.toLowerCase(),
  trim: (s) => s.trim(),
};

/**
 * A parameter with a default (`({ label = 'Log ind med MitID' }) =>`, `(text = '…')`): the default
 * or what a caller passes, as `label ?? 'Log ind med MitID'` would read; undefined without one.
 */
function parameterDefault(name: Node): Node | undefined {
  const pattern = name.parent;
  const value = pattern?.type === 'AssignmentPattern' && prop(pattern, 'left') === name ? prop(pattern, 'right') : undefined;
  if (!value) return undefined;
  return { type: 'LogicalExpression', operator: '??', left: { type: 'UnknownExpression', range: name.range, loc: name.loc }, right: value, range: pattern?.range ?? name.range, loc: pattern?.loc ?? name.loc };
}

export class Resolver {
  private depth = 0;
  private readonly topLevel = new Map<string, Node>();
  private indexed = false;
  private readonly calling = new Set<Node>();
  /** The item each list's name stands for while a text is read once per item (lists.ts). */
  private readonly bound = new Map<object, Item>();
  private itemReads = 0;
  private nesting = 0;

  constructor(private readonly host: ResolverHost) {}

  /** Text variants of an expression; UNKNOWN where it cannot be known statically. */
  text(node: Node): Variant[] {
    if (this.depth > MAX_DEPTH) return [UNKNOWN];
    this.depth++;
    try {
      const n = unwrap(node);
      // A text that reads an item of a list (`m.label`, `t(m.key)`): read once per item, each variant tagged with its item.
      const loop = this.unboundLoop(n);
      if (!loop) return this.resolve(n);
      const out: Variant[] = [];
      const read = this.eachItem(loop, (item) => {
        for (const v of this.resolve(n)) if (!v.items?.some((i) => i.loop.key === item.loop.key && !sameItem(i, item))) out.push(tagged(v, item));
        return out.length <= MAX_VARIANTS;
      });
      return read && out.length ? out : [UNKNOWN];
    } finally {
      this.depth--;
    }
  }

  /** A list's item is being read: markup met now is one item's instance (not to be kept for the element). */
  get readingItem(): boolean {
    return this.bound.size > 0;
  }

  private binding(n: Node): Binding | undefined {
    return isNamed(n) ? bindingOf(n, this.host.context) : undefined;
  }

  /** A list whose name the expression reads where text comes from (not a condition, not inside markup or functions), no item bound yet. */
  private unboundLoop(root: Node): Loop | undefined {
    const stack: Node[] = [root];
    for (let seen = 0; stack.length && seen < MAX_SCAN; seen++) {
      const n = stack.pop() as Node;
      if (isNamed(n)) {
        const b = this.binding(n);
        if (b && !this.bound.has(b.loop.key)) return b.loop;
      } else if (n.type === 'MemberExpression') {
        stack.push(...[prop(n, 'object'), n['computed'] ? prop(n, 'property') : undefined].filter((c): c is Node => !!c));
      } else if (n.type === 'ConditionalExpression') {
        stack.push(...[prop(n, 'consequent'), prop(n, 'alternate')].filter((c): c is Node => !!c));
      } else if (n.type === 'LogicalExpression' && n['operator'] === '&&') {
        const right = prop(n, 'right');
        if (right) stack.push(right);
      } else if (n.type === 'Property') {
        stack.push(...[n['computed'] ? prop(n, 'key') : undefined, prop(n, 'value')].filter((c): c is Node => !!c));
      } else if (!MARKUP.has(n.type) && !FUNCTIONS.has(n.type)) {
        stack.push(...childNodes(n));
      }
    }
    return undefined;
  }

  /** The items of the lists an expression names anywhere, functions included (a handler's `login(m.acr)`). */
  itemsNamed(root: Node): Item[] {
    const loops = new Map<object, Loop>();
    const stack: Node[] = [root];
    for (let seen = 0; stack.length && seen < 500; seen++) {
      const n = stack.pop() as Node;
      const b = this.binding(n);
      if (b) loops.set(b.loop.key, b.loop);
      else if (n.type === 'MemberExpression' && !n['computed']) stack.push(...[prop(n, 'object')].filter((c): c is Node => !!c));
      else stack.push(...childNodes(n));
    }
    return [...loops.values()].flatMap((l) => this.items(l) ?? []);
  }

  /** Calls `read` once per item of the loop, the item bound; false when the items cannot be known, too many, or `read` says stop. */
  private eachItem(loop: Loop, read: (item: Item) => boolean): boolean {
    const items = this.items(loop);
    if (!items) return false;
    for (const item of items) {
      if (++this.itemReads > MAX_ITEM_READS) return false;
      this.bound.set(loop.key, item);
      try {
        if (!read(item)) return false;
      } finally {
        this.bound.delete(loop.key);
      }
    }
    return true;
  }

  /** The items of a loop's list (through constants, members, an outer loop's item); undefined when unknown or more than MAX_ITEMS. */
  private items(loop: Loop): Item[] | undefined {
    if (this.nesting >= MAX_NESTING) return undefined;
    this.nesting++;
    try {
      return this.readItems(loop);
    } finally {
      this.nesting--;
    }
  }

  private readItems(loop: Loop): Item[] | undefined {
    const out: Item[] = [];
    for (const c of this.collections(loop.list, 0)) {
      const items = itemsIn(c, loop);
      if (!items) return undefined;
      out.push(...items);
    }
    const read = mayBeMitID(out, this.host.context.sourceCode.text);
    return read?.length ? read : undefined;
  }

  /** The array and object literals an expression can stand for. */
  private collections(node: Node, depth: number): Node[] {
    // A framework's state (states.ts) is read for its texts, not as a list: its items are unknown.
    if (node['state']) return [];
    const n = unwrap(node);
    if (n.type === 'ArrayExpression' || n.type === 'ObjectExpression') return [n];
    if (depth > MAX_DEPTH) return [];
    const loop = this.unboundLoop(n);
    if (loop) {
      const out: Node[] = [];
      const read = this.eachItem(loop, () => out.push(...this.collections(n, depth + 1)) <= MAX_ITEMS);
      return read ? out : [];
    }
    if (isNamed(n)) {
      // A Vue template's list may be its component's `data()` (its first value, when the component gives it others).
      const found = this.definition(n);
      const d = (found?.['state'] ? undefined : found) ?? (n.type === 'Identifier' ? componentData(String(n['name']), this.host.context) : undefined);
      return d ? this.collections(d, depth + 1) : [];
    }
    return n.type === 'MemberExpression' ? this.entries(n).flatMap((v) => this.collections(v, depth + 1)) : [];
  }

  /** The static strings an expression can be (keys, URLs); undefined when any is unknown. */
  strings(node: Node): string[] | undefined {
    const out: string[] = [];
    for (const v of this.text(node)) {
      if (v.segments.length !== 1) return undefined;
      out.push(v.segments[0] ?? '');
    }
    return out;
  }

  private resolve(n: Node): Variant[] {
    switch (n.type) {
      case 'Literal': {
        const value = n['value'];
        // No raw text: a string written in another file (an Angular class read for its `templateUrl`), nothing here to rewrite.
        if (typeof value === 'string') return [typeof n['raw'] === 'string' ? known(value, { range: n.range, quote: n['raw'][0] ?? '"' }) : known(value)];
        if (typeof value === 'number') return [known(String(value))];
        if (value === null || typeof value === 'boolean') return [known('')];
        return [UNKNOWN];
      }
      case 'TemplateLiteral':
        return this.template(n);
      case 'TaggedTemplateExpression': {
        const markup = this.host.markupText(n);
        if (markup) return markup;
        // lit-localize's str`...` and similar tags keep the text.
        const quasi = prop(n, 'quasi');
        return dottedName(prop(n, 'tag')) === 'str' && quasi ? this.template(quasi) : [UNKNOWN];
      }
      case 'ConditionalExpression':
        // Each branch shows under its test (conditions.ts): `busy ? a : null` beside `!busy ? b : null` is one choice.
        return either(...branchesOf(conditionOf(prop(n, 'test')), [this.branch(n, 'consequent'), this.branch(n, 'alternate')]));
      case 'LogicalExpression': {
        // `a && b` renders nothing or b; `a || b` and `a ?? b` render a or b.
        const right = this.branch(n, 'right');
        const test = n['operator'] === '??' ? undefined : conditionOf(prop(n, 'left'));
        return n['operator'] === '&&' ? either(...branchesOf(test, [right, [known('')]])) : either(...branchesOf(test, [this.branch(n, 'left'), right]));
      }
      case 'BinaryExpression':
        return n['operator'] === '+' ? concat([this.branch(n, 'left'), this.branch(n, 'right')]) : [UNKNOWN];
      case 'Identifier':
        if (n['name'] === 'undefined') return [known('')];
        return this.constant(n);
      case 'MemberExpression':
        return this.member(n);
      case 'CallExpression':
        return this.call(n);
      case 'JSXElement':
      case 'JSXFragment':
        return this.host.markupText(n) ?? [UNKNOWN];
      case 'JSXEmptyExpression':
        return [known('')];
      case 'UnknownExpression':
        return n['name'] === undefined ? [UNKNOWN] : this.constant(n);
      default:
        return [UNKNOWN];
    }
  }

  private branch(n: Node, key: string): Variant[] {
    const child = prop(n, key);
    if (!child) return [UNKNOWN];
    const text = this.text(child);
    // A branch of markup without text (a spinner) is a state that shows none; `null` is not.
    return n.type !== 'BinaryExpression' && MARKUP.has(unwrap(child).type) ? markEmpty(text) : text;
  }

  private template(n: Node): Variant[] {
    const quasis = nodes(n, 'quasis');
    const expressions = nodes(n, 'expressions');
    if (expressions.length === 0 && quasis.length === 1) {
      const value = quasis[0]?.['value'] as { cooked?: string | null; raw: string } | undefined;
      return [known(value?.cooked ?? value?.raw ?? '', { range: n.range, quote: '`' })];
    }
    const parts: Variant[][] = [];
    quasis.forEach((q, i) => {
      const value = q['value'] as { cooked?: string | null; raw: string };
      parts.push([known(value.cooked ?? value.raw)]);
      const e = expressions[i];
      if (e) parts.push(this.text(e));
    });
    return concat(parts);
  }

  /** A `const` in scope (or, from a Vue template, at the top level of the file). */
  private definition(id: Node): Node | undefined {
    const name = id['name'] as string;
    const binding = this.binding(id);
    if (binding) {
      const item = this.bound.get(binding.loop.key);
      return item && valueFor(item, binding);
    }
    if (id.type !== 'Identifier') return undefined;
    let scope: Scope.Scope | null;
    try {
      scope = this.host.context.sourceCode.getScope(id as never);
    } catch {
      scope = null;
    }
    for (let s = scope; s; s = s.upper) {
      const variable = s.set.get(name);
      if (!variable) continue;
      const def = variable.defs[0];
      if (variable.defs.length === 1 && def?.type === 'Parameter') return parameterDefault(def.name as unknown as Node);
      if (variable.defs.length === 1 && def?.type === 'ImportBinding') return importedValue(this.host.context, def.node as unknown as Node, def.parent as unknown as Node, id);
      // `label` of `const [label, setLabel] = useState('…')`: every value the component gives it (states.ts).
      const state = stateValue(variable, s);
      if (state) return state;
      if (variable.defs.length !== 1 || def?.type !== 'Variable' || def.parent.kind !== 'const') return undefined;
      const declarator = def.node as unknown as Node;
      // A destructured name is no value of the whole init; from the props (defineProps, Astro.props) it is the prop's default.
      if (prop(declarator, 'id')?.type !== 'Identifier') return destructuredPropDefault(declarator, name);
      return prop(declarator, 'init');
    }
    return this.topLevelConst(name, id);
  }

  private topLevelConst(name: string, at: Node): Node | undefined {
    if (!this.indexed) {
      this.indexed = true;
      for (let statement of nodes(this.host.context.sourceCode.ast as unknown as Node, 'body')) {
        if (statement.type === 'ExportNamedDeclaration') statement = prop(statement, 'declaration') ?? statement;
        if (statement.type !== 'VariableDeclaration' || statement['kind'] !== 'const') continue;
        for (const d of nodes(statement, 'declarations')) {
          const id = prop(d, 'id');
          const init = prop(d, 'init');
          if (id?.type === 'Identifier' && init) this.topLevel.set(id['name'] as string, init);
        }
      }
    }
    return topLevelState(name, this.host.context) ?? this.topLevel.get(name) ?? this.host.scriptValue?.(name) ?? this.topLevelImport(name, at) ?? vueState(name, this.host.context);
  }

  /** A name of the file's imports, for templates the linter's scope cannot see into (Vue's `<template>`). */
  private topLevelImport(name: string, at: Node): Node | undefined {
    for (const statement of nodes(this.host.context.sourceCode.ast as unknown as Node, 'body')) {
      if (statement.type !== 'ImportDeclaration') continue;
      const specifier = nodes(statement, 'specifiers').find((s) => prop(s, 'local')?.['name'] === name);
      if (specifier) return importedValue(this.host.context, specifier, statement, at);
    }
    return undefined;
  }

  private constant(id: Node): Variant[] {
    const init = this.definition(id);
    return init ? this.text(init) : [UNKNOWN];
  }

  /** The expression a name stands for (a `const` in scope or of the file), for readers of values that are no text (lists, calls). */
  valueOf(node: Node): Node | undefined {
    const n = unwrap(node);
    return isNamed(n) ? this.definition(n) : undefined;
  }

  /** The object literal an expression stands for (through constants and members). */
  object(node: Node | undefined): Node | undefined {
    const all = this.objects(node);
    return all.length === 1 ? all[0] : undefined;
  }

  /**
   * The object literals an expression can stand for: one, or each entry of a dictionary indexed by
   * a key the linter cannot know (`texts[lang]` in `const texts = { da: {...}, en: {...} }`).
   */
  private objects(node: Node | undefined): Node[] {
    if (!node || this.depth > MAX_DEPTH) return [];
    const n = unwrap(node);
    if (n.type === 'ObjectExpression') return [n];
    // `props.label` of `const props = withDefaults(defineProps…(), {…})`: the defaults.
    const props = n.type === 'CallExpression' ? propsObject(n) : undefined;
    if (props) return [props];
    this.depth++;
    try {
      if (isNamed(n)) return this.objects(this.definition(n));
      // react-intl's defineMessages({...}) / defineMessage({...}) return their argument.
      if (n.type === 'CallExpression' && /^(?:defineMessages|defineMessage)$/.test(dottedName(prop(n, 'callee')) ?? '')) return this.objects(nodes(n, 'arguments')[0]);
      if (n.type === 'MemberExpression') return this.entries(n).flatMap((v) => this.objects(v));
      return [];
    } finally {
      this.depth--;
    }
  }

  /** The values a member can be: the named property, or every entry when the key is unknown. */
  private entries(n: Node): Node[] {
    const name = this.memberName(n);
    const owners = this.objects(prop(n, 'object'));
    if (name !== undefined) return owners.map((o) => objectProperty(o, name)).filter((v): v is Node => !!v);
    if (!n['computed']) return [];
    const values = owners.flatMap((o) => nodes(o, 'properties').filter((p) => p.type === 'Property').map((p) => prop(p, 'value')).filter((v): v is Node => !!v));
    return values.length <= MAX_ENTRIES ? values : [];
  }

  private memberName(n: Node): string | undefined {
    const property = prop(n, 'property');
    if (!property) return undefined;
    if (!n['computed'] && property.type === 'Identifier') return property['name'] as string;
    const names = n['computed'] ? this.strings(property) : undefined;
    return names?.length === 1 ? names[0] : undefined;
  }

  private member(n: Node): Variant[] {
    // `label.value` of a ref or signal (states.ts): the state it holds.
    const object = prop(n, 'object');
    const held = object?.type === 'Identifier' && this.memberName(n) === 'value' ? this.definition(object) : undefined;
    if (held?.['state'] === 'ref') return this.text(held);
    // `this.state.label` of a class component: every value its setState calls give.
    const name = object && dottedName(object) === 'this.state' ? this.memberName(n) : undefined;
    const given = name === undefined ? undefined : classState(n, name);
    if (given) return this.text(given);
    const values = this.entries(n);
    if (values.length > 0) return either(...values.map((v) => this.text(v)));
    const json = this.jsonMember(n);
    if (json) return json;
    // An imported dictionary (`t.login.mitid`): unknown text, but its path says what it is, like a message key.
    const path = dottedName(n);
    return path?.includes('.') && identifierNamesMitIDCta(path) ? [{ ...UNKNOWN, translation: { lang: '', key: path, node: n } }] : [UNKNOWN];
  }

  /** `da.login.mitid` where `da` is a JSON file imported by this file: the text in that file. */
  private jsonMember(n: Node): Variant[] | undefined {
    const path: string[] = [];
    let root: Node = n;
    while (root.type === 'MemberExpression') {
      const name = this.memberName(root);
      if (name === undefined) return undefined;
      path.unshift(name);
      root = unwrap(prop(root, 'object') ?? root);
    }
    const file = root.type === 'Identifier' ? this.jsonImport(root) : undefined;
    let value = file ? readJson(file) : undefined;
    for (const key of path) value = value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
    return typeof value === 'string' ? [{ segments: [value], translation: { lang: file?.replace(/^.*[\\/]/, '') ?? '', key: path.join('.'), node: n } }] : undefined;
  }

  /** The path of the JSON file a name is imported from (`import da from './locales/da.json'`). */
  private jsonImport(id: Node): string | undefined {
    const body = nodes(this.host.context.sourceCode.ast as unknown as Node, 'body');
    for (const s of body) {
      const source = s.type === 'ImportDeclaration' ? String(prop(s, 'source')?.['value'] ?? '') : '';
      if (!/^\.{1,2}\/.*\.json$/.test(source)) continue;
      if (nodes(s, 'specifiers').some((spec) => spec.type !== 'ImportSpecifier' && prop(spec, 'local')?.['name'] === id['name'])) {
        return resolvePath(dirname(this.host.context.filename), source);
      }
    }
    return undefined;
  }

  private call(n: Node): Variant[] {
    const callee = prop(n, 'callee');
    const args = nodes(n, 'arguments');
    if (callee?.type === 'MemberExpression' && !callee['computed'] && args.length === 0) {
      const caseMethod = CASE_METHODS[String(prop(callee, 'property')?.['name'])];
      const object = prop(callee, 'object');
      if (caseMethod && object) return this.text(object).map((v) => ({ segments: v.segments.map(caseMethod), ...(v.items ? { items: v.items } : {}) }));
    }
    const name = dottedName(callee);
    if (name === undefined) return [UNKNOWN];
    // lit-localize: msg('text') and msg(str`...`) render their argument.
    if (name === 'msg' && args[0]) return this.text(args[0]);
    const helper = this.host.translationHelpers?.get(name);
    if (helper && args[0]) return this.helperMessage(n, args[0], helper);
    if (this.host.translationFunctions.has(name) && args[0]) return this.translation(n, args[0]);
    // Lit's when() and choose(): each case's template a branch, a missing case none.
    const directive = litDirective(n, this.host.context.sourceCode.ast as unknown as Node);
    if (directive) return either(...branchesOf(conditionOf(directive.test), directive.cases.map((c) => (!c ? [known('')] : FUNCTIONS.has(unwrap(c).type) ? (this.returnedBy(unwrap(c)) ?? [UNKNOWN]) : this.text(c)))));
    return (callee?.type === 'Identifier' && (this.returned(callee) ?? this.signal(callee, args))) || [UNKNOWN];
  }

  /** Solid's signal read by calling its getter (`label()` of `createSignal('…')`): the state it holds (states.ts). */
  private signal(callee: Node, args: Node[]): Variant[] | undefined {
    const state = args.length === 0 ? this.definition(callee) : undefined;
    return state?.['state'] ? this.text(state) : undefined;
  }

  /**
   * A function of this file called for its text (`<button>{buttonText()}</button>`): every value
   * it can return, a branch of markup without text (a spinner) marked as a state with none.
   */
  private returned(callee: Node): Variant[] | undefined {
    return this.returnedBy(this.functionOf(callee));
  }

  private returnedBy(fn: Node | undefined): Variant[] | undefined {
    const body = fn && prop(fn, 'body');
    // A function calling itself (or its caller) is read once: unknown inside, never exponential.
    if (!fn || !body || this.calling.has(fn)) return undefined;
    const values = body.type === 'BlockStatement' ? returnValues(body) : [body];
    if (!values || values.length === 0) return undefined;
    this.calling.add(fn);
    try {
      return either(...values.map((v) => (v ? (MARKUP.has(unwrap(v).type) ? markEmpty(this.text(v)) : this.text(v)) : [known('')])));
    } finally {
      this.calling.delete(fn);
    }
  }

  /** The function a name stands for: a declaration, or a `const` arrow or function expression. */
  private functionOf(id: Node): Node | undefined {
    let scope: Scope.Scope | null;
    try {
      scope = this.host.context.sourceCode.getScope(id as never);
    } catch {
      return undefined;
    }
    for (let s: Scope.Scope | null = scope; s; s = s.upper) {
      const variable = s.set.get(id['name'] as string);
      if (!variable) continue;
      const def = variable.defs[0];
      if (variable.defs.length !== 1 || !def) return undefined;
      if (def.type === 'FunctionName') return def.node as unknown as Node;
      const init = def.type === 'Variable' && def.parent.kind === 'const' ? ((def.node as unknown as Node)['init'] as Node | undefined) : undefined;
      return init && FUNCTIONS.has(unwrap(init).type) ? unwrap(init) : undefined;
    }
    return undefined;
  }

  /** A custom translate helper's message: its key where the settings say; the key's own text when it is the source text. */
  private helperMessage(call: Node, arg: Node, helper: TranslationHelper): Variant[] {
    const keyNode = helper.property ? objectProperty(this.object(arg) ?? arg, helper.property) : arg;
    if (!keyNode) return [UNKNOWN];
    const keys = this.strings(keyNode);
    if (!keys) return [UNKNOWN];
    // `__('auth.mitid')` (Laravel's helpers share the name) is a key, not the text shown.
    const sourceText = helper.text && !keys.every((k) => KEY_SHAPED.test(k));
    return this.message(keys, call, sourceText ? this.text(keyNode) : undefined);
  }

  /** A message: its text in each catalog language, or its default message, or unknown. */
  translation(call: Node, arg: Node): Variant[] {
    let idNode: Node | undefined = arg;
    let fallback: Node | undefined;
    const descriptor = this.object(arg);
    if (descriptor) {
      idNode = objectProperty(descriptor, 'id');
      fallback = objectProperty(descriptor, 'defaultMessage');
    }
    const written = idNode ? this.strings(idNode) : undefined;
    if (!written) return fallback ? this.text(fallback) : [UNKNOWN];
    // A namespaced translate function: the key with its namespace when a catalog has it so, else as written.
    const prefix = this.keyPrefix(call);
    const keys = prefix ? written.map((k) => (this.host.catalogs?.lookup(prefix(k)).length ? prefix(k) : k)) : written;
    return this.message(keys, call, fallback && this.text(fallback));
  }

  /**
   * The namespace a translate function is bound to: next-intl's `useTranslations('Login')` and
   * `await getTranslations('Login')` (`Login.cta`), i18next's `useTranslation('auth', { keyPrefix: 'login' })`
   * (`auth:login.cta`). Undefined for a translate function bound to none.
   */
  private keyPrefix(call: Node): ((key: string) => string) | undefined {
    const callee = prop(call, 'callee');
    if (callee?.type !== 'Identifier') return undefined;
    let scope: Scope.Scope | null;
    try {
      scope = this.host.context.sourceCode.getScope(callee as never);
    } catch {
      return undefined;
    }
    let init: Node | undefined;
    for (let s: Scope.Scope | null = scope; s; s = s.upper) {
      const variable = s.set.get(String(callee['name']));
      if (!variable) continue;
      const def = variable.defs[0];
      if (def?.type === 'Variable') init = (def.node as unknown as Node)['init'] as Node | undefined;
      break;
    }
    let factory = init && unwrap(init);
    if (factory?.type === 'AwaitExpression') factory = prop(factory, 'argument') && unwrap(prop(factory, 'argument') as Node);
    if (factory?.type !== 'CallExpression') return undefined;
    const name = dottedName(prop(factory, 'callee'));
    const [first, options] = nodes(factory, 'arguments');
    const namespaceNode = first?.type === 'ObjectExpression' ? objectProperty(first, 'namespace') : first?.type === 'ArrayExpression' ? nodes(first, 'elements')[0] : first;
    const namespace = namespaceNode ? this.strings(namespaceNode)?.[0] : undefined;
    if (name === 'useTranslations' || name === 'getTranslations') return namespace ? (k) => `${namespace}.${k}` : undefined;
    if (name !== 'useTranslation') return undefined;
    const keyPrefix = options?.type === 'ObjectExpression' ? this.strings(objectProperty(options, 'keyPrefix') as Node)?.[0] : undefined;
    if (!namespace && !keyPrefix) return undefined;
    return (k) => (k.includes(':') ? k : `${namespace ? `${namespace}:` : ''}${keyPrefix ? `${keyPrefix}.` : ''}${k}`);
  }

  /** Messages by key: each catalog language's text, else the default, else unknown (the key kept). */
  message(keys: readonly string[], at: Node, fallback?: Variant[]): Variant[] {
    return either(
      ...keys.map((key) => {
        const found = this.host.catalogs?.lookup(key) ?? [];
        if (found.length > 0) return found.map(({ lang, text }) => ({ segments: [text], translation: { lang, key, node: at } }));
        // Unresolved: keep the key, so `t('login.mitid')` still tells a MitID button apart.
        return (fallback ?? [UNKNOWN]).map((v) => ({ ...v, translation: { lang: '', key, node: at } }));
      }),
    );
  }
}
