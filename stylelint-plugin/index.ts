/**
 * mitid-ux-kit/stylelint-plugin: the MitID rules for stylelint (namespace `mitid`).
 * Use `plugins: ['mitid-ux-kit/stylelint-plugin']`, or extend `mitid-ux-kit/stylelint-config`.
 */
import { createStylelintRule } from './factory.js';
import { ruleDefinitions } from './rules/index.js';

const plugins = ruleDefinitions.map(createStylelintRule);

export { ruleDefinitions };
export default plugins;
