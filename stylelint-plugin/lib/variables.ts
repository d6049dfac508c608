/**
 * Same-file variables: SCSS `$name`, Less `@name` and CSS custom properties `--name`. A name resolves only when
 * every declaration of it in the file agrees on one value; anything else stays unknown, so the
 * checks skip it rather than guess which value wins.
 */
import type { Root } from 'postcss';
import { hasPlaceholder } from './selectors.js';

export type Resolver = (name: string) => string | undefined;

const cache = new WeakMap<Root, Resolver>();

function collect(root: Root): Map<string, string | null> {
  const values = new Map<string, string | null>();
  const add = (name: string, raw: string): void => {
    const value = raw.replace(/\s*!(?:default|global)\b/g, '').trim();
    const known = values.get(name);
    // null marks a name declared with different values: unknown.
    values.set(name, known === undefined || known === value ? value : null);
  };
  root.walk((node) => {
    if (node.type === 'decl' && (node.prop.startsWith('--') || node.prop.startsWith('$'))) add(node.prop, node.value);
    // postcss-less reads `@brand: #0060e6;` as an at-rule marked `variable`.
    else if (node.type === 'atrule' && (node as { variable?: boolean }).variable) add(`@${node.name}`, (node as { value?: string }).value ?? node.params);
  });
  return values;
}

/** A resolver for the root's variables, built on first use and cached per root. */
export function variablesOf(root: Root): Resolver {
  let resolver = cache.get(root);
  if (!resolver) {
    let values: Map<string, string | null> | undefined;
    resolver = (name) => {
      values ??= collect(root);
      const v = values.get(name);
      return v === null || v === undefined || hasPlaceholder(v) ? undefined : v;
    };
    cache.set(root, resolver);
  }
  return resolver;
}

// `@x` only where a Less variable can start (not `logo@2x.png`).
const REF_RE = /var\(\s*(--[\w-]+)|\$[\w-]+|(?<![\w./@-])@[\w-]+/;

/** True when a value refers to a variable. */
export function hasVariable(value: string): boolean {
  return REF_RE.test(value);
}

/** The end of the group opened at `open` (index of `(`), or -1. */
function closingParen(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')' && --depth === 0) return i;
  }
  return -1;
}

/**
 * Replaces every `var(--x)`, `$x` and `@x` by its same-file value (recursively). Undefined when any
 * reference stays unknown. A `var()` fallback is never used: the property may be set elsewhere.
 */
export function substituteVariables(value: string, resolve: Resolver, depth = 0): string | undefined {
  if (depth > 8) return undefined;
  if (!hasVariable(value)) return value;
  let out = '';
  let i = 0;
  // One left-to-right scan (sticky matches at the cursor, never a copy of the rest).
  const ref = new RegExp(REF_RE.source, 'g');
  for (let m = ref.exec(value); m; m = ref.exec(value)) {
    out += value.slice(i, m.index);
    const name = m[1] ?? m[0];
    const end = m[1] ? closingParen(value, m.index + 3) : m.index + m[0].length - 1;
    const text = end < 0 ? undefined : resolve(name);
    const inner = text === undefined ? undefined : substituteVariables(text, resolve, depth + 1);
    if (inner === undefined) return undefined;
    out += inner;
    i = end + 1;
    ref.lastIndex = i;
  }
  return out + value.slice(i);
}
