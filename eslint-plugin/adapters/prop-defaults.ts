/**
 * The defaults a Vue or Astro component gives its props: what a template's `{{ label }}` (or
 * `{{ props.label }}`, Astro's `{label}`) renders when the parent passes none, so a near miss there
 * is found where it is written. Vue: `withDefaults(defineProps<{ label?: string }>(), { label: '…' })`,
 * Vue 3.5's `const { label = '…' } = defineProps<…>()`, runtime declarations
 * (`defineProps({ label: { type: String, default: '…' } })`) and the Options API's
 * `props: { label: { default: '…' } }` in `export default {…}` or `defineComponent({…})`.
 * Astro: `const { label = '…' } = Astro.props` in the frontmatter. A default written as a function
 * (`default: () => …`, for objects and arrays) is no text.
 */
import { dottedName, keyName, nodes, objectProperty, prop, unwrap } from '../ast.js';
import type { Node } from './types.js';

const COMPONENT = new Set(['defineComponent', 'defineNuxtComponent', 'Vue.extend']);
const FUNCTIONS = new Set(['FunctionExpression', 'ArrowFunctionExpression']);

const calleeName = (call: Node): string | undefined => dottedName(prop(call, 'callee'));

const asCall = (node: Node | undefined, name?: string): Node | undefined => {
  const n = node && unwrap(node);
  return n?.type === 'CallExpression' && (!name || calleeName(n) === name) ? n : undefined;
};

/** `{ label: '…' }` of withDefaults, or the `default` of each runtime declaration (`{ label: { type: String, default: '…' } }`). */
function declared(object: Node | undefined, runtime: boolean, out: Map<string, Node>): void {
  const o = object && unwrap(object);
  if (o?.type !== 'ObjectExpression') return;
  for (const p of nodes(o, 'properties')) {
    const name = p.type === 'Property' ? keyName(p) : undefined;
    let value = prop(p, 'value');
    if (runtime) value = value && unwrap(value).type === 'ObjectExpression' ? objectProperty(unwrap(value), 'default') : undefined;
    if (name && value && !FUNCTIONS.has(unwrap(value).type)) out.set(name, value);
  }
}

/** The defaults of a `defineProps(…)` or `withDefaults(defineProps…(), {…})` call; undefined for any other node. */
function callDefaults(node: Node | undefined): Map<string, Node> | undefined {
  const withDefaults = asCall(node, 'withDefaults');
  const call = withDefaults ? asCall(nodes(withDefaults, 'arguments')[0], 'defineProps') : asCall(node, 'defineProps');
  if (!call) return undefined;
  const out = new Map<string, Node>();
  declared(nodes(call, 'arguments')[0], true, out);
  if (withDefaults) declared(nodes(withDefaults, 'arguments')[1], false, out);
  return out;
}

/** The component's props object: `defineProps…()` (or withDefaults of it), Astro's `Astro.props`. */
const isProps = (node: Node | undefined): boolean => !!callDefaults(node) || (!!node && dottedName(node) === 'Astro.props');

/** `const { label = '…', title: heading = '…' } = defineProps<…>()` (or `= Astro.props`), by prop name and local name. */
function destructured(declarator: Node): Map<string, Node> | undefined {
  const id = prop(declarator, 'id');
  if (id?.type !== 'ObjectPattern' || !isProps(prop(declarator, 'init'))) return undefined;
  const out = new Map<string, Node>();
  for (const p of nodes(id, 'properties')) {
    const value = prop(p, 'value');
    const left = value?.type === 'AssignmentPattern' ? prop(value, 'left') : undefined;
    const right = value && prop(value, 'right');
    if (!right || FUNCTIONS.has(unwrap(right).type)) continue;
    const key = keyName(p);
    if (key) out.set(key, right);
    if (left?.type === 'Identifier') out.set(String(left['name']), right);
  }
  return out;
}

function readDefaults(program: Node): Map<string, Node> {
  const out = new Map<string, Node>();
  const merge = (m: Map<string, Node> | undefined): void => m?.forEach((v, k) => out.set(k, v));
  for (const statement of nodes(program, 'body')) {
    if (statement.type === 'ExpressionStatement') merge(callDefaults(prop(statement, 'expression')));
    else if (statement.type === 'VariableDeclaration') {
      for (const d of nodes(statement, 'declarations')) {
        const init = prop(d, 'init');
        merge(callDefaults(init));
        merge(destructured(d));
      }
    } else if (statement.type === 'ExportDefaultDeclaration') {
      // The Options API: `export default { props: {…} }`, or wrapped in defineComponent.
      const declaration = prop(statement, 'declaration');
      const call = asCall(declaration);
      const options = call ? (COMPONENT.has(calleeName(call) ?? '') ? nodes(call, 'arguments')[0] : undefined) : declaration;
      const o = options && unwrap(options);
      if (o?.type === 'ObjectExpression') declared(objectProperty(o, 'props'), true, out);
    }
  }
  return out;
}

const cache = new WeakMap<Node, Map<string, Node>>();

/** The default a prop of the component gets (the template's `{{ label }}`), read once per file. */
export function propDefault(program: Node, name: string): Node | undefined {
  let defaults = cache.get(program);
  if (!defaults) {
    defaults = readDefaults(program);
    cache.set(program, defaults);
  }
  return defaults.get(name);
}

/**
 * `const props = withDefaults(defineProps…(), {…})` as the object its members read
 * (`props.label`): an object literal of the defaults, at the call's place; undefined for any
 * other node.
 */
export function propsObject(node: Node): Node | undefined {
  const defaults = callDefaults(node);
  if (!defaults) return undefined;
  const properties = [...defaults].map(([name, value]) => ({ type: 'Property', kind: 'init', computed: false, key: { type: 'Identifier', name, range: value.range, loc: value.loc }, value, range: value.range, loc: value.loc }));
  return { type: 'ObjectExpression', properties, range: node.range, loc: node.loc };
}

/** The default of `name` destructured from the props (`const { label = '…' } = defineProps<…>()`, `= Astro.props`); undefined for any other declarator. */
export function destructuredPropDefault(declarator: Node, name: string): Node | undefined {
  return destructured(declarator)?.get(name);
}
