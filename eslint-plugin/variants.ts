/**
 * Text that may take several values: every branch of a conditional, every language of a
 * translation. A variant is its static text split at the holes the linter cannot know.
 */
import type { Node, Range } from './adapters/types.js';

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
}

/** Beyond this many combinations the text is treated as unknown (bounded work on any input). */
export const MAX_VARIANTS = 32;

export const known = (text: string, source?: Source): Variant => (source ? { segments: [text], source } : { segments: [text] });
export const UNKNOWN: Variant = { segments: ['', ''] };
/** An unknown child of markup (`{icon}`, `${spinner}`): probably not text. */
export const SOFT_UNKNOWN: Variant = { segments: ['', ''], softHoles: 1 };
export const isComplete = (v: Variant): boolean => v.segments.length === 1;
export const textOf = (v: Variant): string => v.segments.join(' ');

/**
 * The text to judge: the whole text when known; when the only unknowns are markup children
 * (an icon, a spinner) beside some text, that text; otherwise undefined (cannot be verified).
 */
export function judgedText(v: Variant): string | undefined {
  if (v.segments.length === 1) return v.segments[0];
  if ((v.softHoles ?? 0) < v.segments.length - 1 || !v.segments.some((s) => s.trim())) return undefined;
  return v.segments.join('');
}

function join(a: Variant, b: Variant): Variant {
  const segments = [...a.segments.slice(0, -1), (a.segments.at(-1) ?? '') + (b.segments[0] ?? ''), ...b.segments.slice(1)];
  const v: Variant = { segments };
  // A suggestion stays possible when only one side carries visible text.
  const aBlank = a.segments.every((s) => !s.trim());
  const bBlank = b.segments.every((s) => !s.trim());
  const source = aBlank ? b.source : bBlank ? a.source : undefined;
  if (source) v.source = source;
  const soft = (a.softHoles ?? 0) + (b.softHoles ?? 0);
  if (soft) v.softHoles = soft;
  const translation = a.translation ?? b.translation;
  if (translation) v.translation = translation;
  return v;
}

/** Every combination of one variant from each part, in order (bounded by MAX_VARIANTS). */
export function concat(parts: readonly Variant[][]): Variant[] {
  let out: Variant[] = [known('')];
  for (const options of parts) {
    if (options.length === 0) continue;
    if (out.length * options.length > MAX_VARIANTS) return [UNKNOWN];
    out = out.flatMap((a) => options.map((b) => join(a, b)));
  }
  return out;
}

/** Distinct alternatives (for conditionals and choices), bounded. */
export function either(...lists: Variant[][]): Variant[] {
  const all = lists.flat();
  return all.length > MAX_VARIANTS ? [UNKNOWN] : all;
}
