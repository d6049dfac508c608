/**
 * The shared engine of both entry points (stylelint rules and the PostCSS plugin): what a check
 * returns, which style containers a root holds, and how a declaration's value is read.
 */
import type { Declaration, Node, Root, Rule } from 'postcss';
import { complexesOf, hasPlaceholder, isStyleRule, parseComplex, resolvedSelectors, rootOf, setHost, type Complex, type Compound } from './selectors.js';
import { hasVariable, substituteVariables, variablesOf } from './variables.js';

/** One problem found by a check, positioned on a node (optionally a range inside it). */
export interface Finding {
  node: Node;
  message: string;
  index?: number;
  endIndex?: number;
  /** A one-to-one fix; only offered when the mapping cannot be wrong. */
  fix?: () => void;
}

/** A check: pure over the root, options already validated. */
export type Check<O> = (root: Root, options: O) => Finding[];

/** One rule, defined once and served by both entry points. */
export interface RuleDefinition<O = Record<string, unknown>> {
  /** Without the `mitid/` namespace. */
  name: string;
  description: string;
  fixable: boolean;
  /** Option names and their kinds, for validation in both entry points. */
  options: Record<keyof O & string, 'strings' | 'number' | 'boolean'>;
  check: Check<O>;
}

/** A rule block, or an inline `style` attribute (postcss-html) with the element it sits on. */
export interface StyleEntry {
  container: Rule | Root;
  /** The resolved selector texts (cheap to filter with a regular expression before parsing). */
  selectors: string[];
  complexes: () => Complex[];
}

const mentionCache = new WeakMap<object, Map<string, boolean>>();

/**
 * Does the root's source file mention the pattern anywhere? Every selector a check cares about
 * is written in the source (nesting only joins written pieces), so a file that never names the
 * box, the button or the links is skipped without walking it: this keeps the kit's cost on
 * ordinary stylesheets near zero. Cached per source file, so a document's many roots share it.
 */
export function mentions(root: Root, pattern: RegExp): boolean {
  const input = root.source?.input;
  if (!input) return true;
  // Each root of an HTML document has its own input over the same text: key by the document,
  // or 20,000 style attributes would scan the whole page 20,000 times.
  const holder: object = (root as { document?: object }).document ?? (root.parent?.type === 'document' ? root.parent : input);
  let answers = mentionCache.get(holder);
  if (!answers) mentionCache.set(holder, (answers = new Map()));
  const key = `${pattern.source}/${pattern.flags}`;
  let answer = answers.get(key);
  if (answer === undefined) {
    const text = (input as { document?: string }).document ?? input.css;
    answers.set(key, (answer = pattern.test(text)));
  }
  return answer;
}

const entryCache = new WeakMap<Root, StyleEntry[]>();

/** Every style rule of the root (keyframes and font-face excluded), plus its inline element. */
export function styleEntries(root: Root): StyleEntry[] {
  let entries = entryCache.get(root);
  if (entries) return entries;
  entries = [];
  const host = componentSelector(root);
  if (host) {
    setHost(root, host);
    const complex = parseComplex(host);
    entries.push({ container: root, selectors: [host], complexes: () => [complex] });
  }
  const element = inlineElement(root);
  if (element) {
    const text = `${element.tag ?? ''}${element.ids.map((x) => `#${x}`).join('')}${element.classes.map((x) => `.${x}`).join('')}${element.attrs.map((a) => `[${a.name}${a.value === undefined ? '' : `="${a.value}"`}]`).join('')}`;
    const complex: Complex = { compounds: [element], combinators: [], text };
    entries.push({ container: root, selectors: [text], complexes: () => [complex] });
  }
  root.walkRules((rule) => {
    if (!isStyleRule(rule)) return;
    entries?.push({ container: rule, selectors: resolvedSelectors(rule), complexes: () => complexesOf(rule) });
  });
  entryCache.set(root, entries);
  return entries;
}

/**
 * styled-components and emotion: `const MitIDButton = styled.button\`...\`` styles that component,
 * so its declarations and `&` rules are the component's, named as a class: `.MitIDButton`.
 */
export function componentSelector(root: Root): string | undefined {
  const before = (root.raws as { codeBefore?: string }).codeBefore;
  if (typeof before !== 'string') return undefined;
  // postcss-lit keeps a first line break of the template in the code before it.
  const tail = before.slice(-600).replace(/`[ \t]*\r?\n?$/, '`');
  const m = tail.endsWith('`') ? STYLED_BINDING.exec(tail) : null;
  if (!m) return undefined;
  // A `css` template styles an element only when it holds declarations itself (emotion); Lit's
  // `static styles = css\`...\`` holds rules for the shadow root.
  if (!m[2] && !root.nodes.some((n) => n.type === 'decl')) return undefined;
  return `.${m[1] as string}`;
}

const STYLED_BINDING = /([A-Za-z_$][\w$]*)\s*(?::[^=`;]*)?=\s*(?:(styled)\s*(?:\.\s*[\w$]+|\([^`;]*?\))[^`;<]*?(?:<[^`]*?>)?|css\s*)`$/;

/** A Svelte or JSX-like `{…}` attribute value (three levels of braces): script, not markup. */
const EXPRESSION = String.raw`\{(?:[^{}]|\{(?:[^{}]|\{[^{}]*\})*\})*\}`;
const ATTR_RE = new RegExp(String.raw`([^\s"'=<>/{}]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|(${EXPRESSION})|([^\s>]+)))?`, 'g');
/** The start tag a style attribute sits in: `<` and `>` inside `{…}` values belong to the script. */
const START_TAG_RE = new RegExp(String.raw`<([a-zA-Z][\w-]*)((?:[^<{]|${EXPRESSION})*)$`);

/**
 * postcss-html parses a `style="..."` attribute as its own root (`source.inline`); the element is
 * the start tag just before it in `raws.codeBefore`.
 */
export function inlineElement(root: Root): Compound | undefined {
  const source = root.source as { inline?: boolean } | undefined;
  const before = (root.raws as { codeBefore?: string }).codeBefore;
  if (!source?.inline || typeof before !== 'string') return undefined;
  const m = START_TAG_RE.exec(before);
  if (!m) return undefined;
  const compound: Compound = { tag: (m[1] as string).toLowerCase(), classes: [], ids: [], attrs: [], pseudos: [], unknown: false };
  for (const a of (m[2] as string).matchAll(ATTR_RE)) {
    const name = (a[1] as string).toLowerCase();
    const value = a[2] ?? a[3] ?? a[5];
    if (name === 'style') continue;
    // A script value (`class={cls}`, `on:click={() => go()}`): the attribute is there, its value unknown.
    if (a[4] !== undefined) {
      if (name === 'class' || name === 'id') compound.unknown = true;
      else compound.attrs.push({ name });
      continue;
    }
    if (name === 'class' && value !== undefined) compound.classes.push(...value.split(/\s+/).filter(Boolean));
    else if (name === 'id' && value) compound.ids.push(value);
    else compound.attrs.push({ name, value });
  }
  return compound;
}

/** The container's own declarations (not those of nested rules), placeholders left out. */
export function declarationsOf(container: Rule | Root): Declaration[] {
  const out: Declaration[] = [];
  for (const node of container.nodes ?? []) {
    if (node.type === 'decl' && !hasPlaceholder(node.prop) && !hasPlaceholder(node.value)) out.push(node);
  }
  return out;
}

/** A declaration's value with same-file variables substituted; undefined when unknown. */
export function valueOf(decl: Declaration): { value: string; viaVariable: boolean } | undefined {
  const raw = decl.value;
  if (!hasVariable(raw)) return { value: raw, viaVariable: false };
  const value = substituteVariables(raw, variablesOf(rootOf(decl)));
  return value === undefined ? undefined : { value, viaVariable: true };
}

/** The value's range inside the declaration's source, for precise positions. */
export function valueRange(decl: Declaration): { index: number; endIndex: number } {
  const index = decl.prop.length + (decl.raws.between ?? ':').length;
  const raw = (decl.raws as { value?: { raw: string } }).value?.raw ?? decl.value;
  return { index, endIndex: index + Math.max(1, raw.length) };
}

/** A finding on a declaration's value. */
export function onValue(decl: Declaration, message: string, fix?: () => void): Finding {
  return { node: decl, message, ...valueRange(decl), ...(fix ? { fix } : {}) };
}

/** A finding on a rule's own selector. */
export function onSelector(container: Rule | Root, message: string): Finding {
  const length = container.type === 'rule' ? container.selector.length : 1;
  return { node: container, message, index: 0, endIndex: Math.max(1, length) };
}

/**
 * Keys of compounds that enclose a target in the file's selectors (`.wrapper verify` makes
 * `.wrapper` an ancestor of the box): styles on them can hide or clip the target.
 */
export function ancestorKeys(entries: StyleEntry[], prefilter: RegExp, isTarget: (c: Compound) => boolean, key: (c: Compound) => string): Set<string> {
  const keys = new Set<string>();
  for (const entry of entries) {
    if (!entry.selectors.some((s) => prefilter.test(s))) continue;
    for (const complex of entry.complexes()) {
      const at = complex.compounds.findIndex(isTarget);
      for (let i = 0; i < at; i++) {
        const c = complex.compounds[i] as Compound;
        // Only descendant and child links enclose; `a + verify` is a sibling.
        const encloses = complex.combinators.slice(i, at).every((x) => x === ' ' || x === '>');
        if (encloses && !c.unknown && !c.pseudoElement) keys.add(key(c));
      }
    }
  }
  return keys;
}

/** A short, readable form of a declaration for messages. */
export function show(decl: Declaration): string {
  return `${decl.prop}: ${decl.value}`;
}

/** Rule definitions are plain data; this checks them once and gives option reading to both faces. */
export function defineRule<O>(def: RuleDefinition<O>): RuleDefinition<O> {
  return def;
}

/** Problems with a rule's secondary options (empty when they are valid). */
export function optionProblems(def: RuleDefinition<never>, raw: unknown): string[] {
  if (raw === undefined || raw === null) return [];
  if (typeof raw !== 'object' || Array.isArray(raw)) return ['options must be an object'];
  const problems: string[] = [];
  for (const [name, value] of Object.entries(raw)) {
    const kind = (def.options as Record<string, string>)[name];
    if (!kind) problems.push(`unknown option "${name}"`);
    else if (kind === 'strings' && !(Array.isArray(value) && value.every((v) => typeof v === 'string'))) problems.push(`"${name}" must be an array of strings`);
    else if (kind === 'number' && typeof value !== 'number') problems.push(`"${name}" must be a number`);
    else if (kind === 'boolean' && typeof value !== 'boolean') problems.push(`"${name}" must be true or false`);
    else if (name.toLowerCase().endsWith('patterns')) {
      for (const source of value as string[]) {
        try {
          new RegExp(source, 'i');
        } catch {
          problems.push(`"${name}": "${source}" is not a regular expression`);
        }
      }
    }
  }
  return problems;
}

/** Compiles pattern options (regular expression sources, case-blind). */
export function compilePatterns(sources: readonly string[] | undefined): RegExp[] {
  return (sources ?? []).map((source) => {
    let re = patternCache.get(source);
    if (!re) patternCache.set(source, (re = new RegExp(source, 'i')));
    return re;
  });
}

const patternCache = new Map<string, RegExp>();

/** A regular expression that matches any of the literal names. */
export function anyOf(names: readonly string[]): RegExp {
  const escaped = names.filter(Boolean).map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return escaped.length ? new RegExp(escaped.join('|'), 'i') : /(?!)/;
}

/** A cheap text test that every selector naming one of these compounds passes. */
export function prefilterOf(compounds: readonly Compound[]): RegExp {
  let re = prefilterCache.get(compounds);
  if (!re) prefilterCache.set(compounds, (re = buildPrefilter(compounds)));
  return re;
}

const prefilterCache = new WeakMap<readonly Compound[], RegExp>();

function buildPrefilter(compounds: readonly Compound[]): RegExp {
  const universal = compounds.some((c) => (!c.tag || c.tag === '*') && !c.classes.length && !c.ids.length && !c.attrs.length);
  return universal ? /(?:)/ : anyOf(compounds.flatMap((c) => [c.tag ?? '', ...c.classes, ...c.ids, ...c.attrs.map((a) => a.name)]));
}
