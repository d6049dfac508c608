/**
 * The button's look, built only from the core's brand tokens. Nothing here reads a custom
 * property and no ::part is exposed, so a page cannot change colour, height, font or text.
 *
 * The page's CSS reaches the shadow tree in two ways only, each closed here:
 * - properties of the host itself: the page places it (display, width, margins, position); the
 *   others are set with `!important`, which beats the page's `!important` from inside a shadow root;
 * - inherited properties: `.control` starts from `all: initial` and sets its own.
 */
import { css, unsafeCSS } from 'lit';
import {
  BRAND_BLUE,
  BRAND_TEXT,
  BUTTON_HEIGHT_PX,
  BUTTON_PADDING_REM,
  DISABLED_OPACITY,
  FOCUS_RING,
  FONT_SIZE_PX,
  BUTTON_FONT_STACK,
  FONT_WEIGHT,
  ROOT_FONT_SIZE_PX,
  SHAPE_RADIUS,
  STATE_COLORS,
} from '../../core/index.js';

const px = (n: number) => unsafeCSS(`${n}px`);
const v = (x: string | number) => unsafeCSS(String(x));
/** The official rem padding in px: a page's `html { font-size: 4px }` must not squeeze the button. */
const padding = unsafeCSS(['top', 'right', 'bottom', 'left'].map((side) => `${BUTTON_PADDING_REM[side as keyof typeof BUTTON_PADDING_REM] * ROOT_FONT_SIZE_PX}px`).join(' '));

// The CSS ships as written (nothing minifies a css`` template), so it is written tersely, one rule
// a line, and explained here.
//
// Host: never narrower than the phrase (a page width with overflow:hidden would cut it to "Log i");
// `full-width="false"` is off; every host property that would cut, hide, blur, fade, distort,
// mirror or write next to the button is locked; no generated content, no marker.
const LOCKED =
  'min-width:max-content;height:auto;max-height:none;overflow:visible;padding:0;border:0;background:none;clip:auto;clip-path:none;mask:none;' +
  '-webkit-mask-box-image:none;filter:none;opacity:1;mix-blend-mode:normal;transform:none;translate:none;rotate:none;scale:none;' +
  '-webkit-box-reflect:initial;zoom:1;contain:none;content-visibility:visible;text-indent:0;list-style:none';
const host = css`
:host{display:inline-block;vertical-align:middle;${unsafeCSS(LOCKED.replace(/;/g, '!important;'))}!important}
:host([full-width]:not([full-width=false i])){display:block}
:host([hidden]){display:none}
:host::before,:host::after,:host::marker{content:none!important}
`;

// Control: `all: initial` drops every inherited property (fill colour, spacing, small caps, indent...).
const control = css`
.control{all:initial;visibility:inherit;pointer-events:inherit;box-sizing:border-box;display:inline-flex;align-items:center;justify-content:center;gap:.5em;width:100%;height:${px(BUTTON_HEIGHT_PX)};padding:${padding};border-radius:${v(SHAPE_RADIUS.rounded)};background:${v(BRAND_BLUE)};color:${v(BRAND_TEXT)};font:${v(FONT_WEIGHT)} ${px(FONT_SIZE_PX)}/1 ${v(BUTTON_FONT_STACK)};direction:ltr;white-space:nowrap;cursor:pointer;user-select:none;-webkit-tap-highlight-color:transparent}
.rectangular{border-radius:${v(SHAPE_RADIUS.rectangular)}}
.pill{border-radius:${v(SHAPE_RADIUS.pill)}}
.control:hover{background:${v(STATE_COLORS.hover)}}
.control:active{background:${v(STATE_COLORS.active)}}
.control:focus-visible{outline:${px(FOCUS_RING.widthPx)} solid ${v(STATE_COLORS.focusRing)};outline-offset:${px(FOCUS_RING.offsetPx)};box-shadow:0 0 0 ${px(FOCUS_RING.offsetPx)} ${v(STATE_COLORS.focusRingGap)}}
.control:disabled,.control[aria-disabled=true]{opacity:${v(DISABLED_OPACITY)};background:${v(BRAND_BLUE)};cursor:not-allowed}
.control[aria-busy=true]{cursor:progress}
`;

// Logo: images only (a slotted <span> would add words); a broken image's alt text, a picture's
// stray text and generated content stay invisible. A logo that could draw words is hidden whole
// (logo.ts).
const logo = css`
::slotted(*){flex:none;max-height:100%;color:transparent!important;font-size:0!important}
::slotted(*)::before,::slotted(*)::after,::slotted(*)::marker{content:none!important}
::slotted(:not(img,svg,picture)),.logo[hidden]{display:none!important}
.logo{display:contents}
`;

// Spinner, reduced motion, and forced colours: the system colours replace the brand's, the shape
// and ring stay; forced colours would paint the spinner's open side too.
const states = css`
.spinner{flex:none;box-sizing:border-box;width:1em;height:1em;border:.15em solid;border-right-color:transparent;border-radius:50%;animation:spin .8s linear infinite}
@keyframes spin{to{transform:rotate(1turn)}}
@media (prefers-reduced-motion:reduce){.spinner{animation:none;border-style:dotted}}
@media (forced-colors:active){.control{border:1px solid ButtonText}a.control{border-color:LinkText}.control:disabled,.control[aria-disabled=true]{border-color:GrayText;color:GrayText}.control:focus-visible{outline-color:Highlight}.spinner{forced-color-adjust:none;border-color:ButtonText;border-right-color:transparent}}
`;

export const styles = css`${host}${control}${logo}${states}`;
