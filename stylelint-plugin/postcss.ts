/**
 * mitid-ux-kit/postcss: the same MitID checks as a PostCSS plugin for build pipelines (Vite,
 * webpack, PostCSS CLI). Problems become PostCSS warnings; `failOnWarning` fails the build.
 *
 *   postcss([mitid({ rules: { 'box-min-height': { boxSelectors: ['verify', '.login-box'] } } })])
 */
import type { Document, PluginCreator, Root } from 'postcss';
import { optionProblems } from './lib/engine.js';
import { ruleDefinitions } from './rules/index.js';

export interface MitIDPostcssOptions {
  /** Per rule (without the `mitid/` prefix): false to turn it off, or its options. All on by default. */
  rules?: Record<string, boolean | Record<string, unknown>>;
  /** Apply the one-to-one fixes (a wrong blue to #0060e6) instead of warning about them. */
  fix?: boolean;
  /** Throw (and so fail the build) when any rule reports a problem. */
  failOnWarning?: boolean;
}

const PLUGIN = 'mitid-ux-kit';

const mitid: PluginCreator<MitIDPostcssOptions> = (options = {}) => {
  const selected = ruleDefinitions.flatMap((def) => {
    const setting = options.rules?.[def.name] ?? true;
    if (setting === false) return [];
    const ruleOptions = setting === true ? {} : setting;
    const problems = optionProblems(def, ruleOptions);
    if (problems.length) throw new Error(`${PLUGIN}: mitid/${def.name}: ${problems.join('; ')}`);
    return [{ def, ruleOptions }];
  });
  const unknown = Object.keys(options.rules ?? {}).filter((name) => !ruleDefinitions.some((def) => def.name === name));
  if (unknown.length) throw new Error(`${PLUGIN}: unknown rules ${unknown.join(', ')}`);

  return {
    postcssPlugin: PLUGIN,
    Once(node, { result }) {
      // postcss-html and postcss-lit give a document of roots, one per style block.
      const top = node as Root | Document;
      const roots = top.type === 'document' ? (top.nodes as Root[]) : [top];
      const messages: string[] = [];
      for (const root of roots) {
        for (const { def, ruleOptions } of selected) {
          for (const f of def.check(root, ruleOptions as never)) {
            if (options.fix && f.fix) {
              f.fix();
              continue;
            }
            const warning = result.warn(`${f.message} (mitid/${def.name})`, {
              node: f.node,
              plugin: PLUGIN,
              ...(f.index === undefined ? {} : { index: f.index, endIndex: f.endIndex ?? f.index + 1 }),
            });
            messages.push(warning.toString());
          }
        }
      }
      if (options.failOnWarning && messages.length) {
        throw new Error(`${PLUGIN}: ${messages.length} MitID problem(s):\n${messages.join('\n')}`);
      }
    },
  };
};
mitid.postcss = true;

export default mitid;
