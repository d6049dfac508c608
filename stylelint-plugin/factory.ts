/**
 * The one rule factory: turns a rule definition (shared with the PostCSS plugin) into a stylelint
 * plugin with messages, meta (docs URL, fixable) and option validation. A check that throws is
 * reported as a warning naming the rule, never as a crash of the whole lint run.
 */
import stylelint, { type Rule } from 'stylelint';
import { docsUrl } from 'mitid-ux-kit/core';
import { optionProblems, type RuleDefinition } from './lib/engine.js';

/** Where each rule's documentation lives (shipped in the package: docs/rules), for this version. */
export const DOCS_BASE = docsUrl('stylelint-plugin-mitid', 'docs/rules/');

export const NAMESPACE = 'mitid';

/** What stylelint's createPlugin returns, with its shape spelled out. */
export interface StylelintRulePlugin {
  ruleName: string;
  rule: Rule;
}

export function createStylelintRule(def: RuleDefinition<never>): StylelintRulePlugin {
  const ruleName = `${NAMESPACE}/${def.name}`;
  const messages = stylelint.utils.ruleMessages(ruleName, {
    rejected: (text: string) => text,
    crashed: (error: string) => `${ruleName} could not check this file (${error}); please report it`,
  });
  const rule: Rule = (primary: unknown, secondary: unknown) => (root, result) => {
    const valid = stylelint.utils.validateOptions(
      result,
      ruleName,
      { actual: primary, possible: [true, false] },
      { actual: secondary, possible: (value: unknown) => optionProblems(def, value).length === 0, optional: true },
    );
    if (!valid || primary !== true) return;
    let findings;
    try {
      findings = def.check(root, (secondary ?? {}) as never);
    } catch (error) {
      stylelint.utils.report({ ruleName, result, node: root, message: messages.crashed(String(error)), index: 0, endIndex: 1 });
      return;
    }
    for (const f of findings) {
      stylelint.utils.report({
        ruleName,
        result,
        node: f.node,
        message: messages.rejected(f.message),
        ...(f.index === undefined ? {} : { index: f.index, endIndex: f.endIndex ?? f.index + 1 }),
        ...(f.fix ? { fix: f.fix } : {}),
      });
    }
  };
  rule.ruleName = ruleName;
  rule.messages = messages;
  rule.meta = { url: `${DOCS_BASE}${def.name}.md`, fixable: def.fixable };
  return stylelint.createPlugin(ruleName, rule) as StylelintRulePlugin;
}
