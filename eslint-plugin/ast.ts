/** Small, total helpers over ESTree nodes: they return undefined instead of throwing. */
import type { Node } from './adapters/types.js';

export const isNode = (v: unknown): v is Node => !!v && typeof v === 'object' && typeof (v as Node).type === 'string';

const NOT_CHILDREN = new Set(['parent', 'loc', 'range', 'tokens', 'comments']);

/** A node's child nodes, in source order of its keys (for the iterative walks: no recursion, any depth). */
export function childNodes(n: Node): Node[] {
  const out: Node[] = [];
  for (const [key, v] of Object.entries(n)) {
    if (NOT_CHILDREN.has(key)) continue;
    if (Array.isArray(v)) for (const c of v) if (isNode(c)) out.push(c);
    if (isNode(v)) out.push(v);
  }
  return out;
}
export const prop = (node: Node, key: string): Node | undefined => {
  const v = node[key];
  return isNode(v) ? v : undefined;
};
export const nodes = (node: Node, key: string): Node[] => {
  const v = node[key];
  return Array.isArray(v) ? v.filter(isNode) : [];
};

const WRAPPERS = new Set(['TSAsExpression', 'TSSatisfiesExpression', 'TSNonNullExpression', 'TSTypeAssertion', 'ParenthesizedExpression', 'ChainExpression']);

/** Strips TypeScript casts and parentheses: `x as const`, `x!`, `(x)`. */
export function unwrap(node: Node): Node {
  let n = node;
  for (let i = 0; i < 16 && WRAPPERS.has(n.type); i++) n = prop(n, 'expression') ?? n;
  return n;
}

/** `a.b.c` for an identifier or a chain of non-computed members (`this` included). */
export function dottedName(node: Node | undefined): string | undefined {
  if (!node) return undefined;
  const n = unwrap(node);
  if (n.type === 'Identifier' || n.type === 'JSXIdentifier') return n['name'] as string;
  if (n.type === 'ThisExpression') return 'this';
  if ((n.type === 'MemberExpression' || n.type === 'JSXMemberExpression') && !n['computed']) {
    const object = dottedName(prop(n, 'object'));
    const property = prop(n, 'property');
    const name = property && (property.type === 'Identifier' || property.type === 'JSXIdentifier') ? (property['name'] as string) : undefined;
    return object && name ? `${object}.${name}` : undefined;
  }
  return undefined;
}

/** The name of a property key: `a`, `'a'`, `["a"]`. */
export function keyName(property: Node): string | undefined {
  const key = prop(property, 'key');
  if (!key) return undefined;
  if (key.type === 'Identifier' && !property['computed']) return key['name'] as string;
  if (key.type === 'Literal' && (typeof key['value'] === 'string' || typeof key['value'] === 'number')) return String(key['value']);
  return undefined;
}

/** A property of an object literal by name (the last one wins, as at run time). */
export function objectProperty(object: Node, name: string): Node | undefined {
  let found: Node | undefined;
  for (const p of nodes(object, 'properties')) if (p.type === 'Property' && keyName(p) === name) found = prop(p, 'value');
  return found;
}
