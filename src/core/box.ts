/**
 * The MitID box (L4): 400 x 588, never clipped. checkBoxHeight answers whether a height or
 * max-height given to the box (or an ancestor that could clip it) leaves room for it.
 */
import { resolveLength, type LengthContext } from './length.js';
import { MITID_BOX } from './tokens.js';

export type BoxHeightVerdict =
  | { verdict: 'ok' }
  /** A fixed height under the box's height. */
  | { verdict: 'too-short'; px: number; minPx: number }
  /** A viewport-relative height that clips the box on screens shorter than `clipsBelowPx`. */
  | { verdict: 'viewport'; clipsBelowPx: number; minPx: number }
  | { verdict: 'unknown'; reason: string };

/** The properties that can make the box shorter than it needs. */
export const BOX_HEIGHT_PROPERTIES = ['height', 'max-height', 'block-size', 'max-block-size'] as const;

export function isBoxHeightProperty(property: string): boolean {
  return (BOX_HEIGHT_PROPERTIES as readonly string[]).includes(property.toLowerCase());
}

/**
 * Checks a height value against the box's minimum (588px unless `minPx` says otherwise).
 * Viewport units report the viewport height below which the box is clipped.
 */
export function checkBoxHeight(value: string, ctx: LengthContext & { minPx?: number } = {}): BoxHeightVerdict {
  const minPx = ctx.minPx ?? MITID_BOX.heightPx;
  const length = resolveLength(value, ctx);
  switch (length.kind) {
    case 'keyword':
      return { verdict: 'ok' };
    case 'unknown':
      return { verdict: 'unknown', reason: length.reason };
    case 'px':
      return length.px >= minPx ? { verdict: 'ok' } : { verdict: 'too-short', px: length.px, minPx };
    case 'viewport': {
      // A width-dependent height cannot be judged without knowing the screen's shape.
      if (length.vw !== 0 || length.vh <= 0) return { verdict: 'unknown', reason: 'depends on the viewport width' };
      if (length.px >= minPx) return { verdict: 'ok' };
      const clipsBelowPx = Math.ceil(((minPx - length.px) * 100) / length.vh);
      return { verdict: 'viewport', clipsBelowPx, minPx };
    }
  }
}
