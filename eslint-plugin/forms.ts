/**
 * A form that starts a MitID login: its `action` is a MitID login address, or its hidden inputs
 * ask for MitID (`<input type="hidden" name="acr_values" value="urn:grn:authn:dk:mitid:substantial">`).
 * Its submit button (`<button>`, `<input type="submit">`) is then a MitID call to action known by
 * behaviour. A form whose visible inputs choose the eID (radio options of `acr_values`) is a
 * chooser: its submit button names no method by itself.
 */
import { analyzeMitIDUrl, linksToMitIDLogin } from 'mitid-ux-kit/core';
import type { Analyzer } from './analyzer.js';
import type { ChildView, ElementView } from './adapters/types.js';
import { isComplete, textOf } from './variants.js';

/** The parameters that choose the eID at an authorize endpoint. */
const EID_PARAMS = /^(?:acr_values|idp_values)$/i;
/** `<form>`, and a router's form component (Remix's `<Form>`). */
const FORM = /^(?:form|(?:\w+\.)?Form)$/;
/** Ancestors climbed to the form, inputs looked at inside it: bounded on any input. */
const MAX_DEPTH = 40;
const MAX_INPUTS = 500;

const answers = new WeakMap<object, boolean>();

/** The element submits a form that starts a MitID login. */
export function submitsMitIDForm(view: ElementView, a: Analyzer): boolean {
  if (!isSubmit(view, a)) return false;
  let form = view.parent?.();
  for (let i = 0; form && i < MAX_DEPTH && !FORM.test(form.name); i++) form = form.parent?.();
  if (!form || !FORM.test(form.name)) return false;
  const key = form.key;
  let answer = answers.get(key);
  if (answer === undefined) answers.set(key, (answer = startsMitID(form, a)));
  return answer;
}

/** A `<button>` (submit unless typed otherwise), an input or a component typed `submit` (by markup alone: identity asks this). */
function isSubmit(view: ElementView, a: Analyzer): boolean {
  const type = a.staticAttr(view, 'type')?.trim().toLowerCase();
  const tag = view.component ? undefined : view.name.toLowerCase();
  if (tag === 'input') return type === 'submit' || type === 'image';
  return type === 'submit' || (tag === 'button' && !a.attr(view, 'type'));
}

function startsMitID(form: ElementView, a: Analyzer): boolean {
  let asks = false;
  const stack: ChildView[] = form.children.slice();
  for (let seen = 0; stack.length && seen < MAX_INPUTS; seen++) {
    const c = stack.pop() as ChildView;
    if (c.kind === 'choice') stack.push(...c.options);
    if (c.kind !== 'element') continue;
    const e = c.element;
    stack.push(...e.children);
    const name = a.staticAttr(e, 'name');
    const tag = e.name.toLowerCase();
    if (!name || !EID_PARAMS.test(name) || (tag !== 'input' && tag !== 'select')) continue;
    // A visible choice of eID (radio options, a select): the user picks, the form names none.
    if (tag === 'select' || (a.staticAttr(e, 'type') ?? '').toLowerCase() !== 'hidden') return false;
    asks ||= a.attrText(a.attr(e, 'value')).some((v) => isComplete(v) && analyzeMitIDUrl(`?${name}=${encodeURIComponent(textOf(v).trim())}`).verdict === 'yes');
  }
  const action = a.attr(form, 'action');
  return asks || (!!action && a.attrText(action).some((v) => v.segments.some((s) => linksToMitIDLogin(s))));
}
