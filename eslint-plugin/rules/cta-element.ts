/**
 * mitid/cta-element (B1): a MitID call to action is a real <button>, or an <a> with a real href,
 * so keyboards and screen readers reach it.
 */
import { isUnsafeUrl } from 'mitid-ux-kit/core';
import type { Rule } from 'eslint';
import { stringElements, TEST_FILE } from '../adapters/strings.js';
import type { ElementView, Node } from '../adapters/types.js';
import { createRule, elementListener, locOf } from '../rule.js';
import { isComplete, textOf } from '../variants.js';

interface Options {
  allowRoleButton: boolean;
}

export default createRule({
  name: 'cta-element',
  meta: {
    type: 'problem',
    docs: { description: 'A MitID call to action is a <button>, or an <a> with a real href', recommended: true },
    schema: [
      {
        type: 'object',
        properties: {
          allowRoleButton: { type: 'boolean', description: 'Accept another element with role="button" and tabindex="0" (Signaturgruppen accepts it; the kit does not by default).' },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ allowRoleButton: false }],
    messages: {
      notAButton: 'This MitID call to action is a <{{tag}}>: use a <button> (or an <a href> that navigates) so keyboards and screen readers reach it.',
      roleButton: 'This MitID call to action is a <{{tag}}> with role="{{role}}": Signaturgruppen accepts that with tabindex="0", but the kit requires a real <button> (option allowRoleButton).',
      anchorWithoutHref: 'This MitID link has no href: give it the login address, or use a <button>.',
      anchorFakeHref: 'This MitID link\'s href "{{href}}" goes nowhere: give it the login address, or use a <button>.',
    },
  },
  create(context, a) {
    const options = { allowRoleButton: false, ...(context.options[0] as Partial<Options> | undefined) };
    const onElement = (view: ElementView): void => {
      const id = a.identity(view);
      if (!id || (id.role !== 'link' && id.role !== 'clickable') || !a.isMitIDAction(view)) return;
      const tag = id.tag ?? view.name;
      if (id.role === 'clickable') {
        const role = a.staticAttr(view, 'role');
        const tabindex = a.attr(view, 'tabindex');
        // tabIndex={0} in JSX is as good as tabindex="0".
        if (role && options.allowRoleButton && tabindex && a.attrText(tabindex).every((v) => isComplete(v) && textOf(v).trim() === '0')) return;
        context.report({ loc: locOf(context, view.nameRange), messageId: role ? 'roleButton' : 'notAButton', data: { tag, role: role ?? '' } });
        return;
      }
      // Angular's routerLink writes the href itself.
      const href = a.attr(view, 'href') ?? a.attr(view, 'routerlink') ?? (view.component ? a.attr(view, 'to') : undefined);
      if (!href) {
        if (!view.component || id.tag === 'a') context.report({ loc: locOf(context, view.nameRange), messageId: 'anchorWithoutHref' });
        return;
      }
      for (const v of a.attrText(href)) {
        const value = textOf(v).trim();
        if (!isComplete(v) || !(value === '' || value === '#' || isUnsafeUrl(value))) continue;
        context.report({ loc: locOf(context, href.range), messageId: 'anchorFakeHref', data: { href: value } });
        return;
      }
    };
    // Markup in strings and untagged template literals, read like an .html file.
    const strings = TEST_FILE.test(context.filename) ? {} : { 'Literal, TemplateLiteral': (node: Node) => stringElements(node, a.text).forEach(onElement) };
    return elementListener(context, a, onElement, strings as Rule.RuleListener);
  },
});
