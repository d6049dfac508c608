import { LitElement, html, isServer, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import {
  ACTIONS,
  DEFAULT_ACTION,
  DEFAULT_LANG,
  SHAPES,
  approvedPhrase,
  isAction,
  isUnsafeUrl,
  langFromTag,
  loginHintAction,
  type ButtonShape,
  type MitIDAction,
  type MitIDLang,
} from '../../core/index.js';
import { styles } from './mitid-button.styles.js';
import { resolveLang, watchLang } from './lang.js';
import { isFramed, launchPopup, redirect, type LaunchWindow } from './launch.js';
import { findProxy, removeProxy, syncProxy } from './form.js';
import { errorOnce, warnOnce } from './report.js';

export type MitIDButtonType = 'button' | 'submit' | 'reset';
export type MitIDLaunch = 'redirect' | 'popup';
export interface MitIDLaunchDetail {
  url: string;
  mode: MitIDLaunch;
}

const TYPES: readonly string[] = ['button', 'submit', 'reset'];
const LAUNCHES: readonly string[] = ['redirect', 'popup'];
/** Named targets are refused: a page frame named "login" would show the MitID page in a frame (L1). */
const TARGETS: readonly string[] = ['_self', '_blank', '_top', '_parent'];

/** A removed attribute gives null: that is the default, not a bad value. */
function pick<T extends string>(attr: string, value: string | null | undefined, allowed: readonly string[], fallback: T): T {
  if (value === undefined || value === null || allowed.includes(value)) return (value ?? fallback) as T;
  warnOnce(`${attr}="${value}" is not one of ${allowed.join(', ')}; using "${fallback}".`);
  return fallback;
}

/**
 * The MitID call to action. Its text is always one of the ten approved phrases, chosen by
 * `action` and the language in effect; its look is exactly the brand's.
 *
 * @summary A locked, compliant "Log ind med MitID" button or link.
 * @tag mitid-button
 *
 * @slot logo - The official MitID logo from your broker (the kit does not ship it). An image is made decorative.
 *
 * @attr {'login'|'approve'|'confirm'|'accept'|'sign'} action - The verb; picks the approved phrase.
 * @attr {string} lang - `da` or `en`; inherited from the nearest ancestor (across shadow roots) or `<html>`, else `da`.
 * @attr {string} href - Renders a link to the MitID login (`javascript:`, `data:`, `vbscript:` are refused).
 * @attr {string} target - The link's target; `_blank` adds `rel="noopener noreferrer"`.
 * @attr {'redirect'|'popup'} launch - For a link: a full-page redirect (default) or a popup on desktop.
 * @attr {'button'|'submit'|'reset'} type - In a form, works like a native button.
 * @attr {string} name - Sent with the form data when this button submits it.
 * @attr {string} value - Sent with the form data when this button submits it.
 * @attr {string} formaction - As on a native submit button.
 * @attr {string} formmethod - As on a native submit button.
 * @attr {string} formenctype - As on a native submit button.
 * @attr {boolean} formnovalidate - As on a native submit button.
 * @attr {string} formtarget - As on a native submit button.
 * @attr {boolean} disabled - Disables the button; a disabled link has no `href`.
 * @attr {boolean} loading - Shows a spinner next to the unchanged text, sets `aria-busy`, blocks clicks.
 * @attr {'rounded'|'rectangular'|'pill'} shape - Corner shape from the brand rules (4px, 0, fully round).
 * @attr {boolean} full-width - Fills its container's width.
 *
 * @event mitid-launch - A link started the login; `detail` is `{ url, mode: 'popup' | 'redirect' }`.
 *
 * No `::part` and no custom property: nothing of the brand (colour, height, font, text) can be restyled.
 */
export class MitIDButton extends LitElement {
  static override styles = styles;
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };
  /** Form-associated so a disabled `<fieldset>` and the `form` attribute reach it like a native button. */
  static formAssociated = true;

  // Defaults are not reflected: writing three attributes per button was the largest cost of mounting.
  @property() action: MitIDAction = DEFAULT_ACTION;
  @property() href?: string;
  @property() target?: string;
  @property() launch: MitIDLaunch = 'redirect';
  @property() type: MitIDButtonType = 'button';
  @property({ reflect: true }) name?: string;
  @property({ reflect: true }) value?: string;
  @property({ attribute: 'formaction', reflect: true }) formAction?: string;
  @property({ attribute: 'formmethod', reflect: true }) formMethod?: string;
  @property({ attribute: 'formenctype', reflect: true }) formEnctype?: string;
  @property({ attribute: 'formnovalidate', type: Boolean, reflect: true }) formNoValidate = false;
  @property({ attribute: 'formtarget', reflect: true }) formTarget?: string;
  @property({ type: Boolean, reflect: true }) disabled = false;
  @property({ type: Boolean, reflect: true }) loading = false;
  @property() shape: ButtonShape = 'rounded';
  @property({ attribute: 'full-width', type: Boolean, reflect: true }) fullWidth = false;

  /** Bumped when a `lang` attribute on the element or an ancestor changes. */
  @state() private langVersion = 0;

  private readonly internals?: ElementInternals;
  private unwatchLang?: () => void;

  constructor() {
    super();
    if (isServer) return;
    this.internals = this.attachInternals();
    this.addEventListener('click', this.onClick);
  }

  /** The form this button belongs to, as for a native button. */
  get form(): HTMLFormElement | null {
    return this.internals?.form ?? null;
  }

  /** The phrase's action in effect (an invalid `action` gives `login`). */
  get effectiveAction(): MitIDAction {
    return isAction(this.action) ? this.action : DEFAULT_ACTION;
  }

  /** The phrase's language in effect. */
  get effectiveLang(): MitIDLang {
    const own = this.getAttribute('lang');
    if (own !== null && own !== '' && !langFromTag(own)) warnOnce(`lang="${own}" has no approved phrases (da, en); using "${DEFAULT_LANG}".`);
    return isServer ? (langFromTag(own) ?? DEFAULT_LANG) : resolveLang(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.unwatchLang = watchLang(this, () => this.langVersion++);
    this.langVersion++;
    this.reportTextChildren();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unwatchLang?.();
  }

  /** Called when the `disabled` attribute or a `<fieldset disabled>` ancestor changes it. */
  formDisabledCallback(): void {
    this.requestUpdate();
  }

  /** Disabled itself or by a `<fieldset disabled>` ancestor (outside that fieldset's first legend). */
  private get inactive(): boolean {
    if (this.disabled) return true;
    const fieldset = isServer ? null : this.closest('fieldset:disabled');
    return !!fieldset && !fieldset.querySelector(':scope > legend')?.contains(this);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const action: unknown = this.action;
    if (changed.has('action') && action !== null && action !== undefined && !isAction(action)) {
      warnOnce(`action="${String(this.action)}" is not one of ${ACTIONS.join(', ')}; using "${DEFAULT_ACTION}".`);
    }
    if ((changed.has('href') || changed.has('action')) && this.href) {
      if (isUnsafeUrl(this.href)) errorOnce(`refused href="${this.href}": javascript:, data: and vbscript: URLs never run.`);
      const hint = loginHintAction(this.href);
      if (hint && hint !== this.effectiveAction) warnOnce(`href's login_hint action "${hint}" differs from action="${this.effectiveAction}"; the MitID box would show another verb.`);
    }
  }

  protected override updated(): void {
    const type = pick<MitIDButtonType>('type', this.type, TYPES, 'button');
    if (type === 'submit') syncProxy(this, this.inactive || this.loading);
    else removeProxy(this);
  }

  protected override render() {
    const shape = pick<ButtonShape>('shape', this.shape, SHAPES, 'rounded');
    pick('launch', this.launch, LAUNCHES, 'redirect');
    const lang = this.effectiveLang;
    // The logo is decoration and stray text children are never shown: both sit under aria-hidden.
    const content = html`${this.loading ? html`<span class="spinner" aria-hidden="true"></span>` : nothing}<span
        class="logo"
        aria-hidden="true"
        ><slot name="logo" @slotchange=${this.onLogoChange}></slot></span
      ><span class="text" lang=${lang}>${approvedPhrase(this.effectiveAction, lang)}</span
      ><span hidden aria-hidden="true"><slot @slotchange=${this.reportTextChildren}></slot></span>`;
    const classes = `control ${shape}`;
    const busy = this.loading ? 'true' : undefined;
    if (this.href !== undefined && this.href !== null) {
      const usable = !this.inactive && !isUnsafeUrl(this.href);
      const framed = !isServer && isFramed(window as unknown as LaunchWindow);
      const asked = this.target ? pick<string>('target', this.target, TARGETS, '_self') : undefined;
      // In a frame, anything but a new tab goes to the top window: the MitID page never loads in a frame.
      const target = !usable ? undefined : framed && asked !== '_blank' ? '_top' : asked === '_self' ? undefined : asked;
      return html`<a
        class=${classes}
        href=${ifDefined(usable ? this.href : undefined)}
        role=${ifDefined(usable ? undefined : 'link')}
        aria-disabled=${ifDefined(usable ? undefined : 'true')}
        target=${ifDefined(target)}
        rel=${ifDefined(target === '_blank' ? 'noopener noreferrer' : undefined)}
        aria-busy=${ifDefined(busy)}
        >${content}</a
      >`;
    }
    return html`<button class=${classes} type="button" ?disabled=${this.inactive} aria-busy=${ifDefined(busy)}>${content}</button>`;
  }

  /** A slotted logo is decoration: the accessible name stays exactly the phrase. */
  private onLogoChange(event: Event): void {
    for (const el of (event.target as HTMLSlotElement).assignedElements({ flatten: true })) {
      if (!el.matches('img, svg, picture')) warnOnce(`slot="logo" shows only an <img>, <svg> or <picture>; the <${el.localName}> is hidden.`);
      for (const node of [el, ...el.querySelectorAll('img, svg')]) {
        if (node instanceof HTMLImageElement) node.alt = '';
        if (node instanceof HTMLImageElement || node instanceof SVGSVGElement) node.setAttribute('aria-hidden', 'true');
      }
    }
  }

  private readonly reportTextChildren = (): void => {
    for (const node of this.childNodes) {
      if (node.nodeType === Node.TEXT_NODE && node.textContent?.trim()) {
        warnOnce(`text children ("${node.textContent.trim()}") are ignored: the text is always the approved phrase.`);
      }
    }
  };

  private readonly onClick = (event: MouseEvent): void => {
    const proxy = findProxy(this);
    if (proxy && event.target === proxy) return; // the native submitter's own click (e.g. Enter in a field)
    if (this.inactive || this.loading) {
      event.preventDefault();
      event.stopImmediatePropagation();
      return;
    }
    if (this.href) {
      this.launchLink(event);
      return;
    }
    const type = pick<MitIDButtonType>('type', this.type, TYPES, 'button');
    const form = this.form;
    if (!form) return;
    if (type === 'submit') syncProxy(this, false).click();
    else if (type === 'reset') form.reset();
  };

  private launchLink(event: MouseEvent): void {
    const url = this.href;
    if (!url || isUnsafeUrl(url) || event.defaultPrevented) return;
    if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    if (event.composedPath()[0] === this) {
      // el.click() on the host navigates like a native link's click(): hand it to the inner link,
      // whose click comes back here; the host's own click goes no further, so listeners see one.
      event.stopImmediatePropagation();
      this.shadowRoot?.querySelector<HTMLAnchorElement>('a.control')?.click();
      return;
    }
    const win = window as unknown as LaunchWindow;
    const popup = this.launch === 'popup';
    if (!popup && (this.target === '_blank' || !isFramed(win)) && (!this.target || TARGETS.includes(this.target))) {
      this.dispatchLaunch(url, 'redirect');
      return; // the native link navigates
    }
    event.preventDefault();
    const mode = popup ? launchPopup(win, url) : (redirect(win, url), 'redirect');
    this.dispatchLaunch(url, mode);
  }

  private dispatchLaunch(url: string, mode: MitIDLaunch): void {
    this.dispatchEvent(new CustomEvent<MitIDLaunchDetail>('mitid-launch', { detail: { url, mode }, bubbles: true, composed: true }));
  }
}
