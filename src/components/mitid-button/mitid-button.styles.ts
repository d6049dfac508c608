/**
 * The button's look, built only from the core's brand tokens. Nothing here reads a custom
 * property and no ::part is exposed, so a page cannot change colour, height, font or text.
 * The host takes layout only: display, width (`full-width` or a width set by the page), margins.
 */
import { css, unsafeCSS } from 'lit';
import {
  BRAND_BLUE,
  BRAND_TEXT,
  BUTTON_HEIGHT_PX,
  BUTTON_PADDING,
  DISABLED_OPACITY,
  FOCUS_RING,
  FONT_SIZE_PX,
  BUTTON_FONT_STACK,
  FONT_WEIGHT,
  SHAPE_RADIUS,
  STATE_COLORS,
} from '../../core/index.js';

const px = (n: number) => unsafeCSS(`${n}px`);

export const styles = css`
  :host {
    display: inline-block;
    vertical-align: middle;
    /* Never narrower than the phrase: a page's width with overflow:hidden would cut it to "Log i". */
    min-width: max-content !important;
  }
  :host([full-width]) {
    display: block;
  }
  :host([hidden]) {
    display: none;
  }
  /* A page's mitid-button::before { content: "Sender dig til" } would add text: an inner !important wins. */
  :host::before,
  :host::after {
    content: none !important;
  }

  .control {
    box-sizing: border-box;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.5em;
    width: 100%;
    height: ${px(BUTTON_HEIGHT_PX)};
    min-height: ${px(BUTTON_HEIGHT_PX)};
    max-height: ${px(BUTTON_HEIGHT_PX)};
    margin: 0;
    padding: ${unsafeCSS(BUTTON_PADDING)};
    border: none;
    border-radius: ${unsafeCSS(SHAPE_RADIUS.rounded)};
    background: ${unsafeCSS(BRAND_BLUE)};
    color: ${unsafeCSS(BRAND_TEXT)};
    /* Inherited properties a page could use to recolour or reshape the text are reset here. */
    -webkit-text-fill-color: currentcolor;
    -webkit-text-stroke: 0;
    -webkit-text-security: none;
    text-emphasis: none;
    font-size-adjust: none;
    font-family: ${unsafeCSS(BUTTON_FONT_STACK)};
    font-size: ${px(FONT_SIZE_PX)};
    font-style: normal;
    font-weight: ${unsafeCSS(String(FONT_WEIGHT))};
    line-height: 1;
    font-variant: normal;
    font-stretch: normal;
    font-feature-settings: normal;
    font-variation-settings: normal;
    letter-spacing: normal;
    word-spacing: normal;
    text-indent: 0;
    writing-mode: horizontal-tb;
    /* The phrases are Danish or English: on a right-to-left page the logo still sits left of the text. */
    direction: ltr;
    text-align: center;
    text-decoration: none;
    text-transform: none;
    text-shadow: none;
    white-space: nowrap;
    cursor: pointer;
    user-select: none;
    -webkit-tap-highlight-color: transparent;
  }
  .rectangular {
    border-radius: ${unsafeCSS(SHAPE_RADIUS.rectangular)};
  }
  .pill {
    border-radius: ${unsafeCSS(SHAPE_RADIUS.pill)};
  }
  .control:hover {
    background: ${unsafeCSS(STATE_COLORS.hover)};
  }
  .control:active {
    background: ${unsafeCSS(STATE_COLORS.active)};
  }
  /* A dark ring outside a white gap: visible on light and dark pages alike. */
  .control:focus-visible {
    outline: ${px(FOCUS_RING.widthPx)} solid ${unsafeCSS(STATE_COLORS.focusRing)};
    outline-offset: ${px(FOCUS_RING.offsetPx)};
    box-shadow: 0 0 0 ${px(FOCUS_RING.offsetPx)} ${unsafeCSS(STATE_COLORS.focusRingGap)};
  }
  .control:disabled,
  .control[aria-disabled='true'] {
    opacity: ${unsafeCSS(String(DISABLED_OPACITY))};
    background: ${unsafeCSS(BRAND_BLUE)};
    cursor: not-allowed;
  }
  .control[aria-busy='true'] {
    cursor: progress;
  }

  ::slotted(*) {
    flex: none;
    max-height: 100%;
  }
  /* The logo slot shows images only: a slotted <span>Sender dig til</span> would add text. */
  ::slotted(:not(img, svg, picture)) {
    display: none !important;
  }
  .logo {
    display: contents;
  }
  .spinner {
    flex: none;
    box-sizing: border-box;
    width: 1em;
    height: 1em;
    border: 0.15em solid currentColor;
    border-right-color: transparent;
    border-radius: 50%;
    animation: spin 0.8s linear infinite;
  }
  @keyframes spin {
    to {
      transform: rotate(1turn);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .spinner {
      animation: none;
      border-style: dotted;
    }
  }

  /* Windows high contrast: the system colours replace the brand's; keep the shape and the ring. */
  @media (forced-colors: active) {
    .control {
      border: 1px solid ButtonText;
    }
    a.control {
      border-color: LinkText;
    }
    .control:disabled,
    .control[aria-disabled='true'] {
      border-color: GrayText;
      color: GrayText;
    }
    .control:focus-visible {
      outline-color: Highlight;
    }
    /* Forced colours would paint the spinner's open side too, turning it into a full ring. */
    .spinner {
      forced-color-adjust: none;
      border-color: ButtonText;
      border-right-color: transparent;
    }
  }
`;
