/**
 * Text that may take several values: every branch of a conditional, every language of a
 * translation. A variant is its static text split at the holes the linter cannot know.
 */
import { ALL_SCREENS } from 'mitid-ux-kit/core';
import type { Node, Range } from './adapters/types.js';
import type { Item } from './lists.js';

/** Where a variant's whole text is written once, verbatim, so a suggestion can rewrite it. */
export interface Source {
  range: Range;
  /** `'`, `"` or `` ` `` around a string literal; '' for markup text. */
  quote: string;
}

export interface Variant {
  /** Static text between unknown holes: one segment means the text is fully known. */
  segments: string[];
  source?: Source;
  /** Set when the text comes from a translation catalog. */
  translation?: { lang: string; key: string; node: Node };
  /** How many holes are markup children the linter cannot see (icons, spinners), not text. */
  softHoles?: number;
  /** A branch that renders markup without text (`busy ? <Spinner /> : 'Log ind med MitID'`): a state with no visible text. */
  shownEmpty?: true;
  /** The items of data lists this text is read for (lists.ts): one instance of the element per item. */
  items?: readonly Item[];
  /** The tests this text shows under (conditions.ts): `busy && 'Vent…'` never shows beside `!busy && '…'`. */
  when?: readonly Assumption[];
  /** The screens (core's screens.ts) at which this text shows, when not all: responsive text is one text per width. */
  screens?: number;
}

/** A test's key (conditions.ts) and the value it has. */
export interface Assumption {
  key: string;
  value: boolean;
}

/** Beyond this many combinations the text is treated as unknown (bounded work on any input). */
export const MAX_VARIANTS = 32;

export const known = (text: string, source?: Source): Variant => (source ? { segments: [text], source } : { segments: [text] });
export const UNKNOWN: Variant = { segments: ['', ''] };
/** An unknown child of markup (`{icon}`, `${spinner}`): probably not text. */
export const SOFT_UNKNOWN: Variant = { segments: ['', ''], softHoles: 1 };
export const isComplete = (v: Variant): boolean => v.segments.length === 1;
export const textOf = (v: Variant): string => v.segments.join(' ');
/** Fully known and shows no text: a logo, an icon component, an image without alt. */
export const isBlank = (v: Variant): boolean => v.segments.length === 1 && !(v.segments[0] ?? '').trim();

/**
 * The text to judge: the whole text when known; when the only unknowns are markup children
 * (an icon, a spinner) beside some text, that text; otherwise undefined (cannot be verified).
 */
export function judgedText(v: Variant): string | undefined {
  if (v.segments.length === 1) return v.segments[0];
  if ((v.softHoles ?? 0) < v.segments.length - 1 || !v.segments.some((s) => s.trim())) return undefined;
  return v.segments.join('');
}

/** A text being built by concat: a fresh object, so it can grow in place. */
interface Building {
  v: Variant;
  /** No visible text so far. */
  blank: boolean;
}

const copyOf = (a: Building): Building => {
  const v: Variant = { ...a.v, segments: a.v.segments.slice() };
  return { v, blank: a.blank };
};

/** Appends b to a in place (a thousand siblings stay linear: nothing is copied per sibling). */
function append(a: Building, b: Variant): void {
  const segments = a.v.segments;
  segments[segments.length - 1] = (segments.at(-1) ?? '') + (b.segments[0] ?? '');
  for (let i = 1; i < b.segments.length; i++) segments.push(b.segments[i] as string);
  // A suggestion stays possible when only one side carries visible text.
  const bBlank = b.segments.every((s) => !s.trim());
  const source = a.blank ? b.source : bBlank ? a.v.source : undefined;
  if (source) a.v.source = source;
  else delete a.v.source;
  const soft = (a.v.softHoles ?? 0) + (b.softHoles ?? 0);
  if (soft) a.v.softHoles = soft;
  a.v.translation ??= b.translation;
  if (!a.v.translation) delete a.v.translation;
  if ((a.v.shownEmpty || b.shownEmpty) && a.blank && bBlank) a.v.shownEmpty = true;
  else delete a.v.shownEmpty;
  a.blank &&= bBlank;
  if (b.items) a.v.items = [...(a.v.items ?? []), ...b.items.filter((i) => !a.v.items?.some((j) => sameItem(i, j)))];
  if (b.when) a.v.when = [...(a.v.when ?? []), ...b.when.filter((t) => !a.v.when?.some((u) => u.key === t.key))];
  if (b.screens !== undefined) a.v.screens = (a.v.screens ?? ALL_SCREENS) & b.screens;
}

/** The same item of the same list (items are read afresh at each use). */
export const sameItem = (a: Item, b: Item): boolean => a.value === b.value && a.loop.key === b.loop.key;

/** The variant as read for one item of a list. */
export function tagged(v: Variant, item: Item): Variant {
  return v.items?.some((i) => sameItem(i, item)) ? v : { ...v, items: [...(v.items ?? []), item] };
}

/**
 * Two parts of one text show together only when read for the same item of each list, under
 * tests that agree, at a screen both show at.
 */
const consistent = (a: Variant, b: Variant): boolean =>
  (!a.items || !b.items || !a.items.some((i) => b.items?.some((j) => i.loop.key === j.loop.key && !sameItem(i, j)))) &&
  (!a.when || !b.when || !a.when.some((t) => b.when?.some((u) => u.key === t.key && u.value !== t.value))) &&
  ((a.screens ?? ALL_SCREENS) & (b.screens ?? ALL_SCREENS)) !== 0;

/** The variants as shown when the test `key` has `value`; a variant that needs the other value never shows. */
export function assume(variants: readonly Variant[], key: string, value: boolean): Variant[] {
  const out: Variant[] = [];
  for (const v of variants) {
    const t = v.when?.find((u) => u.key === key);
    if (!t) out.push({ ...v, when: [...(v.when ?? []), { key, value }] });
    else if (t.value === value) out.push(v);
  }
  return out;
}

/** A part shown at some screens only: its text there, and no text at the others. */
export function onScreens(variants: readonly Variant[], screens: number): Variant[] {
  if (screens === ALL_SCREENS) return variants.slice();
  if (screens === 0) return [known('')];
  const shown = variants.flatMap((v) => {
    const s = (v.screens ?? ALL_SCREENS) & screens;
    return s ? [{ ...v, screens: s }] : [];
  });
  return [...shown, { ...known(''), screens: ALL_SCREENS & ~screens }];
}

/** Marks the variants of a markup branch that shows no text (a spinner-only state). */
export function markEmpty(variants: Variant[]): Variant[] {
  return variants.map((v) => (isBlank(v) ? { ...v, shownEmpty: true } : v));
}

/** Every combination of one variant from each part, in order (bounded by MAX_VARIANTS). */
export function concat(parts: readonly Variant[][]): Variant[] {
  let out: Building[] = [{ v: known(''), blank: true }];
  for (const options of parts) {
    if (options.length === 0) continue;
    const next: Building[] = [];
    for (const a of out) {
      const fits = options.some((b) => b.items || b.when || b.screens !== undefined) ? options.filter((b) => consistent(a.v, b)) : options;
      if (next.length + fits.length > MAX_VARIANTS) return [UNKNOWN];
      // Copies first, then a itself takes the last option.
      const targets = fits.map((_, i) => (i === fits.length - 1 ? a : copyOf(a)));
      fits.forEach((b, i) => append(targets[i] as Building, b));
      next.push(...targets);
    }
    if (next.length === 0) return [UNKNOWN];
    out = next;
  }
  return out.map((b) => b.v);
}

/** Distinct alternatives (for conditionals and choices), bounded. */
export function either(...lists: Variant[][]): Variant[] {
  const all = lists.flat();
  return all.length > MAX_VARIANTS ? [UNKNOWN] : all;
}
