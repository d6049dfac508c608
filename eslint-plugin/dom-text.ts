/**
 * Imperative DOM text: `btn.textContent = 'Bekræfter…'`, `innerText`, `innerHTML`,
 * `insertAdjacentHTML`, jQuery's `.text()`/`.html()`, on an element found to be a MitID call to
 * action: looked up by a selector that names one (`#mitid-login`, `.btn-mitid`,
 * `[data-testid=mitid]`), held in a variable from such a look-up, or `event.target`/`this` in its
 * click handler. Markup assigned as HTML is read as elements instead (adapters/strings.ts).
 */
import type { Scope } from 'eslint';
import { identifierNamesMitIDCta } from 'mitid-ux-kit/core';
import type { Context, Node } from './adapters/types.js';
import { dottedName, nodes, prop, unwrap } from './ast.js';

const TEXT_PROPS = new Set(['textContent', 'innerText', 'innerHTML', 'value']);
const HTML_CALLS = new Set(['html', 'text', 'val']);
const LOOKUPS = /(?:^|\.)(?:querySelector|querySelectorAll|getElementById|getElementsByClassName|getElementsByName|closest|\$|jQuery|find)$/;
const LISTENS = /(?:^|\.)(?:addEventListener|on|click|one|bind)$/;
const FUNCTIONS = new Set(['FunctionDeclaration', 'FunctionExpression', 'ArrowFunctionExpression']);
/** Where a ref holds its element: React's `.current`, Angular's `.nativeElement`, Vue's `.value` and `$el`. */
const REF_VALUES = new Set(['current', 'nativeElement', 'value', '$el', 'el']);
/** Calls that create an empty ref, filled by the framework: the ref's name says which element it gets. */
const REF_FACTORIES = /(?:^|\.)(?:useRef|createRef|ref|shallowRef|useTemplateRef|viewChild)$/;

/** Calls that make a new element, named afterwards. */
const CREATES = /(?:^|\.)createElement$/;
/** Attributes that name an element (its test ids included; other data-* values are data). */
const NAMING_ATTRS = /^(?:id|class|name|data-(?:testid|test-id|test|cy|qa|e2e|pw))$/i;

/** jQuery methods that return (a part of) the same elements, so a chain still holds the call to action. */
const SAME_ELEMENTS = /^(?:find|closest|children|first|last|eq|filter|not|once|addClass|removeClass|toggleClass|attr|removeAttr|prop|css|data|show|hide|on|off|one|focus|blur|click)$/;

/** A variable or ref named for the MitID call to action (`mitidButtonRef`, `this.mitidBtn`; not `mitidHelpRef`). */
const namedForCta = (node: Node): boolean => {
  const name = dottedName(node);
  return !!name && identifierNamesMitIDCta(name.slice(name.lastIndexOf('.') + 1));
};

/** A CSS selector (or id, or class name) whose id, class or attribute value names the MitID CTA. */
function selectorNamesMitID(selector: string): boolean {
  return selector.split(/[\s>+~,()[\]="':*^$|]+/).some((part) => identifierNamesMitIDCta(part.replace(/^[#.]/, '')));
}

export class DomText {
  constructor(
    private readonly context: Context,
    private readonly strings: (node: Node) => string[] | undefined,
  ) {}

  /** Where text is written to an element, and the value written: `el.textContent = v`, `$(el).text(v)`. */
  static write(node: Node): { target: Node; value: Node; html: boolean; adds?: true } | undefined {
    if (node.type === 'AssignmentExpression' && node['operator'] === '=') {
      const left = prop(node, 'left');
      const value = prop(node, 'right');
      const name = left?.type === 'MemberExpression' && !left['computed'] ? (prop(left, 'property')?.['name'] as string | undefined) : undefined;
      const target = left && prop(left, 'object');
      if (name && TEXT_PROPS.has(name) && target && value) return { target, value, html: name === 'innerHTML' };
      return undefined;
    }
    if (node.type !== 'CallExpression') return undefined;
    const callee = prop(node, 'callee');
    const args = nodes(node, 'arguments');
    const method = callee?.type === 'MemberExpression' && !callee['computed'] ? (prop(callee, 'property')?.['name'] as string | undefined) : undefined;
    const target = callee && prop(callee, 'object');
    if (!method || !target) return undefined;
    if (method === 'insertAdjacentHTML' && args[1]) return { target, value: args[1], html: true, adds: true };
    if (HTML_CALLS.has(method) && args.length === 1 && args[0] && !FUNCTIONS.has(args[0].type)) return { target, value: args[0], html: method === 'html' };
    return undefined;
  }

  /** The written-to element is a MitID call to action. */
  isMitIDElement(target: Node, depth = 0): boolean {
    // Bounded: a look-up through a variable, `$(this)`, its handler and a chain is about eight steps.
    if (depth > 8) return false;
    const n = unwrap(target);
    if (n.type === 'CallExpression') {
      const name = dottedName(prop(n, 'callee')) ?? '';
      // `$(this)`, `$(el)`: the element inside.
      const arg = nodes(n, 'arguments')[0];
      if (LOOKUPS.test(name) && arg) return (this.strings(arg) ?? []).some(selectorNamesMitID) || this.isMitIDElement(arg, depth + 1);
      // A jQuery chain keeps its elements: `$('.mitid-btn', ctx).once('x').on(...)`, `$btn.addClass('busy').text(...)`.
      const callee = prop(n, 'callee');
      const method = callee?.type === 'MemberExpression' ? prop(callee, 'property')?.['name'] : undefined;
      const object = callee?.type === 'MemberExpression' ? prop(callee, 'object') : undefined;
      return !!object && typeof method === 'string' && SAME_ELEMENTS.test(method) && this.isMitIDElement(object, depth + 1);
    }
    if (n.type === 'MemberExpression') {
      const property = prop(n, 'property');
      const object = prop(n, 'object');
      // `querySelectorAll('.btn-mitid')[0]`, `els.item(0)`.
      if (n['computed'] && property?.type === 'Literal') return this.isMitIDElement(object as Node, depth + 1);
      const name = n['computed'] ? undefined : (property?.['name'] as string | undefined);
      if ((name === 'target' || name === 'currentTarget') && object?.type === 'Identifier') return this.handlerOfMitID(n, depth);
      if (!name || !object) return false;
      // A ref's element: `mitidButtonRef.current`, `this.mitidButton.nativeElement`, `mitidBtn.value`.
      if (REF_VALUES.has(name)) return namedForCta(object) || this.isMitIDElement(object, depth + 1);
      // A ref by name: `this.$refs.mitidButton`, Lit's `@query` field `this.mitidButton`.
      return (object.type === 'ThisExpression' || /(?:^|\.)\$?refs$/.test(dottedName(object) ?? '')) && identifierNamesMitIDCta(name);
    }
    if (n.type === 'ThisExpression') return this.handlerOfMitID(n, depth);
    if (n.type === 'Identifier') {
      const init = this.initOf(n);
      // An element looked up into the variable, or one bound to it by name (Svelte's bind:this={mitidButton}, `useRef()`).
      const factory = init ? (dottedName(prop(unwrap(init), 'callee')) ?? '') : '';
      // An element made in script is what its id or class says (`btn.className = 'mitid-btn'`).
      if (CREATES.test(factory)) return this.namedByWrites(n);
      // A ref itself is no element (`mitidMessage.value = '…'` sets a Vue ref's value); its `.current`/`.value` is, above.
      if (REF_FACTORIES.test(factory)) return false;
      return init ? this.isMitIDElement(init, depth + 1) : namedForCta(n);
    }
    return false;
  }

  /** `this` or `event.target` inside a function registered as the click handler of a MitID element. */
  private handlerOfMitID(at: Node, depth: number): boolean {
    let fn: Node | undefined = at.parent;
    while (fn && !FUNCTIONS.has(fn.type)) fn = fn.parent;
    if (at.type === 'ThisExpression') while (fn && fn.type === 'ArrowFunctionExpression') fn = this.enclosing(fn);
    const call = fn?.parent;
    if (!fn || !call || call.type !== 'CallExpression' || !nodes(call, 'arguments').includes(fn)) return false;
    const callee = prop(call, 'callee');
    if (!LISTENS.test(dottedName(callee) ?? (callee?.type === 'MemberExpression' ? `x.${String(prop(callee, 'property')?.['name'])}` : ''))) return false;
    const object = callee && prop(callee, 'object');
    return !!object && this.isMitIDElement(object, depth + 1);
  }

  private enclosing(node: Node): Node | undefined {
    let p = node.parent;
    while (p && !FUNCTIONS.has(p.type)) p = p.parent;
    return p;
  }

  /** The id, class or test id script gives the element in a variable: `el.id = 'mitid-login'`, `el.classList.add(...)`, `el.setAttribute('data-testid', ...)`. */
  private namedByWrites(id: Node): boolean {
    for (const ref of this.variableOf(id)?.references ?? []) {
      const member = (ref.identifier as unknown as Node).parent;
      if (member?.type !== 'MemberExpression' || member['computed'] || prop(member, 'object') !== (ref.identifier as unknown as Node)) continue;
      const name = prop(member, 'property')?.['name'];
      const parent = member.parent;
      let values: Node[] = [];
      if ((name === 'className' || name === 'id') && parent?.type === 'AssignmentExpression' && prop(parent, 'left') === member) values = [prop(parent, 'right') as Node];
      else if (name === 'classList' && parent?.type === 'MemberExpression' && prop(parent, 'property')?.['name'] === 'add' && parent.parent?.type === 'CallExpression') values = nodes(parent.parent, 'arguments');
      else if (name === 'setAttribute' && parent?.type === 'CallExpression') {
        const [key, value] = nodes(parent, 'arguments');
        if (key && value && (this.strings(key) ?? []).some((k) => NAMING_ATTRS.test(k))) values = [value];
      }
      if (values.some((v) => (this.strings(v) ?? []).some((text) => text.split(/\s+/).some((t) => identifierNamesMitIDCta(t))))) return true;
    }
    return false;
  }

  private variableOf(id: Node): Scope.Variable | undefined {
    let scope: Scope.Scope;
    try {
      scope = this.context.sourceCode.getScope(id as never);
    } catch {
      return undefined;
    }
    for (let s: Scope.Scope | null = scope; s; s = s.upper) {
      const variable = s.set.get(id['name'] as string);
      if (variable) return variable;
    }
    return undefined;
  }

  /** The initial value of a variable (`const btn = document.querySelector(...)`, `let` too, when assigned once). */
  private initOf(id: Node): Node | undefined {
    const variable = this.variableOf(id);
    const def = variable?.defs[0];
    if (!variable || variable.defs.length !== 1 || def?.type !== 'Variable') return undefined;
    if (variable.references.filter((r) => r.isWrite()).length > 1) return undefined;
    return ((def.node as unknown as Node)['init'] as Node | undefined) ?? undefined;
  }
}
