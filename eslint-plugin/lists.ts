/**
 * Elements rendered once per item of a data list the file declares: JSX and Lit's
 * `methods.map((m) => …)` (also after `.filter()`, over `Object.values/entries(…)`, Lit's
 * `repeat()`), Vue's `v-for="m in methods"`, Svelte's `{#each methods as m}`, Angular's
 * `*ngFor="let m of methods"` and `@for (m of methods; track m.id)`. A name bound by the loop
 * (`m`, or `label` in `({ label }) =>`) takes one value per item; the resolver reads a text once
 * per item and tags each variant with its item, so each item is one instance of the element:
 * the MitID item's instance is a MitID call to action, another eID's is not. Names come from
 * ESLint's scopes (JSX, Lit), Vue's `v-for` variables, and markup loops by range
 * (adapters/template-loops.ts: Svelte, Angular).
 */
import type { Scope } from 'eslint';
import { asksForMitID, identifierNamesMitIDCta, isBareMitID, namesMitID } from 'mitid-ux-kit/core';
import { dottedName, keyName, nodes, objectProperty, prop, unwrap } from './ast.js';
import type { HtmlServices } from './adapters/html.js';
import { TEST_FILE } from './adapters/strings.js';
import { templateLoopsAt } from './adapters/template-loops.js';
import type { Context, Node } from './adapters/types.js';

/** How a loop walks its list: the array's elements, or an object's values or entries. */
type Via = 'elements' | 'values' | 'entries';

export interface Loop {
  /** One object per loop (its callback, `v-for`, block): an item is bound to it. */
  key: object;
  /** The list as written; its items are read at each use (an outer loop's item may choose it). */
  list: Node;
  via: Via;
  /** The list's name as written, for messages (`methods`). */
  label: string;
}

/** Where a name sits in the loop's pattern: `m` is [], `({ label })` is ['label'], `([key, m])` is [1]. */
type Path = (string | number)[];

export interface Binding {
  loop: Loop;
  path: Path;
  /** A default in the pattern (`{ label = 'Log ind' }`). */
  fallback?: Node;
}

export interface Item {
  loop: Loop;
  /** The element (or the object's value) this instance renders. */
  value: Node;
  /** An object entry's key, as a string literal (`Object.entries(x)`, an object in `v-for`). */
  key?: Node;
  index: number;
}

/**
 * Items read one by one from one list. A longer list is read for its items whose source names
 * MitID (the others cannot be a MitID instance), one linear pass; more of those than this: unknown.
 */
export const MAX_ITEMS = 32;
const MENTION = /mit[\W_]{0,8}id/i;
/** Calls that keep the list's items (a subset, in some order): `methods.filter(…).map(…)`. */
const KEEPS_ITEMS = new Set(['filter', 'slice', 'sort', 'toSorted', 'reverse', 'toReversed', 'concat']);
const ITERATES = new Set(['map', 'flatMap']);
/** Properties whose value says which eID an item is (`id: 'mitid'`, `idp: 'mitid'`). */
const ID_KEYS = /^(?:id|key|value|type|kind|provider|method|scheme|idp|eid|slug|code|acr|acrvalues?|acr_values?)$/i;

/** The loop (callback parameter) a JavaScript name belongs to, from ESLint's scopes. */
function scriptBinding(id: Node, context: Context): Binding | undefined {
  let scope: Scope.Scope | null;
  try {
    scope = context.sourceCode.getScope(id as never);
  } catch {
    return undefined;
  }
  for (let s: Scope.Scope | null = scope; s; s = s.upper) {
    const variable = s.set.get(String(id['name']));
    if (!variable) continue;
    const def = variable.defs[0];
    if (variable.defs.length !== 1 || def?.type !== 'Parameter') return undefined;
    const fn = def.node as unknown as Node;
    const call = fn.parent?.type === 'CallExpression' ? fn.parent : undefined;
    const pattern = nodes(fn, 'params')[0];
    if (!call || !pattern) return undefined;
    const callee = prop(call, 'callee');
    const args = nodes(call, 'arguments');
    let list: Node | undefined;
    if (callee?.type === 'MemberExpression' && !callee['computed'] && ITERATES.has(String(prop(callee, 'property')?.['name'])) && args[0] === fn) list = prop(callee, 'object');
    // Lit's repeat(items, keyFn, template) / repeat(items, template).
    else if (/(?:^|\.)repeat$/.test(dottedName(callee) ?? '') && args.length >= 2 && args.at(-1) === fn) list = args[0];
    return list ? bindingIn(pattern, def.name as unknown as Node, loopOf(fn, list, context.sourceCode.text)) : undefined;
  }
  return undefined;
}

/** A loop over `list`, `Object.values(list)` or `Object.entries(list)`, its filters peeled. */
function loopOf(key: object, written: Node, text: string): Loop {
  let list = unwrap(written);
  let via: Via = 'elements';
  for (let i = 0; i < 8; i++) {
    const callee = list.type === 'CallExpression' ? prop(list, 'callee') : undefined;
    const method = callee?.type === 'MemberExpression' && !callee['computed'] ? String(prop(callee, 'property')?.['name']) : '';
    const object = callee && prop(callee, 'object');
    const arg = nodes(list, 'arguments')[0];
    if (KEEPS_ITEMS.has(method) && object) list = unwrap(object);
    else if (dottedName(callee) === 'Object.values' && arg) [list, via] = [unwrap(arg), 'values'];
    else if (dottedName(callee) === 'Object.entries' && arg) [list, via] = [unwrap(arg), 'entries'];
    else break;
  }
  const label = text.slice(written.range[0], written.range[1]);
  return { key, list, via, label: label.length > 40 || !label ? 'the list' : label };
}

/** The binding of `name` in a loop's pattern (`m`, `{ id, label }`, `[key, m]`); undefined when it is not there. */
function bindingIn(pattern: Node, name: Node | string, loop: Loop): Binding | undefined {
  const wanted = typeof name === 'string' ? name : String(name['name']);
  const stack: [Node, Path, Node | undefined][] = [[pattern, [], undefined]];
  for (let seen = 0; stack.length && seen < 200; seen++) {
    const [n, path, fallback] = stack.pop() as [Node, Path, Node | undefined];
    if (n.type === 'Identifier') {
      if (n['name'] === wanted && (typeof name === 'string' || n === name || n.range[0] === name.range[0])) return fallback ? { loop, path, fallback } : { loop, path };
    } else if (n.type === 'AssignmentPattern') {
      const left = prop(n, 'left');
      if (left) stack.push([left, path, prop(n, 'right')]);
    } else if (n.type === 'ObjectPattern') {
      for (const p of nodes(n, 'properties')) {
        const key = p.type === 'Property' ? keyName(p) : undefined;
        const value = prop(p, 'value');
        if (key !== undefined && value) stack.push([value, [...path, key], undefined]);
      }
    } else if (n.type === 'ArrayPattern') {
      nodes(n, 'elements').forEach((e, i) => stack.push([e, [...path, i], undefined]));
    }
  }
  return undefined;
}

/** Vue's `v-for` on the element holding the name, or on one of its ancestors. */
function vueBinding(id: Node, context: Context): Binding | undefined {
  const name = String(id['name']);
  for (let n = id.parent; n; n = n.parent) {
    if (n.type !== 'VElement') continue;
    if (!(n['variables'] as { id: Node; kind: string }[] | undefined)?.some((v) => v.kind === 'v-for' && v.id['name'] === name)) continue;
    const start = prop(n, 'startTag');
    const directive = (start ? nodes(start, 'attributes') : []).find((a) => a['directive'] && prop(prop(a, 'key') as Node, 'name')?.['name'] === 'for');
    const expression = directive && prop(prop(directive, 'value') ?? directive, 'expression');
    const pattern = expression && nodes(expression, 'left')[0];
    const list = expression && prop(expression, 'right');
    return pattern && list ? bindingIn(pattern, name, loopOf(expression, list, context.sourceCode.text)) : undefined;
  }
  return undefined;
}

/** The innermost markup loop around the name that binds it. */
function markupBinding(id: Node, name: string, context: Context): Binding | undefined {
  let best: Binding | undefined;
  let width = Infinity;
  for (const l of templateLoopsAt(id.range[0], context)) {
    if (id.range[0] < l.range[0] || id.range[1] > l.range[1] || l.range[1] - l.range[0] >= width) continue;
    const b = bindingIn(l.pattern, name, loopOf(l.key, l.list, context.sourceCode.text));
    if (b) [best, width] = [b, l.range[1] - l.range[0]];
  }
  return best;
}

const bindings = new WeakMap<Node, Binding | null>();

/**
 * The loop a name of a text belongs to: a parameter of a `.map` callback, a `v-for` variable, a
 * Svelte `{#each}` or Angular loop name (a template's name the component does not know is an
 * `UnknownExpression` with its `name`). Undefined for any other name.
 */
export function bindingOf(id: Node, context: Context): Binding | undefined {
  let hit = bindings.get(id);
  if (hit === undefined) {
    const name = id['name'];
    // A test's fixture list holds the texts it asserts, wrong ones on purpose: no instances there.
    if (typeof name !== 'string' || TEST_FILE.test(context.filename)) hit = null;
    else if (id.type === 'UnknownExpression') hit = markupBinding(id, name, context) ?? null;
    else if (id.type !== 'Identifier') hit = null;
    else if (/\.vue$/i.test(context.filename) && hasAncestor(id, 'VElement')) hit = vueBinding(id, context) ?? null;
    else if ((context.sourceCode.parserServices as Partial<HtmlServices> | undefined)?.mitidHtml) hit = markupBinding(id, name, context) ?? null;
    else hit = scriptBinding(id, context) ?? null;
    bindings.set(id, hit);
  }
  return hit ?? undefined;
}

function hasAncestor(n: Node, type: string): boolean {
  for (let p = n.parent, i = 0; p && i < 200; p = p.parent, i++) if (p.type === type) return true;
  return false;
}

const vueData = new WeakMap<object, Map<string, Node>>();

/** What a Vue options component's `data()` gives a name (`data() { return { methods: [...] } }`). */
export function componentData(name: string, context: Context): Node | undefined {
  if (!/\.vue$/i.test(context.filename)) return undefined;
  const program = context.sourceCode.ast as unknown as Node;
  let map = vueData.get(program);
  if (!map) {
    vueData.set(program, (map = new Map()));
    const exported = nodes(program, 'body').find((s) => s.type === 'ExportDefaultDeclaration');
    let options = exported && unwrap(prop(exported, 'declaration') ?? exported);
    if (options?.type === 'CallExpression') options = nodes(options, 'arguments')[0];
    const data = options?.type === 'ObjectExpression' ? objectProperty(options, 'data') : undefined;
    const body = data && prop(data, 'body');
    const returned = body?.type === 'BlockStatement' ? prop(nodes(body, 'body').find((st) => st.type === 'ReturnStatement') ?? body, 'argument') : body;
    const object = returned && unwrap(returned);
    for (const p of object?.type === 'ObjectExpression' ? nodes(object, 'properties') : []) {
      const key = p.type === 'Property' ? keyName(p) : undefined;
      const value = prop(p, 'value');
      if (key !== undefined && value) map.set(key, value);
    }
  }
  return map.get(name);
}

/** The items of a list (array literal or object literal); undefined when it holds spreads. */
export function itemsIn(collection: Node, loop: Loop): Item[] | undefined {
  if (collection.type === 'ArrayExpression' && loop.via === 'elements') {
    const elements = nodes(collection, 'elements');
    if (elements.some((e) => e.type === 'SpreadElement')) return undefined;
    return elements.map((value, index) => ({ loop, value, index }));
  }
  if (collection.type !== 'ObjectExpression') return undefined;
  const properties = nodes(collection, 'properties');
  if (properties.some((p) => p.type !== 'Property')) return undefined;
  return properties.flatMap((p, index) => {
    const value = prop(p, 'value');
    const name = keyName(p);
    const key = prop(p, 'key');
    if (!value) return [];
    const keyNode: Node | undefined = name !== undefined && key ? { type: 'Literal', value: name, raw: key.type === 'Literal' ? String(key['raw']) : `'${name}'`, range: key.range, loc: key.loc } : undefined;
    return [keyNode ? { loop, value, key: keyNode, index } : { loop, value, index }];
  });
}

/** A long list's items that may be MitID's instance: their source names MitID (`id: 'mitid'`, a MitID URN, `ACR_MITID`). */
export function mayBeMitID(items: Item[], text: string): Item[] | undefined {
  if (items.length <= MAX_ITEMS) return items;
  const kept = items.filter((i) => MENTION.test(text.slice((i.key ?? i.value).range[0], i.value.range[1])));
  return kept.length <= MAX_ITEMS ? kept : undefined;
}

/** What a bound name holds for one item: the item, an entry's key, or a property along the pattern. */
export function valueFor(item: Item, binding: Binding): Node | undefined {
  let value: Node | undefined = item.value;
  const path = binding.path;
  let i = 0;
  // `([key, m]) =>` over Object.entries: the pattern's first element is the key, the second the value.
  if (item.loop.via === 'entries' && typeof path[0] === 'number') {
    value = path[0] === 0 ? item.key : path[0] === 1 ? item.value : undefined;
    i = 1;
  }
  for (; value && i < path.length; i++) {
    const step = path[i] as string | number;
    const v: Node = unwrap(value);
    value = typeof step === 'number' ? (v.type === 'ArrayExpression' ? nodes(v, 'elements')[step] : undefined) : v.type === 'ObjectExpression' ? objectProperty(v, step) : undefined;
  }
  return value ?? binding.fallback;
}


/** How an item says it is MitID: by its data (`id: 'mitid'`, a MitID `acr_values`), by a text naming MitID, or not. */
export type ItemIdentity = 'data' | 'text' | undefined;
const identities = new WeakMap<object, ItemIdentity | null>();

/** Whether the item is MitID, read from its own strings (`strings` resolves a value to its static strings). */
export function itemIdentity(item: Item, strings: (n: Node) => string[] | undefined): ItemIdentity {
  let hit = identities.get(item.value);
  if (hit === undefined) {
    hit = null;
    const key = item.key && String(item.key['value']);
    if (key !== undefined && (isBareMitID(key) || identifierNamesMitIDCta(key))) hit = 'data';
    const stack: [Node, string | undefined, number][] = [[item.value, undefined, 0]];
    for (let seen = 0; stack.length && seen < 200 && hit !== 'data'; seen++) {
      const [n, name, depth] = stack.pop() as [Node, string | undefined, number];
      const v = unwrap(n);
      if (v.type === 'ObjectExpression' && depth < 3) {
        for (const p of nodes(v, 'properties')) {
          const value = p.type === 'Property' ? prop(p, 'value') : undefined;
          if (value) stack.push([value, keyName(p), depth + 1]);
        }
        continue;
      }
      for (const s of strings(v) ?? []) {
        if (asksForMitID(s, false) || ((name === undefined || ID_KEYS.test(name)) && (isBareMitID(s) || identifierNamesMitIDCta(s)))) hit = 'data';
        else if (namesMitID(s)) hit ??= 'text';
      }
    }
    identities.set(item.value, hit);
  }
  return hit ?? undefined;
}

/** The item as a reader names it: its id (or key, value, entry key), else its position. */
export function itemName(item: Item, strings: (n: Node) => string[] | undefined): string {
  const v = unwrap(item.value);
  const id = item.key ?? (v.type === 'ObjectExpression' ? ['id', 'key', 'value', 'name', 'label'].map((k) => objectProperty(v, k)).find(Boolean) : v);
  const name = id && strings(id)?.[0];
  return name && name.length <= 40 ? name : `#${item.index + 1}`;
}
