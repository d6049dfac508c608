import { LitElement, html, isServer, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import {
  ACTIONS,
  DEFAULT_ACTION,
  DEFAULT_LANG,
  SHAPES,
  UNSAFE_URL_SCHEMES,
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
import { isFramed, launchPopup, redirect, safeTarget, type LaunchWindow } from './launch.js';
import { findProxy, removeProxy, syncProxy, watchImplicitSubmission } from './form.js';
import { logoProblem } from './logo.js';
import { errorOnce, show, warnOnce } from './report.js';

export type MitIDButtonType = 'button' | 'submit' | 'reset';
export type MitIDLaunch = 'redirect' | 'popup';
export interface MitIDLaunchDetail {
  url: string;
  mode: MitIDLaunch;
}

const TYPES: readonly string[] = ['button', 'submit', 'reset'];
const LAUNCHES: readonly string[] = ['redirect', 'popup'];

/** A removed attribute gives null: that is the default, not a bad value. */
function pick<T extends string>(attr: string, value: unknown, allowed: readonly string[], fallback: T): T {
  if (value === undefined || value === null) return fallback;
  if (allowed.includes(value as string)) return value as T;
  warnOnce(`${attr}="${show(value)}" is not one of ${allowed.join(', ')}; using "${fallback}".`);
  return fallback;
}

/** A property meant to hold text: a Symbol or an object without a string form is no text. */
function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (value === null || value === undefined || typeof value === 'symbol') return undefined;
  try {
    return String(value);
  } catch {
    return undefined;
  }
}

/** A boolean attribute is on unless absent or "false": framework serialisers write `disabled="false"`. */
function isOn(value: unknown): boolean {
  return typeof value === 'string' ? value.trim().toLowerCase() !== 'false' : !!value;
}
const FLAG = { fromAttribute: (value: string | null) => value !== null && isOn(value), toAttribute: (value: unknown) => (isOn(value) ? '' : null) };

/** `javascript:` and the like (see isUnsafeUrl) run script or show a page the site made, never the login. */
function refused(url: string | null | undefined): boolean {
  const unsafe = !!url && isUnsafeUrl(url);
  if (unsafe) errorOnce(`refused "${show(url)}": ${UNSAFE_URL_SCHEMES.join(':, ')}: URLs are never followed.`);
  return unsafe;
}

/** Text children are never shown nor named; the console says so once. */
function reportText(host: Element): void {
  for (const node of host.childNodes) {
    const value = node.nodeType === Node.TEXT_NODE ? (node.textContent ?? '').trim() : '';
    if (value) warnOnce(`text children ("${show(value)}") are ignored: the text is always the approved phrase.`);
  }
}

/** One observer for every button's children, so text added later is reported too. */
const childWatcher = typeof MutationObserver === 'undefined' ? undefined : new MutationObserver((records) => records.forEach((r) => reportText(r.target as Element)));

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
 * @attr {string} formtarget - As on a native submit button; named targets are refused.
 * @attr {boolean} disabled - Disables the button; a disabled link has no `href`.
 * @attr {boolean} loading - Shows a spinner next to the unchanged text, sets `aria-busy`, blocks clicks.
 * @attr {'rounded'|'rectangular'|'pill'} shape - Corner shape from the brand rules (4px, 0, fully round).
 * @attr {boolean} full-width - Fills its container's width.
 *
 * Boolean attributes are off when absent or `"false"` (as React 18, Vue and Svelte serialise `false`).
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
  @property() name?: string;
  @property() value?: string;
  @property({ attribute: 'formaction' }) formAction?: string;
  @property({ attribute: 'formmethod' }) formMethod?: string;
  @property({ attribute: 'formenctype' }) formEnctype?: string;
  @property({ attribute: 'formnovalidate', converter: FLAG }) formNoValidate = false;
  @property({ attribute: 'formtarget' }) formTarget?: string;
  @property({ converter: FLAG, reflect: true }) disabled = false;
  @property({ converter: FLAG, reflect: true }) loading = false;
  @property() shape: ButtonShape = 'rounded';
  @property({ attribute: 'full-width', converter: FLAG, reflect: true }) fullWidth = false;

  /** Bumped when a `lang` attribute on the element or an ancestor changes. */
  @state() private langVersion = 0;
  /** Why the slotted logo is hidden (it could show words), if it is. */
  @state() private logoRefused?: string;

  private readonly internals?: ElementInternals;
  private unwatchLang?: () => void;
  private unwatchSubmit?: () => void;
  private logoObserver?: MutationObserver;

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
    if (own !== null && own !== '' && !langFromTag(own)) warnOnce(`lang="${show(own)}" has no approved phrases (da, en); using "${DEFAULT_LANG}".`);
    return isServer ? (langFromTag(own) ?? DEFAULT_LANG) : resolveLang(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.unwatchLang = watchLang(this, () => this.langVersion++);
    this.langVersion++;
    reportText(this);
    childWatcher?.observe(this, { childList: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unwatchLang?.();
    this.unwatchSubmit?.();
    this.unwatchSubmit = undefined;
  }

  /** Called when the `disabled` attribute or a `<fieldset disabled>` ancestor changes it. */
  formDisabledCallback(): void {
    this.requestUpdate();
  }

  /** Disabled itself or by a `<fieldset disabled>` ancestor (outside that fieldset's first legend). */
  private get inactive(): boolean {
    if (isOn(this.disabled)) return true;
    const fieldset = isServer ? null : this.closest('fieldset:disabled');
    return !!fieldset && !fieldset.querySelector(':scope > legend')?.contains(this);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('action')) pick('action', this.action, ACTIONS, DEFAULT_ACTION);
    const href = text(this.href);
    if ((changed.has('href') || changed.has('action')) && href && !refused(href)) {
      const hint = loginHintAction(href);
      if (hint && hint !== this.effectiveAction) warnOnce(`href's login_hint action "${show(hint)}" differs from action="${this.effectiveAction}"; the MitID box would show another verb.`);
    }
  }

  /** The native submitter exists once the user has acted; it then follows every update. */
  protected override updated(): void {
    const submit = pick<MitIDButtonType>('type', this.type, TYPES, 'button') === 'submit' && this.isConnected;
    if (submit) {
      this.unwatchSubmit ??= watchImplicitSubmission(this, (form) => form === this.form && this.submitter());
      if (findProxy(this)) this.submitter();
    } else {
      this.unwatchSubmit?.();
      this.unwatchSubmit = undefined;
      removeProxy(this);
    }
  }

  /** Creates or updates the native submitter; a refused target or action from the page never reaches it. */
  private submitter(): HTMLButtonElement {
    const form = this.form;
    const action = text(this.formAction);
    const unsafe = refused(action ?? form?.getAttribute('action'));
    return syncProxy(this, this.inactive || isOn(this.loading) || unsafe, {
      name: text(this.name),
      value: text(this.value),
      form: this.getAttribute('form') ?? undefined,
      formaction: action,
      formmethod: text(this.formMethod),
      formenctype: text(this.formEnctype),
      formnovalidate: isOn(this.formNoValidate) ? '' : undefined,
      formtarget: safeTarget(text(this.formTarget) ?? form?.getAttribute('target'), isFramed(window as unknown as LaunchWindow)),
    });
  }

  protected override render() {
    const shape = pick<ButtonShape>('shape', this.shape, SHAPES, 'rounded');
    pick('launch', this.launch, LAUNCHES, 'redirect');
    const lang = this.effectiveLang;
    const loading = isOn(this.loading);
    // The name is the phrase's span (aria-labelledby): Chromium names a button from slotted content
    // even under aria-hidden or inert. There is no default slot, so text children are never shown.
    // prettier-ignore
    const content = html`${loading ? html`<span class="spinner" aria-hidden="true"></span>` : nothing}<span class="logo" aria-hidden="true" ?hidden=${!!this.logoRefused}><slot name="logo" @slotchange=${this.checkLogo}></slot></span><span id="phrase" class="text" lang=${lang}>${approvedPhrase(this.effectiveAction, lang)}</span>`;
    const classes = `control ${shape}`;
    const busy = loading ? 'true' : undefined;
    const href = text(this.href);
    if (href !== undefined) {
      const usable = !this.inactive && !isUnsafeUrl(href);
      const target = usable ? this.linkTarget() : undefined;
      // prettier-ignore
      return html`<a class=${classes} href=${ifDefined(usable ? href : undefined)} role=${ifDefined(usable ? undefined : 'link')} aria-labelledby="phrase" aria-disabled=${ifDefined(usable ? undefined : 'true')} target=${ifDefined(target)} rel=${ifDefined(target === '_blank' ? 'noopener noreferrer' : undefined)} aria-busy=${ifDefined(busy)}>${content}</a>`;
    }
    return html`<button class=${classes} type="button" aria-labelledby="phrase" ?disabled=${this.inactive} aria-busy=${ifDefined(busy)}>${content}</button>`;
  }

  /** The link's target: explicit, never a named frame (L1); in a frame, the top window. */
  private linkTarget(): string {
    return safeTarget(text(this.target), !isServer && isFramed(window as unknown as LaunchWindow));
  }

  /**
   * The slotted logo stays decoration (under aria-hidden; the page's markup is never changed, so
   * hydration sees what the server sent). A logo that could draw words is hidden whole, and is
   * checked again whenever its content changes.
   */
  private readonly checkLogo = (): void => {
    const slot = this.renderRoot.querySelector<HTMLSlotElement>('slot[name=logo]');
    const logos = slot?.assignedElements({ flatten: true }) ?? [];
    this.logoObserver?.disconnect();
    const observer = logos.length ? (this.logoObserver ??= new MutationObserver(this.checkLogo)) : undefined;
    let refused: string | undefined;
    for (const el of logos) {
      refused ??= logoProblem(el);
      observer?.observe(el, { subtree: true, childList: true, characterData: true, attributeFilter: ['href'] });
    }
    if (refused) warnOnce(`slot="logo" shows an image only: ${refused}, so the logo is hidden.`);
    this.logoRefused = refused;
  };

  private readonly onClick = (event: MouseEvent): void => {
    const proxy = findProxy(this);
    if (proxy && event.target === proxy) return; // the native submitter's own click (e.g. Enter in a field)
    if (this.inactive || isOn(this.loading)) {
      event.preventDefault();
      event.stopImmediatePropagation();
      return;
    }
    if (text(this.href)) {
      this.launchLink(event);
      return;
    }
    const type = pick<MitIDButtonType>('type', this.type, TYPES, 'button');
    const form = this.form;
    if (!form) return;
    if (type === 'submit') this.submitter().click();
    else if (type === 'reset') form.reset();
  };

  private launchLink(event: MouseEvent): void {
    const url = text(this.href);
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
    if (!popup && (this.linkTarget() === '_blank' || !isFramed(win))) {
      this.dispatchLaunch(url, 'redirect');
      return; // the native link navigates, to the safe target it was rendered with
    }
    event.preventDefault();
    const mode = popup ? launchPopup(win, url) : (redirect(win, url), 'redirect');
    this.dispatchLaunch(url, mode);
  }

  private dispatchLaunch(url: string, mode: MitIDLaunch): void {
    this.dispatchEvent(new CustomEvent<MitIDLaunchDetail>('mitid-launch', { detail: { url, mode }, bubbles: true, composed: true }));
  }
}
