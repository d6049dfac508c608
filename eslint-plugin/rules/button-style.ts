/**
 * mitid/button-style (B2-B6): inline styles and explicit Tailwind classes on a MitID call to
 * action that contradict the brand's colours, font, height, radius or padding. The core's
 * checkButtonDeclaration judges each declaration.
 */
import type { Rule } from 'eslint';
import { checkButtonDeclaration } from 'mitid-ux-kit/core';
import { stringElements, TEST_FILE } from '../adapters/strings.js';
import type { ElementView, Node } from '../adapters/types.js';
import { createRule, elementListener, locOf } from '../rule.js';
import { classTokens, inlineStyles } from '../styles.js';
import { tailwindDeclaration } from '../tailwind.js';

interface Options {
  tailwind: boolean;
}

export default createRule({
  name: 'button-style',
  meta: {
    type: 'problem',
    docs: { description: 'Inline styles and Tailwind classes on a MitID call to action keep the brand values', recommended: true },
    schema: [
      {
        type: 'object',
        properties: { tailwind: { type: 'boolean', description: 'Read Tailwind utility classes with explicit values (default true).' } },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ tailwind: true }],
    messages: {
      offBrand: 'MitID button {{property}} is {{actual}}; the brand asks for {{expected}}.',
      offBrandClass: 'The class "{{className}}" sets {{property}} to {{actual}} on a MitID button; the brand asks for {{expected}}.',
    },
  },
  create(context, a) {
    const options: Options = { tailwind: true, ...(context.options[0] as Partial<Options> | undefined) };
    const onElement = (view: ElementView): void => {
      const id = a.identity(view);
      if (!id || id.role === 'mitid-button' || !a.isMitIDAction(view)) return;
      for (const d of inlineStyles(a, view)) {
        const v = checkButtonDeclaration(d.property, d.value);
        if (v) context.report({ loc: locOf(context, d.range), messageId: 'offBrand', data: { property: v.property, actual: v.actual, expected: v.expected } });
      }
      if (!options.tailwind) return;
      for (const { token, range } of classTokens(a, view)) {
        const d = tailwindDeclaration(token);
        const v = d && checkButtonDeclaration(d.property, d.value, { state: d.state });
        if (v) context.report({ loc: locOf(context, range), messageId: 'offBrandClass', data: { className: token, property: v.property, actual: v.actual, expected: v.expected } });
      }
    };
    // Markup in strings and untagged template literals (an Angular component's inline template), read like an .html file.
    const strings = TEST_FILE.test(context.filename) ? {} : { 'Literal, TemplateLiteral': (node: Node) => stringElements(node, a.text).forEach(onElement) };
    return elementListener(context, a, onElement, strings as Rule.RuleListener);
  },
});
