/**
 * Same-file variables: SCSS `$name` and CSS custom properties `--name`. A name resolves only when
 * every declaration of it in the file agrees on one value; anything else stays unknown, so the
 * checks skip it rather than guess which value wins.
 */
import type { Root } from 'postcss';
import { hasPlaceholder } from './selectors.js';

export type Resolver = (name: string) => string | undefined;

const cache = new WeakMap<Root, Resolver>();

function collect(root: Root): Map<string, string | null> {
  const values = new Map<string, string | null>();
  root.walkDecls((decl) => {
    const prop = decl.prop;
    if (!prop.startsWith('--') && !prop.startsWith('$')) return;
    const value = decl.value.replace(/\s*!(?:default|global)\b/g, '').trim();
    const known = values.get(prop);
    // null marks a name declared with different values: unknown.
    values.set(prop, known === undefined || known === value ? value : null);
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

const REF_RE = /var\(\s*(--[\w-]+)|\$[\w-]+/;

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
 * Replaces every `var(--x)` and `$x` by its same-file value (recursively). Undefined when any
 * reference stays unknown. A `var()` fallback is never used: the property may be set elsewhere.
 */
export function substituteVariables(value: string, resolve: Resolver, depth = 0): string | undefined {
  if (depth > 8) return undefined;
  if (!hasVariable(value)) return value;
  let out = '';
  let i = 0;
  while (i < value.length) {
    const rest = value.slice(i);
    const v = /^var\(\s*(--[\w-]+)/.exec(rest);
    const s = v ? undefined : /^\$[\w-]+/.exec(rest);
    if (v) {
      const end = closingParen(value, i + 3);
      const text = end < 0 ? undefined : resolve(v[1] as string);
      if (text === undefined) return undefined;
      const inner = substituteVariables(text, resolve, depth + 1);
      if (inner === undefined) return undefined;
      out += inner;
      i = end + 1;
    } else if (s) {
      const text = resolve(s[0]);
      const inner = text === undefined ? undefined : substituteVariables(text, resolve, depth + 1);
      if (inner === undefined) return undefined;
      out += inner;
      i += s[0].length;
    } else {
      out += value[i];
      i++;
    }
  }
  return out;
}
