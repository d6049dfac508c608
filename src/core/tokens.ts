/**
 * Brand tokens. Values marked "official" come from MITID-RULES.md with the rule number; values
 * marked "kit's choice" fill a silence in the sources (section 4) inside the brand, and are
 * options wherever a face uses them.
 */

/** Official (B2): the button's background and text colours. */
export const BRAND_BLUE = '#0060e6';
export const BRAND_TEXT = '#ffffff';

/** Official (B3): the font stack, in order. */
export const FONT_FAMILIES = ['IBM Plex Sans', 'Helvetica', 'Arial', 'sans-serif'] as const;
export const FONT_STACK = '"IBM Plex Sans", Helvetica, Arial, sans-serif';
/**
 * Kit's choice: a metric-matched fallback face (Arial/Helvetica Bold scaled to Plex, declared in
 * assets/fonts.css) placed right after IBM Plex Sans, so the font swap does not move the text.
 */
export const FONT_FALLBACK_FAMILY = 'IBM Plex Sans Fallback';
/** The stack the component renders: the official stack with the fallback face second. */
export const BUTTON_FONT_STACK = `"${FONT_FAMILIES[0]}", "${FONT_FALLBACK_FAMILY}", ${FONT_FAMILIES.slice(1).join(', ')}`;
/** Kit's choice from the reference images (B3 "semibold"): IBM Plex Sans SemiBold. */
export const FONT_WEIGHT = 600;
/** Kit's choice: the size the reference images show next to a 48px button. */
export const FONT_SIZE_PX = 16;
/**
 * Measured, not official: the advance width of a phrase in IBM Plex Sans SemiBold at 16px (IBM's
 * own file, assets/fonts; Chromium's canvas measureText). Another font loaded under the name
 * "IBM Plex Sans" measures otherwise, so the audit can tell it is not Plex.
 */
export const PLEX_SAMPLE = { text: 'Log ind med MitID', widthPx: 134.64, tolerance: 0.015 } as const;

/** Official (B4). */
export const BUTTON_HEIGHT_PX = 48;

/** Official (B5): `.25rem .75rem .25rem 1rem`, and the same in px at a 16px root. */
export const BUTTON_PADDING = '.25rem .75rem .25rem 1rem';
export const BUTTON_PADDING_REM = { top: 0.25, right: 0.75, bottom: 0.25, left: 1 } as const;
export const ROOT_FONT_SIZE_PX = 16;

/** Official (B6): 4px preferred; anything from 0 to fully rounded is allowed. */
export const RADIUS = { preferredPx: 4, minPx: 0, pill: '9999px' } as const;
export const SHAPES = ['rounded', 'rectangular', 'pill'] as const;
export type ButtonShape = (typeof SHAPES)[number];
export const SHAPE_RADIUS: Record<ButtonShape, string> = { rounded: '4px', rectangular: '0', pill: '9999px' };

/**
 * Kit's choices for states no source specifies (B9): darker blues from the same hue, so the
 * button stays the brand's and the white text keeps a higher contrast (5.5:1 -> 7.2:1 -> 9.9:1).
 */
export const STATE_COLORS = {
  hover: '#0050c0',
  active: '#003d99',
  /** Focus ring: a dark outer ring with a white gap reads on light and dark pages alike. */
  focusRing: '#003d99',
  focusRingGap: '#ffffff',
} as const;
export const FOCUS_RING = { widthPx: 3, offsetPx: 2 } as const;
/** Kit's choice: a disabled button keeps its colours and text and fades (no source says). */
export const DISABLED_OPACITY = 0.5;

/** Official (L4): the MitID box is 400 x 588 and is never clipped. */
export const MITID_BOX = { widthPx: 400, heightPx: 588 } as const;

/**
 * Popup sizes (L7). Brokers open 400 x 660 up to 452 x 692. Kit's choices: the smallest popup
 * accepted is the brokers' smallest, the size the kit opens is their largest.
 */
export const POPUP_MIN = { widthPx: 400, heightPx: 660 } as const;
export const POPUP_DEFAULT = { widthPx: 452, heightPx: 692 } as const;
/** Kit's choice: below this screen width a popup becomes a tab, so the kit redirects instead. */
export const POPUP_MIN_SCREEN_WIDTH_PX = 768;
