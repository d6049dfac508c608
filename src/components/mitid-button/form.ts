/**
 * Native form behaviour for a submit button in a shadow root. A hidden native
 * `<button type="submit">` in the host's light DOM is the form's real submitter: clicking it
 * submits with its name/value in the form data and as `event.submitter`; as the form's default
 * button it makes Enter in a field submit (implicit submission); a disabled `<fieldset>` and the
 * `form` attribute reach it natively. It is made when the user acts (a click, or Enter in a field
 * of its form), never while rendering: server-rendered markup that a framework hydrates holds no
 * child the framework did not write (React's hydration error #418).
 */
export const PROXY_ATTR = 'data-mitid-submitter';

export function findProxy(host: HTMLElement): HTMLButtonElement | null {
  for (const child of host.children) if (child instanceof HTMLButtonElement && child.hasAttribute(PROXY_ATTR)) return child;
  return null;
}

/**
 * Creates or updates the submitter with the attributes the host decided (`name`, `value`, `form`,
 * `formaction`, `formtarget`...; undefined removes one): never a refused target or action.
 */
export function syncProxy(host: HTMLElement, disabled: boolean, attributes: Record<string, string | undefined>): HTMLButtonElement {
  const proxy = findProxy(host) ?? host.ownerDocument.createElement('button');
  proxy.type = 'submit';
  proxy.hidden = true;
  proxy.tabIndex = -1;
  proxy.setAttribute(PROXY_ATTR, '');
  proxy.setAttribute('aria-hidden', 'true');
  proxy.disabled = disabled;
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined) proxy.removeAttribute(name);
    else proxy.setAttribute(name, value);
  }
  if (proxy.parentNode !== host) host.append(proxy);
  return proxy;
}

export function removeProxy(host: HTMLElement): void {
  findProxy(host)?.remove();
}

/** Submit buttons on the page, each with what makes its submitter for a form. */
const hosts = new Map<HTMLElement, (form: HTMLFormElement) => void>();
const documents = new WeakSet<Document>();

/**
 * Enter in a field: before the browser looks for the form's default button (on keypress), the
 * form's buttons get their submitter, so the browser's own implicit submission decides the rest
 * (the first submit button in tree order, a disabled one, fields that block it, a textarea).
 */
function onKeydown(event: KeyboardEvent): void {
  if (event.key !== 'Enter' || hosts.size === 0) return;
  const field = event.composedPath()[0] as Partial<HTMLInputElement> | undefined;
  const form = field?.localName === 'input' ? field.form : null;
  if (form) for (const prepare of hosts.values()) prepare(form);
}

/** Registers a connected submit button; returns the function that unregisters it. */
export function watchImplicitSubmission(host: HTMLElement, prepare: (form: HTMLFormElement) => void): () => void {
  const doc = host.ownerDocument;
  if (!documents.has(doc)) {
    documents.add(doc);
    doc.addEventListener('keydown', onKeydown, true);
  }
  hosts.set(host, prepare);
  return () => hosts.delete(host);
}
