/**
 * Which rules style the MitID box (the broker page's `verify` element, or configured selectors)
 * and which style its ancestors: configured ones (the broker page's `.broker` body) and every
 * compound that encloses the box in the file's own selectors.
 */
import type { Root } from 'postcss';
import { ancestorKeys, mentions, prefilterOf, styleEntries, type StyleEntry } from './engine.js';
import { compoundIncludes, compoundKey, parseCompounds, subjectOf, type Compound } from './selectors.js';

export const DEFAULT_BOX_SELECTORS = ['verify'];
export const DEFAULT_ANCESTOR_SELECTORS = ['.broker'];
/** The page's root elements enclose every box: they count once the file shows the box. */
const PAGE_ROOTS = parseCompounds(['html', 'body']);
const PAGE_ROOTS_TEXT = prefilterOf(PAGE_ROOTS);

export interface BoxOptions {
  /** Compound selectors of the MitID box. Default: `verify`. */
  boxSelectors?: string[];
  /** Compound selectors of wrappers known to enclose the box. Default: `.broker`. */
  ancestorSelectors?: string[];
}

export interface BoxTarget {
  entry: StyleEntry;
  kind: 'box' | 'ancestor';
  /** The selector as written, for messages. */
  label: string;
}



/** A matcher for the configured box compounds. */
export function boxMatcher(options: BoxOptions): { isBox: (c: Compound | undefined) => c is Compound; prefilter: RegExp } {
  const selectors = options.boxSelectors ?? DEFAULT_BOX_SELECTORS;
  const box = parseCompounds(selectors);
  return {
    isBox: (c): c is Compound => !!c && !c.unknown && !c.pseudoElement && box.some((p) => compoundIncludes(c, p)),
    prefilter: prefilterOf(box),
  };
}

/** Rules whose subject is the box or one of its ancestors. */
export function boxTargets(root: Root, options: BoxOptions): BoxTarget[] {
  const { isBox, prefilter } = boxMatcher(options);
  const configured = parseCompounds(options.ancestorSelectors ?? DEFAULT_ANCESTOR_SELECTORS);
  const ancestorPrefilter = prefilterOf(configured);
  if (!mentions(root, prefilter) && !mentions(root, ancestorPrefilter)) return [];
  const entries = styleEntries(root);
  const enclosing = ancestorKeys(entries, prefilter, isBox, compoundKey);
  const ancestors = showsBox(root, entries, options, isBox, prefilter) ? [...configured, ...PAGE_ROOTS] : configured;
  const targets: BoxTarget[] = [];
  for (const entry of entries) {
    if (!enclosing.size && !entry.selectors.some((s) => prefilter.test(s) || ancestorPrefilter.test(s) || PAGE_ROOTS_TEXT.test(s))) continue;
    for (const complex of entry.complexes()) {
      const subject = subjectOf(complex);
      if (!subject || subject.unknown || subject.pseudoElement) continue;
      const label = complex.text;
      if (isBox(subject)) targets.push({ entry, kind: 'box', label });
      else if (ancestors.some((p) => compoundIncludes(subject, p)) || enclosing.has(compoundKey(subject))) targets.push({ entry, kind: 'ancestor', label });
      else continue;
      break;
    }
  }
  return targets;
}

/** Does the file use the box: in a selector, or as a tag in the markup around its styles? */
function showsBox(root: Root, entries: StyleEntry[], options: BoxOptions, isBox: (c: Compound) => boolean, prefilter: RegExp): boolean {
  if (!mentions(root, prefilter)) return false;
  const tags = parseCompounds(options.boxSelectors ?? DEFAULT_BOX_SELECTORS).flatMap((c) => (c.tag && c.tag !== '*' ? [c.tag] : []));
  if (tags.length && mentions(root, new RegExp(`<(?:${tags.join('|')})[\\s/>]`, 'i'))) return true;
  return entries.some((e) => e.selectors.some((s) => prefilter.test(s)) && e.complexes().some((c) => c.compounds.some(isBox)));
}
