/**
 * Native form behaviour for a submit button in a shadow root. A hidden native
 * `<button type="submit">` in the element's light DOM is the form's real submitter: clicking it
 * submits with its name/value in the form data and as `event.submitter`, and as the form's
 * default button it makes Enter in a field submit (implicit submission), and a disabled
 * `<fieldset>` disables it natively.
 */
const FORWARDED = ['name', 'value', 'form', 'formaction', 'formmethod', 'formenctype', 'formnovalidate', 'formtarget'] as const;

export const PROXY_ATTR = 'data-mitid-submitter';

export function findProxy(host: HTMLElement): HTMLButtonElement | null {
  for (const child of host.children) if (child instanceof HTMLButtonElement && child.hasAttribute(PROXY_ATTR)) return child;
  return null;
}

/** Creates or updates the proxy from the host's attributes. */
export function syncProxy(host: HTMLElement, disabled: boolean): HTMLButtonElement {
  const proxy = findProxy(host) ?? host.ownerDocument.createElement('button');
  proxy.type = 'submit';
  proxy.hidden = true;
  proxy.tabIndex = -1;
  proxy.setAttribute(PROXY_ATTR, '');
  proxy.setAttribute('aria-hidden', 'true');
  proxy.disabled = disabled;
  for (const name of FORWARDED) {
    const value = host.getAttribute(name);
    if (value === null) proxy.removeAttribute(name);
    else proxy.setAttribute(name, value);
  }
  if (proxy.parentNode !== host) host.append(proxy);
  return proxy;
}

export function removeProxy(host: HTMLElement): void {
  findProxy(host)?.remove();
}
