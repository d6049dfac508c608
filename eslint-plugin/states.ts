/**
 * State a framework keeps for a component, read as the texts it can hold: its first value and
 * every value it is given later, each a branch (a state of the text), as Svelte's `let` and an
 * Angular class's `this.label = …` are read.
 * - React and Preact `const [label, setLabel] = useState('…')`, Solid's `createSignal('…')` (read
 *   as `label()`): the initial value (a lazy `useState(() => '…')` too) and each `setLabel('…')`,
 *   `setLabel(busy ? … : …)`, `setLabel(() => '…')` in the component. The setter handed anywhere
 *   else (`onChange={setLabel}`) or given a value it cannot read makes the text unknown too.
 * - A ref or signal, `const label = ref('…')` (Vue), `signal('…')`/`useSignal('…')` (Preact),
 *   read as `label` (a Vue template, Preact's JSX) or `label.value`: its argument and each
 *   `label.value = '…'`; a `computed(() => …)`/`useComputed`, Solid's `createMemo(() => …)`: what it returns;
 *   Vue's `reactive({ label: '…' })`, each property with every `state.label = '…'`.
 * - A React class component's `this.state` (a `state = {…}` field or `this.state = {…}` in the
 *   constructor), read as `this.state.label` or `const { label } = this.state`: each
 *   `this.setState({ label: '…' })` (or an updater function's object) a state.
 * - Vue's Options API (`export default {…}`, `defineComponent({…})`): a `data()` property, a
 *   `computed` (a function, or `{ get, set }`), and each `this.label = '…'` in the component's
 *   methods and hooks, read where the template names them (`{{ label }}`).
 */
import type { Scope } from 'eslint';
import type { Context, Node } from './adapters/types.js';
import { childNodes, dottedName, keyName, nodes, objectProperty, prop, unwrap } from './ast.js';
import { unknown } from './foreign.js';
import { componentData } from './lists.js';
import { returnValues } from './resolve.js';

const STATE_HOOKS = /^(?:React\.)?(?:useState|createSignal)$/;
const REFS = /^(?:ref|shallowRef|signal|useSignal)$/;
const COMPUTEDS = /^(?:computed|useComputed|createMemo)$/;
const FUNCTIONS = new Set(['FunctionExpression', 'ArrowFunctionExpression']);
const COMPONENT = new Set(['defineComponent', 'defineNuxtComponent', 'Vue.extend']);
/** Values of one state read: more are no longer a handful of states. */
const MAX_VALUES = 16;
/** Nodes of a component's options looked at for `this.x = …`: bounded work on any input. */
const MAX_NODES = 20_000;

/**
 * Several values as one node: a conditional whose branches are every value (the first sixteen),
 * balanced, so they nest four deep (the resolver reads a bounded depth); undefined for none.
 */
export function oneOf(values: readonly Node[]): Node | undefined {
  const list = values.slice(0, MAX_VALUES);
  const join = (from: number, to: number): Node => {
    if (to - from <= 1) return list[from] as Node;
    const mid = (from + to) >> 1;
    const a = join(from, mid);
    return { type: 'ConditionalExpression', test: unknown(a.range), consequent: a, alternate: join(mid, to), range: a.range, loc: a.loc };
  };
  return list.length ? join(0, list.length) : undefined;
}

/** Every value of one state as one node, marked `state` (so a signal's getter call reads it). A value it cannot read is unknown. */
function states(values: (Node | undefined)[], at: Node, kind: 'state' | 'ref' = 'state'): Node {
  const one = oneOf(values.map((v) => v ?? unknown(at.range))) ?? unknown(at.range);
  return { type: 'ParenthesizedExpression', expression: one, range: one.range, loc: one.loc, state: kind };
}

/** What a function gives: the values it returns (an expression body is one); undefined when unknown. */
function given(fn: Node): Node[] | undefined {
  const body = prop(fn, 'body');
  if (!body) return undefined;
  if (body.type !== 'BlockStatement') return [body];
  const values = returnValues(body);
  return values && !values.includes(undefined) ? (values as Node[]) : undefined;
}

/** What a function returns (`computed(() => …)`, Svelte's `$derived.by(() => …)`), every `return` a branch, as one node. */
export const returnedState = (fn: Node, kind: 'state' | 'ref' = 'state'): Node => states(given(fn) ?? [undefined], fn, kind);

/** A value handed to a setter or a lazy initialiser: a function's results, else the value itself. */
const valuesOf = (value: Node | undefined): (Node | undefined)[] => {
  const n = value && unwrap(value);
  if (!n) return [{ type: 'Identifier', name: 'undefined', range: [0, 0], loc: { start: { line: 1, column: 0 }, end: { line: 1, column: 0 } } }];
  return FUNCTIONS.has(n.type) ? (given(n) ?? [undefined]) : [n];
};

/** `const label = ref('…')` and each `label.value = '…'`, or `computed(() => …)`: as one node (`state: 'ref'`). */
function refValue(variable: Scope.Variable, call: Node, name: string): Node | undefined {
  const first = nodes(call, 'arguments')[0];
  if (COMPUTEDS.test(name)) return first && FUNCTIONS.has(unwrap(first).type) ? returnedState(unwrap(first), 'ref') : undefined;
  const values: (Node | undefined)[] = [first && !FUNCTIONS.has(unwrap(first).type) ? first : undefined];
  for (const ref of variable.references) {
    if (values.length >= MAX_VALUES) break;
    const member = (ref.identifier as unknown as Node).parent;
    const assignment = member?.parent;
    const written = member?.type === 'MemberExpression' && !member['computed'] && prop(member, 'property')?.['name'] === 'value' && assignment?.type === 'AssignmentExpression' && prop(assignment, 'left') === member;
    if (written) values.push(assignment['operator'] === '=' ? prop(assignment, 'right') : undefined);
  }
  return states(values, call, 'ref');
}

/** `const state = reactive({ label: '…' })` (Vue): the object, each property's value with every `state.label = '…'`. */
function reactiveValue(variable: Scope.Variable, call: Node): Node | undefined {
  const first = nodes(call, 'arguments')[0];
  const object = first && unwrap(first);
  if (object?.type !== 'ObjectExpression') return undefined;
  const given = new Map<string, (Node | undefined)[]>();
  for (const ref of variable.references) {
    const member = (ref.identifier as unknown as Node).parent;
    const assignment = member?.parent;
    const name = member?.type === 'MemberExpression' && !member['computed'] ? prop(member, 'property')?.['name'] : undefined;
    if (typeof name !== 'string' || assignment?.type !== 'AssignmentExpression' || prop(assignment, 'left') !== member) continue;
    const list = given.get(name) ?? [];
    if (list.length < MAX_VALUES) list.push(assignment['operator'] === '=' ? prop(assignment, 'right') : undefined);
    given.set(name, list);
  }
  const properties = nodes(object, 'properties').map((p) => {
    const name = p.type === 'Property' ? keyName(p) : undefined;
    const value = prop(p, 'value');
    return value ? { ...p, value: states([value, ...((name === undefined ? undefined : given.get(name)) ?? [])], value) } : p;
  });
  return { ...object, properties };
}

/**
 * `label` of `const [label, setLabel] = useState('…')` (or `createSignal`), of `const label = ref('…')`
 * (a signal, a computed): every value it is given, as one node; undefined for any other variable.
 */
export function stateValue(variable: Scope.Variable, scope: Scope.Scope): Node | undefined {
  const def = variable.defs[0];
  if (variable.defs.length !== 1 || def?.type !== 'Variable') return undefined;
  const declarator = def.node as unknown as Node;
  const pattern = prop(declarator, 'id');
  const init = prop(declarator, 'init');
  const call = init && unwrap(init);
  const callee = call?.type === 'CallExpression' ? dottedName(prop(call, 'callee')) : undefined;
  if (call && callee && pattern?.type === 'Identifier' && (REFS.test(callee) || COMPUTEDS.test(callee))) return refValue(variable, call, callee);
  if (call && callee === 'reactive' && pattern?.type === 'Identifier') return reactiveValue(variable, call);
  // `const { label } = this.state` in a class component.
  if (pattern?.type === 'ObjectPattern' && init && dottedName(init) === 'this.state') {
    const p = nodes(pattern, 'properties').find((x) => prop(x, 'value') === (def.name as unknown as Node));
    const key = p && keyName(p);
    return key ? classState(declarator, key) : undefined;
  }
  if (pattern?.type !== 'ArrayPattern' || call?.type !== 'CallExpression' || !STATE_HOOKS.test(dottedName(prop(call, 'callee')) ?? '')) return undefined;
  const [getter, setter] = nodes(pattern, 'elements');
  if (getter !== (def.name as unknown as Node)) return undefined;
  const values = valuesOf(nodes(call, 'arguments')[0]);
  const setterVariable = setter?.type === 'Identifier' ? scope.set.get(String(setter['name'])) : undefined;
  for (const ref of setterVariable?.references ?? []) {
    if (values.length >= MAX_VALUES) break;
    const id = ref.identifier as unknown as Node;
    const use = id.parent;
    values.push(...(use?.type === 'CallExpression' && prop(use, 'callee') === id ? valuesOf(nodes(use, 'arguments')[0]) : [undefined]));
  }
  return states(values, call);
}

/** A top-level state of the file (a Vue `<script setup>`'s `ref`, read by its template, where the linter has no scope). */
export function topLevelState(name: string, context: Context): Node | undefined {
  const module = context.sourceCode.scopeManager?.globalScope?.childScopes.find((s) => s.type === 'module');
  const variable = module?.set.get(name);
  return module && variable ? stateValue(variable, module) : undefined;
}

const classStates = new WeakMap<Node, Map<string, (Node | undefined)[]>>();

/** The values a class component gives each property of its `this.state`, read once per class. */
function readClassStates(body: Node): Map<string, (Node | undefined)[]> {
  const out = new Map<string, (Node | undefined)[]>();
  const add = (object: Node | undefined): void => {
    const o = object && unwrap(object);
    if (o?.type !== 'ObjectExpression') return;
    for (const p of nodes(o, 'properties')) {
      const name = p.type === 'Property' ? keyName(p) : undefined;
      const list = name === undefined ? undefined : (out.get(name) ?? []);
      if (!name || !list || list.length >= MAX_VALUES) continue;
      list.push(prop(p, 'value'));
      out.set(name, list);
    }
  };
  for (const m of nodes(body, 'body')) if (m.type === 'PropertyDefinition' && keyName(m) === 'state' && !m['static']) add(prop(m, 'value'));
  const stack: Node[] = [body];
  for (let seen = 0; stack.length && seen < MAX_NODES; seen++) {
    const n = stack.pop() as Node;
    if (n.type === 'AssignmentExpression' && dottedName(prop(n, 'left')) === 'this.state') add(prop(n, 'right'));
    if (n.type === 'CallExpression' && dottedName(prop(n, 'callee')) === 'this.setState') {
      const arg = nodes(n, 'arguments')[0];
      const a = arg && unwrap(arg);
      // `setState({ label })`, or an updater's returned objects; anything else leaves the state unknown.
      const objects = a && FUNCTIONS.has(a.type) ? (given(a) ?? []) : a ? [a] : [];
      for (const o of objects) add(o);
      if (objects.some((o) => unwrap(o).type !== 'ObjectExpression')) for (const list of out.values()) if (list.length < MAX_VALUES) list.push(undefined);
    }
    // In source order: the states are reported as they are written.
    stack.push(...childNodes(n).reverse());
  }
  return out;
}

/** `this.state.label` of a class component (`at` is any node inside the class): every value the class gives it; undefined outside one. */
export function classState(at: Node, name: string): Node | undefined {
  let n: Node | undefined = at;
  for (let i = 0; n && i < 400 && n.type !== 'ClassBody'; i++) n = n.parent;
  if (!n) return undefined;
  let map = classStates.get(n);
  if (!map) classStates.set(n, (map = readClassStates(n)));
  const values = map.get(name);
  return values?.length ? states(values, at) : undefined;
}

const vueStates = new WeakMap<object, Map<string, Node>>();

/** The options object of a Vue component's `export default {…}` (or `defineComponent({…})`). */
function vueOptions(program: Node): Node | undefined {
  const exported = nodes(program, 'body').find((s) => s.type === 'ExportDefaultDeclaration');
  let options = exported && unwrap(prop(exported, 'declaration') ?? exported);
  if (options?.type === 'CallExpression') options = COMPONENT.has(dottedName(prop(options, 'callee')) ?? '') ? nodes(options, 'arguments')[0] : undefined;
  return options && unwrap(options).type === 'ObjectExpression' ? unwrap(options) : undefined;
}

/** `this.name` as the target of an assignment. */
const thisMember = (n: Node | undefined): string | undefined => (n?.type === 'MemberExpression' && !n['computed'] && prop(n, 'object')?.type === 'ThisExpression' ? String(prop(n, 'property')?.['name']) : undefined);

function readVueStates(program: Node, context: Context): Map<string, Node> {
  const out = new Map<string, (Node | undefined)[]>();
  const options = vueOptions(program);
  if (!options) return new Map();
  const computed = objectProperty(options, 'computed');
  for (const p of computed && unwrap(computed).type === 'ObjectExpression' ? nodes(unwrap(computed), 'properties') : []) {
    const name = p.type === 'Property' ? keyName(p) : undefined;
    const value = prop(p, 'value') && unwrap(prop(p, 'value') as Node);
    // `buttonText() {…}`, `buttonText: () => …`, or `buttonText: { get() {…}, set(v) {…} }`.
    const getter = value?.type === 'ObjectExpression' ? objectProperty(value, 'get') : value;
    if (name && getter && FUNCTIONS.has(unwrap(getter).type)) out.set(name, [returnedState(unwrap(getter))]);
  }
  // `this.label = 'Bekræfter…'` in a method, a watcher or a hook: a state of a data property or a settable computed.
  const stack: Node[] = [options];
  for (let seen = 0; stack.length && seen < MAX_NODES; seen++) {
    const n = stack.pop() as Node;
    const name = n.type === 'AssignmentExpression' ? thisMember(prop(n, 'left')) : undefined;
    if (name) {
      const list = out.get(name) ?? [componentData(name, context)];
      list.push(n['operator'] === '=' ? prop(n, 'right') : undefined);
      out.set(name, list);
    }
    // In source order: the states are reported as they are written.
    stack.push(...childNodes(n).reverse());
  }
  const merged = new Map<string, Node>();
  for (const [name, list] of out) if (list[0] || list.length > 1) merged.set(name, states(list, options));
  return merged;
}

/**
 * What a name of a Vue template holds in the component's Options API (`{{ buttonText }}`): every
 * value of its computed, or of its data property given new values by the component; undefined
 * otherwise (a data property never given another value is read as data, lists.ts).
 */
export function vueState(name: string, context: Context): Node | undefined {
  if (!/\.vue$/i.test(context.filename)) return undefined;
  const program = context.sourceCode.ast as unknown as Node;
  let map = vueStates.get(program);
  if (!map) vueStates.set(program, (map = readVueStates(program, context)));
  return map.get(name) ?? componentData(name, context);
}
