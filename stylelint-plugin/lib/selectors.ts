/**
 * A small selector reader: enough to tell which element a rule styles (its subject compound) and
 * what encloses it, without pulling a selector parser into the PostCSS plugin. Nested rules (SCSS,
 * CSS nesting) are resolved against their parents first. Interpolation (`#{...}`) and postcss-lit
 * placeholders make a compound `unknown`: it never matches anything.
 */
import type { AtRule, Container, Node as PostcssNode, Root, Rule } from 'postcss';

export interface Attribute {
  name: string;
  value?: string;
}

/** One compound selector: `button.mitid-btn[data-x]:hover`. */
export interface Compound {
  tag?: string;
  classes: string[];
  ids: string[];
  attrs: Attribute[];
  /** Pseudo-class names, lower case, without arguments. */
  pseudos: string[];
  pseudoElement?: string;
  unknown: boolean;
}

/** A complex selector: compounds joined by combinators (`combinators[i]` sits after `compounds[i]`). */
export interface Complex {
  compounds: Compound[];
  combinators: string[];
  text: string;
}

const MAX_SELECTORS = 64;

/** Splits on top-level commas, keeping (), [], {} and strings whole. */
export function splitSelectorList(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let quote = '';
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\\') i++;
    else if (quote) {
      if (ch === quote) quote = '';
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '(' || ch === '[' || ch === '{') depth++;
    else if (ch === ')' || ch === ']' || ch === '}') depth = Math.max(0, depth - 1);
    else if (ch === ',' && depth === 0) {
      out.push(text.slice(start, i).trim());
      start = i + 1;
    }
  }
  out.push(text.slice(start).trim());
  return out.filter(Boolean);
}

const PLACEHOLDER_RE = /POSTCSS_LIT_\d|#\{|@\{|\$\(/;

/** True when a text holds a template placeholder or preprocessor interpolation. */
export function hasPlaceholder(text: string): boolean {
  return PLACEHOLDER_RE.test(text);
}

function emptyCompound(): Compound {
  return { classes: [], ids: [], attrs: [], pseudos: [], unknown: false };
}

function isNameChar(ch: string): boolean {
  return /[\w\-\u0080-\uffff]/.test(ch);
}

/** Framework scoping wrappers select what they wrap: Svelte `:global(x)`, Vue `:deep(x)`, `::v-deep(x)`. */
function unwrapScoping(text: string): string {
  let out = text;
  for (let at = out.search(SCOPING_RE); at >= 0; at = out.search(SCOPING_RE)) {
    const open = out.indexOf('(', at);
    let depth = 0;
    let close = -1;
    for (let i = open; i < out.length; i++) {
      if (out[i] === '(') depth++;
      else if (out[i] === ')' && --depth === 0) {
        close = i;
        break;
      }
    }
    if (close < 0) return out;
    out = `${out.slice(0, at)}${out.slice(open + 1, close)}${out.slice(close + 1)}`;
  }
  return out;
}

const SCOPING_RE = /::?(?:global|deep|v-deep|v-global|slotted|v-slotted)\(/i;
/** A Less guard (`.btn when (@mode = dark)`) conditions the rule; it selects nothing. */
const LESS_GUARD_RE = /\swhen\s*(?:not\s*)?\(/;

/** Parses one complex selector. Never throws: unreadable parts mark their compound unknown. */
export function parseComplex(selector: string): Complex {
  const guard = selector.search(LESS_GUARD_RE);
  const unguarded = guard < 0 ? selector : selector.slice(0, guard);
  const text = SCOPING_RE.test(unguarded) ? unwrapScoping(unguarded) : unguarded;
  const compounds: Compound[] = [];
  const combinators: string[] = [];
  let current = emptyCompound();
  let empty = true;
  let pendingCombinator = '';
  let i = 0;

  const readName = (): string => {
    let name = '';
    while (i < text.length) {
      const ch = text[i] as string;
      if (ch === '\\') {
        name += text[i + 1] ?? '';
        i += 2;
      } else if (isNameChar(ch)) {
        name += ch;
        i++;
      } else break;
    }
    return name;
  };
  /** Skips a balanced group starting at text[i] (an opening bracket), returns its inside. */
  const readGroup = (open: string, close: string): string => {
    let depth = 0;
    const start = i;
    for (; i < text.length; i++) {
      const ch = text[i];
      if (ch === '\\') i++;
      else if (ch === open) depth++;
      else if (ch === close && --depth === 0) {
        i++;
        return text.slice(start + 1, i - 1);
      }
    }
    return text.slice(start + 1);
  };
  const startCompound = (): void => {
    if (!empty) {
      compounds.push(current);
      combinators.push(pendingCombinator || ' ');
    }
    current = emptyCompound();
    empty = true;
    pendingCombinator = '';
  };

  let sawSpace = false;
  while (i < text.length) {
    const ch = text[i] as string;
    if (/\s/.test(ch)) {
      sawSpace = true;
      i++;
      continue;
    }
    if (ch === '>' || ch === '+' || ch === '~') {
      pendingCombinator = ch;
      sawSpace = true;
      i++;
      continue;
    }
    if (sawSpace && !empty) startCompound();
    sawSpace = false;
    empty = false;
    if (ch === '.') {
      i++;
      const name = readName();
      if (name) current.classes.push(name);
      else current.unknown = true;
    } else if (ch === '#') {
      i++;
      if (text[i] === '{') {
        readGroup('{', '}');
        current.unknown = true;
      } else {
        const name = readName();
        if (name) current.ids.push(name);
        else current.unknown = true;
      }
    } else if (ch === '[') {
      const inside = readGroup('[', ']');
      const m = /^\s*([^\s~|^$*!=]+)\s*(?:[~|^$*]?=\s*(?:"([^"]*)"|'([^']*)'|([^\s\]]+))(?:\s+[is])?)?\s*$/i.exec(inside);
      if (m) current.attrs.push({ name: (m[1] as string).toLowerCase(), value: m[2] ?? m[3] ?? m[4] });
      else current.unknown = true;
    } else if (ch === ':') {
      const element = text[i + 1] === ':';
      i += element ? 2 : 1;
      const name = readName().toLowerCase();
      if (text[i] === '(') readGroup('(', ')');
      if (element || ['before', 'after', 'first-line', 'first-letter'].includes(name)) current.pseudoElement = name;
      else current.pseudos.push(name);
    } else if (ch === '*') {
      i++;
      current.tag = '*';
    } else if (isNameChar(ch) || ch === '\\') {
      const name = readName();
      current.tag = name.toLowerCase();
      if (hasPlaceholder(name)) current.unknown = true;
    } else {
      // `&`, `%placeholder`, `$var`, `{`, or anything else this reader does not model.
      current.unknown = true;
      i++;
    }
  }
  if (!empty) compounds.push(current);
  if (combinators.length >= compounds.length) combinators.length = Math.max(0, compounds.length - 1);
  if (hasPlaceholder(text)) for (const c of compounds) c.unknown ||= compoundHasPlaceholder(c);
  return { compounds, combinators, text: selector };
}

function compoundHasPlaceholder(c: Compound): boolean {
  return [c.tag ?? '', ...c.classes, ...c.ids, ...c.attrs.map((a) => `${a.name}=${a.value ?? ''}`)].some(hasPlaceholder);
}

/** The enclosing rule of a node, skipping at-rules such as @media, @supports and @include. */
function parentRule(node: Rule): Rule | undefined {
  let p: Container | undefined = node.parent as Container | undefined;
  while (p && p.type !== 'root' && p.type !== 'document') {
    if (p.type === 'rule') return p as Rule;
    // @at-root lifts its rules out of the nesting.
    if (p.type === 'atrule' && (p as unknown as { name: string }).name === 'at-root') return undefined;
    p = p.parent as Container | undefined;
  }
  return undefined;
}

const resolvedCache = new WeakMap<Rule, string[]>();
const hosts = new WeakMap<Root, string>();

/** A template that styles one component (styled-components): its top-level `&` is that component. */
export function setHost(root: Root, selector: string): void {
  hosts.set(root, selector);
}

/**
 * Nesting thousands of levels deep would make every rule's selector hold all its ancestors
 * (quadratic memory). Past this length only the nearest ancestors are kept, behind a `&` that
 * reads as an unknown compound: the subject and its close context stay exact.
 */
const MAX_RESOLVED_LENGTH = 2000;

function nearestAncestors(selector: string): string {
  const cut = selector.indexOf(' ', selector.length - MAX_RESOLVED_LENGTH / 2);
  return cut < 0 ? selector : `& ${selector.slice(cut + 1)}`;
}

/** The rule's selectors with nesting (`&`, implicit descendant) resolved against its parents. */
export function resolvedSelectors(rule: Rule): string[] {
  const cached = resolvedCache.get(rule);
  if (cached) return cached;
  const own = splitSelectorList(typeof rule.selector === 'string' ? rule.selector : '');
  const parent = parentRule(rule);
  const host = parent ? undefined : hosts.get(rootOf(rule));
  let out = host ? own.map((s) => (s.includes('&') ? s.replaceAll('&', host) : `${host} ${s}`)) : own;
  if (parent) {
    out = [];
    for (const p of resolvedSelectors(parent)) {
      for (const s of own) {
        if (out.length >= MAX_SELECTORS) break;
        const outer = p.length > MAX_RESOLVED_LENGTH ? nearestAncestors(p) : p;
        out.push(s.includes('&') ? s.replaceAll('&', outer) : `${outer} ${s}`);
      }
    }
  }
  resolvedCache.set(rule, out);
  return out;
}

const complexCache = new WeakMap<Rule, Complex[]>();

/** The rule's complex selectors, parsed and cached. */
export function complexesOf(rule: Rule): Complex[] {
  let cached = complexCache.get(rule);
  if (!cached) {
    cached = resolvedSelectors(rule).map(parseComplex);
    complexCache.set(rule, cached);
  }
  return cached;
}

/**
 * A fact a node inherits from its ancestors, memoised for every node on the way up: asking each
 * rule of a tree nested n levels deep to walk its ancestors would be quadratic. `decide` returns
 * the fact where a node settles it, undefined to ask the parent.
 */
function inherited<T>(cache: WeakMap<PostcssNode, T>, node: PostcssNode, decide: (n: PostcssNode) => T | undefined): T {
  const path: PostcssNode[] = [];
  let value: T | undefined;
  for (let n: PostcssNode = node; ; n = n.parent as PostcssNode) {
    value = cache.get(n) ?? decide(n);
    if (value !== undefined) break;
    path.push(n);
  }
  for (const n of path) cache.set(n, value);
  return value;
}

const NON_STYLE_AT_RULE = /keyframes$|^(?:font-face|page|font-feature-values)$/i;
const styleRuleCache = new WeakMap<PostcssNode, boolean>();

/** True for rules whose "selectors" are keyframe steps or that sit in other non-style at-rules. */
export function isStyleRule(rule: Rule): boolean {
  return inherited(styleRuleCache, rule, (n) => (!n.parent || n.type === 'root' ? true : n.type === 'atrule' && NON_STYLE_AT_RULE.test((n as AtRule).name) ? false : undefined));
}

const rootCache = new WeakMap<PostcssNode, Root>();

/** The node's root (postcss's `node.root()`, memoised: it walks every ancestor). */
export function rootOf(node: PostcssNode): Root {
  return inherited(rootCache, node, (n) => (!n.parent || n.parent.type === 'document' ? (n as Root) : undefined));
}

/** The subject compound: the element the rule's declarations land on. */
export function subjectOf(complex: Complex): Compound | undefined {
  return complex.compounds.at(-1);
}

/** A compound's identity without its pseudo-classes: equal keys select the same elements. */
export function compoundKey(c: Compound): string {
  const attrs = c.attrs.map((a) => `[${a.name}=${a.value ?? ''}]`);
  return [c.tag && c.tag !== '*' ? c.tag : '', ...[...c.ids].sort().map((x) => `#${x}`), ...[...c.classes].sort().map((x) => `.${x}`), ...attrs.sort()].join('');
}

/**
 * Does compound `c` carry everything pattern `p` asks for (tag, classes, ids, attributes)?
 * Used for the configurable box, ancestor and link selectors.
 */
export function compoundIncludes(c: Compound, p: Compound): boolean {
  if (c.unknown) return false;
  if (p.tag && p.tag !== '*' && c.tag !== p.tag) return false;
  if (!p.classes.every((x) => c.classes.includes(x))) return false;
  if (!p.ids.every((x) => c.ids.includes(x))) return false;
  return p.attrs.every((a) => c.attrs.some((b) => b.name === a.name && (a.value === undefined || b.value === a.value)));
}

/** Parses configured compound selectors (`verify`, `.mitid-box`, `#powered-by`). */
export function parseCompounds(selectors: readonly string[]): Compound[] {
  const key = selectors.join('\u0000');
  let compounds = compoundsCache.get(key);
  if (!compounds) {
    compounds = selectors.flatMap((s) => parseComplex(s).compounds.slice(-1)).filter((c) => !c.unknown);
    compoundsCache.set(key, compounds);
  }
  return compounds;
}

const compoundsCache = new Map<string, Compound[]>();
