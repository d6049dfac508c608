/**
 * Render functions: Vue's and Preact's `h(tag, props, children)` and `React.createElement(...)`
 * calls seen as ElementViews, so a button written without a template or JSX is judged like one.
 * `h('button', { onClick: login }, 'Log ind')`, `h(NButton, { type: 'primary' }, () => 'Log ind')`.
 */
import { dottedName, keyName, nodes, prop, unwrap } from './ast.js';
import { once } from './adapters/once.js';
import type { AttrView, ChildView, ElementView, Node, Written } from './adapters/types.js';

/** `h`, `createElement`, `React.createElement`, `Vue.h`; never `document.createElement` (a DOM element, no children). */
const CALLEES = /^(?:h|createElement|createVNode|(?!document\.)[A-Za-z_$][\w$]*\.(?:h|createElement|createVNode))$/;
const TAG = /^[a-z][a-z\d-]*$/;
const RENAMED: Record<string, string> = { classname: 'class', class: 'class', htmlfor: 'for', innerhtml: 'innerhtml' };
const FUNCTIONS = new Set(['ArrowFunctionExpression', 'FunctionExpression']);

/** The tag or component a render call makes, or undefined when the call is none. */
function target(call: Node): { name: string; component: boolean; node: Node } | undefined {
  if (call.type !== 'CallExpression' || !CALLEES.test(dottedName(prop(call, 'callee')) ?? '')) return undefined;
  const first = nodes(call, 'arguments')[0];
  if (!first) return undefined;
  const n = unwrap(first);
  if (n.type === 'Literal' && typeof n['value'] === 'string' && TAG.test(n['value'])) return { name: n['value'], component: false, node: n };
  const name = dottedName(n);
  return name && /^[A-Z]/.test(name.slice(name.lastIndexOf('.') + 1)) ? { name, component: true, node: n } : undefined;
}

function written(v: Node): Written {
  const n = unwrap(v);
  if (n.type === 'Literal' && typeof n['value'] === 'string') return { parts: [n['value']], range: n.range, literal: { quote: String(n['raw'])[0] ?? "'" } };
  return { parts: [n], range: n.range };
}

/** Children: a string, a call, an array of them, or (a slot) a function returning them. */
function children(node: Node | undefined, depth = 0): ChildView[] {
  if (!node || depth > 3) return [];
  const n = unwrap(node);
  if (n.type === 'ArrayExpression') return nodes(n, 'elements').flatMap((e) => children(e, depth + 1));
  if (FUNCTIONS.has(n.type) && prop(n, 'body')?.type !== 'BlockStatement') return children(prop(n, 'body'), depth + 1);
  // Vue's slots object: its default slot is the content.
  if (n.type === 'ObjectExpression') {
    const slot = nodes(n, 'properties').find((p) => keyName(p) === 'default');
    return slot ? children(prop(slot, 'value'), depth + 1) : [];
  }
  const element = renderElement(n);
  return element ? [{ kind: 'element', element }] : [{ kind: 'expr', node: n }];
}

class RenderElementView implements ElementView {
  readonly framework = 'jsx';
  readonly name: string;
  readonly component: boolean;
  readonly range;
  readonly nameRange;
  readonly attrs: AttrView[] = [];
  readonly events: string[] = [];
  readonly children: ChildView[];

  constructor(readonly key: Node, made: { name: string; component: boolean; node: Node }) {
    this.name = made.name;
    this.component = made.component;
    this.range = key.range;
    this.nameRange = made.node.range;
    const [, second, third] = nodes(key, 'arguments');
    const props = second && unwrap(second).type === 'ObjectExpression' ? unwrap(second) : undefined;
    for (const p of props ? nodes(props, 'properties') : []) {
      const name = p.type === 'Property' ? keyName(p) : undefined;
      const value = prop(p, 'value');
      if (!name || !value) continue;
      if (/^on[A-Z]/.test(name)) this.events.push(name.slice(2).toLowerCase());
      const lower = name.toLowerCase();
      this.attrs.push({ name: RENAMED[lower] ?? lower, range: p.range, value: written(value) });
    }
    // `h('button', 'Log ind')`: a second argument that is no props object is the children.
    this.children = children(props || (second && unwrap(second).type === 'Literal' && unwrap(second)['value'] === null) ? third : second);
  }
}

const views = new WeakMap<Node, ElementView | null>();

/** The element a render call makes (one view per call), or undefined. */
export function renderElement(node: Node): ElementView | undefined {
  return (
    once(views, node, () => {
      const made = target(node);
      return made ? new RenderElementView(node, made) : null;
    }) ?? undefined
  );
}
