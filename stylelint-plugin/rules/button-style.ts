/**
 * mitid/button-style (B2-B6, B9): rules that style a MitID call to action keep the brand values.
 * Declarations that reach the button from a base class in the same file count too
 * (`.eid-btn` for `.eid-btn--mitid`, `.btn` for `.btn.btn-mitid`), unless a MitID rule of the
 * same state sets the same property. Tailwind's `@apply` classes count as the declarations they produce.
 */
import type { Declaration } from 'postcss';
import { checkButtonDeclaration, identifierNamesMitID, propertyFamily, identifierNamesMitIDButton, identifierWords, type ButtonState } from 'mitid-ux-kit/core';
import { compilePatterns, declarationsOf, defineRule, mentions, onValue, styleEntries, valueOf, type Finding, type StyleEntry } from '../lib/engine.js';
import { subjectOf, type Compound } from '../lib/selectors.js';
import { appliedClasses, type AppliedClass } from '../lib/tailwind.js';

export interface ButtonStyleOptions {
  /** Regular expressions for class, id, tag or attribute names that mark a MitID button. */
  patterns?: string[];
  /** Regular expressions for names never treated as the button. */
  ignorePatterns?: string[];
}

/** A class or id that is only one of these words marks the MitID logo or icon (`.icon.mitid`), not the button. */
const GRAPHIC = new Set(['logo', 'icon', 'img', 'image', 'svg', 'badge', 'spinner', 'loader', 'flag']);

/** Elements that are never the call to action, whatever their attributes name (`iframe[src*=mitid]`, `img.mitid`). */
const NOT_A_BUTTON_TAG = new Set(['iframe', 'frame', 'object', 'embed', 'img', 'picture', 'source', 'video', 'audio', 'svg', 'path', 'use', 'canvas', 'verify']);

/** Text that can name MitID in a selector (identifierNamesMitID decides precisely). */
const MITID_TEXT = /mit[^a-z\d{]*id/i;

const STATE_OF: Record<string, ButtonState> = { active: 'active', hover: 'hover', focus: 'focus', 'focus-visible': 'focus', 'focus-within': 'focus' };

function stateOf(c: Compound): ButtonState {
  for (const p of ['active', 'hover', 'focus', 'focus-visible', 'focus-within']) if (c.pseudos.includes(p)) return STATE_OF[p] as ButtonState;
  return 'default';
}

function names(c: Compound): string[] {
  return [...c.classes, ...c.ids, ...c.attrs.flatMap((a) => (a.value === undefined ? [a.name] : [a.name, a.value]))];
}

interface Target {
  entry: StyleEntry;
  state: ButtonState;
  label: string;
  /** The rule also styles something else (`.btn-primary, .btn-mitid`): report, never rewrite. */
  shared: boolean;
  /** Base classes this rule's button is built on (`eid-btn` for `.eid-btn--mitid`). */
  bases: Set<string>;
}

export default defineRule<ButtonStyleOptions>({
  name: 'button-style',
  description: 'A MitID call to action keeps the brand colours, font, height, radius and padding.',
  fixable: true,
  options: { patterns: 'strings', ignorePatterns: 'strings' },
  check(root, options) {
    const patterns = compilePatterns(options.patterns);
    const ignore = compilePatterns(options.ignorePatterns);
    const isButton = (c: Compound | undefined): c is Compound => {
      if (!c || c.unknown || c.pseudoElement) return false;
      const all = names(c);
      if (all.some((n) => ignore.some((re) => re.test(n)))) return false;
      if (c.tag === 'mitid-button') return true;
      if (c.tag && NOT_A_BUTTON_TAG.has(c.tag)) return false;
      if ([...c.classes, ...c.ids].some((n) => { const w = identifierWords(n); return w.length > 0 && w.every((x) => GRAPHIC.has(x)); })) return false;
      if (patterns.some((re) => all.some((n) => re.test(n)) || (c.tag !== undefined && re.test(c.tag)))) return true;
      return all.some(identifierNamesMitIDButton);
    };
    const prefilter = (s: string): boolean => patterns.length > 0 || MITID_TEXT.test(s);
    if (!patterns.length && !mentions(root, MITID_TEXT)) return [];

    const entries = styleEntries(root);
    const targets: Target[] = [];
    const bases = new Map<string, string>();
    for (const entry of entries) {
      if (!entry.selectors.some(prefilter)) continue;
      let best: Target | undefined;
      let shared = false;
      const own = new Set<string>();
      for (const complex of entry.complexes()) {
        const subject = subjectOf(complex);
        if (!isButton(subject)) {
          shared = true;
          continue;
        }
        const state = stateOf(subject);
        if (!best || (best.state !== 'default' && state === 'default')) best = { entry, state, label: complex.text, shared: false, bases: own };
        const label = complex.text.replace(/:(?:hover|active|focus(?:-visible|-within)?)\b/g, '');
        for (const cls of subject.classes) {
          const base = !identifierNamesMitID(cls) ? cls : cls.includes('--') ? cls.slice(0, cls.indexOf('--')) : undefined;
          if (!base) continue;
          own.add(base);
          if (!bases.has(base)) bases.set(base, label);
        }
      }
      if (best) targets.push({ ...best, shared });
    }
    if (!targets.length) return [];

    const findings: Finding[] = [];
    // A base class or a shared selector list also styles other buttons: rewriting it is not one to one.
    const check = (decl: Declaration, state: ButtonState, where: string, fixable = true): void => {
      const v = valueOf(decl);
      if (!v) return;
      const problem = checkButtonDeclaration(decl.prop, v.value, { state });
      if (!problem) return;
      const fixTo = v.viaVariable || !fixable ? undefined : problem.fix;
      const message = `${where}: ${decl.prop} must be ${problem.expected} (found "${decl.value}")`;
      findings.push(onValue(decl, message, fixTo === undefined ? undefined : () => void (decl.value = fixTo)));
    };
    const checkApplied = (c: AppliedClass, where: string): void => {
      const v = c.violation;
      if (!v) return;
      const palette = v.palette ? ` (${v.palette.source}): use ${v.palette.fix}, or a theme colour set to ${v.expected}` : '';
      findings.push({ node: c.node, index: c.index, endIndex: c.endIndex, message: `${where}: @apply ${c.token} sets ${v.property} to ${v.actual}; it must be ${v.expected}${palette}` });
    };
    // What each base's own MitID modifier sets: another MitID button's rule overrides nothing of it.
    const setByModifier = new Map<string, Set<string>>();
    const sets = (t: Target, state: ButtonState, property: string): void => {
      for (const base of t.bases) {
        let set = setByModifier.get(base);
        if (!set) setByModifier.set(base, (set = new Set()));
        set.add(`${state} ${propertyFamily(property)}`);
      }
    };
    for (const t of targets) {
      for (const decl of declarationsOf(t.entry.container)) {
        sets(t, t.state, decl.prop);
        check(decl, t.state, `MitID button "${t.label}"`, !t.shared);
      }
      for (const c of appliedClasses(t.entry.container, t.state)) {
        sets(t, c.state, c.property);
        checkApplied(c, `MitID button "${t.label}"`);
      }
    }

    // Base classes in the same file: their declarations reach the button unless overridden.
    if (!bases.size) return findings;
    const targetSet = new Set(targets.map((t) => t.entry));
    const baseRe = new RegExp([...bases.keys()].map((b) => b.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'));
    for (const entry of entries) {
      if (targetSet.has(entry) || !entry.selectors.some((s) => baseRe.test(s))) continue;
      for (const complex of entry.complexes()) {
        const subject = subjectOf(complex);
        const base = subject?.classes.length === 1 ? (subject.classes[0] as string) : undefined;
        if (!subject || subject.unknown || subject.pseudoElement || subject.ids.length || subject.attrs.length || base === undefined || !bases.has(base)) continue;
        const state = stateOf(subject);
        for (const decl of declarationsOf(entry.container)) {
          if (!setByModifier.get(base)?.has(`${state} ${propertyFamily(decl.prop)}`)) check(decl, state, `"${complex.text}" reaches the MitID button "${bases.get(base) as string}"`, false);
        }
        for (const c of appliedClasses(entry.container, state)) {
          if (!setByModifier.get(base)?.has(`${c.state} ${propertyFamily(c.property)}`)) checkApplied(c, `"${complex.text}" reaches the MitID button "${bases.get(base) as string}"`);
        }
        break;
      }
    }
    return findings;
  },
});
