/**
 * mitid/button-style (B2-B6, B9): inline styles, style props and explicit Tailwind classes on a
 * MitID call to action, and style objects named for the MitID button (vanilla-extract, styled
 * object syntax, `css({...})`), that contradict the brand's colours, font, height, radius or
 * padding. The core's checkButtonDeclaration judges each declaration.
 */
import { dirname, relative } from 'node:path';
import type { Rule } from 'eslint';
import { checkButtonDeclaration, checkTailwindClass } from 'mitid-ux-kit/core';
import { stringElements, TEST_FILE } from '../adapters/strings.js';
import type { ElementView, Node } from '../adapters/types.js';
import { createRule, elementListener, locOf } from '../rule.js';
import { callStyles } from '../style-objects.js';
import { sheetDeclarations } from '../style-sheets.js';
import { classTokens, inlineStyles } from '../styles.js';
import { tailwindTheme } from '../tailwind-theme.js';

interface Options {
  tailwind: boolean;
}

export default createRule({
  name: 'button-style',
  meta: {
    type: 'problem',
    docs: { description: 'Inline styles, style props, Tailwind classes and style objects of a MitID call to action keep the brand values', recommended: true },
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
      offBrandRule: 'The rule "{{selector}}" styles this MitID button: its {{property}} is {{actual}}; the brand asks for {{expected}}.',
      offBrandModule: 'The class "{{className}}" ({{file}}, line {{line}}) sets {{property}} to {{actual}} on a MitID button; the brand asks for {{expected}}.',
      offBrandPalette: 'The class "{{className}}" sets {{property}} to {{actual}} ({{source}}) on a MitID button; the brand asks for {{expected}}: use {{fix}}, or a theme colour set to {{expected}}.',
    },
  },
  create(context, a) {
    const options: Options = { tailwind: true, ...(context.options[0] as Partial<Options> | undefined) };
    const reported = new Set<string>();
    const onElement = (view: ElementView): void => {
      const id = a.identity(view);
      if (!id || id.role === 'mitid-button' || !a.isMitIDAction(view)) return;
      for (const d of inlineStyles(a, view, true)) {
        const v = checkButtonDeclaration(d.property, d.value, { state: d.state });
        if (v) context.report({ loc: locOf(context, d.range), messageId: 'offBrand', data: { property: v.property, actual: v.actual, expected: v.expected } });
      }
      // The file's own style sheets and CSS modules, through classes that do not name MitID; a rule shared by two buttons is reported once.
      for (const d of sheetDeclarations(a, context, view)) {
        const v = checkButtonDeclaration(d.property, d.value, { state: d.state });
        const at = d.range ?? d.via?.range;
        if (!v || !at || reported.has(`${at[0]}:${at[1]}`)) continue;
        reported.add(`${at[0]}:${at[1]}`);
        const data = { selector: d.selector, property: v.property, actual: v.actual, expected: v.expected };
        if (d.file && d.via) context.report({ loc: locOf(context, at), messageId: 'offBrandModule', data: { ...data, className: d.via.token, file: relative(dirname(context.physicalFilename), d.file.path), line: String(d.file.line) } });
        else context.report({ loc: locOf(context, at), messageId: 'offBrandRule', data });
      }
      if (!options.tailwind) return;
      const theme = tailwindTheme(context.physicalFilename);
      for (const { token, range } of classTokens(a, view)) {
        const v = checkTailwindClass(token, theme);
        if (v?.palette) context.report({ loc: locOf(context, range), messageId: 'offBrandPalette', data: { className: token, property: v.property, actual: v.actual, source: v.palette.source, expected: v.expected, fix: v.palette.fix } });
        else if (v) context.report({ loc: locOf(context, range), messageId: 'offBrandClass', data: { className: token, property: v.property, actual: v.actual, expected: v.expected } });
      }
    };
    // Markup in strings and untagged template literals (an Angular component's inline template), read like an .html file.
    // Style objects in test files are fixtures, not the product's styles.
    const vanilla = /\.css\.[cm]?[jt]s$/i.test(context.filename) || /from\s*['"]@vanilla-extract\//.test(context.sourceCode.text);
    const script = TEST_FILE.test(context.filename)
      ? {}
      : {
          'Literal, TemplateLiteral': (node: Node) => stringElements(node, a.text).forEach(onElement),
          CallExpression: (node: Node) => {
            for (const d of callStyles(a, node, vanilla, context.filename)) {
              const v = checkButtonDeclaration(d.property, d.value, { state: d.state });
              if (v) context.report({ loc: locOf(context, d.range), messageId: 'offBrand', data: { property: v.property, actual: v.actual, expected: v.expected } });
            }
          },
        };
    return elementListener(context, a, onElement, script as Rule.RuleListener);
  },
});
