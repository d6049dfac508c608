/**
 * The kit's own ESLint rules over markup carved out of another file: the plugin's HTML parser reads
 * the masked text, its holes become the nodes they stand for (a message key is `translate('key')`,
 * so the rules' catalog lookup and messages apply), and every finding is mapped back to the host.
 */
import { parse, relative } from 'node:path';
import type { ESLint as ESLintType, Linter } from 'eslint';
import type { Finding } from '../lib/report.js';
import { HOLE_RE, Lines, type Hole, type Masked } from './masked.js';

interface HtmlServices {
  mitidHtml?: { src: { holes: RegExp; holeNode: (m: RegExpExecArray, start: number) => unknown } };
}
interface Plugin {
  htmlParser: { parseForESLint(code: string, options?: { filePath?: string }): { services: HtmlServices } & Record<string, unknown> };
  configs: Record<'recommended' | 'strict', Linter.Config[]>;
}

type Range = [number, number];
const VIRTUAL = '.mitid-markup.html';
/** As eslint-plugin's relevance check reads a file. */
const MENTION = /mit[\W_]{0,3}id|idura|criipto|netseidbroker/i;
const LOC = { start: { line: 1, column: 0 }, end: { line: 1, column: 0 } };

function holeNode(hole: Hole, range: Range): unknown {
  const literal = (value: string): unknown => ({ type: 'Literal', value, raw: JSON.stringify(value), range, loc: LOC });
  if (hole.kind === 'literal') return literal(hole.text);
  if (hole.kind === 'unknown') return { type: 'UnknownExpression', range, loc: LOC };
  const property = (name: string, value: string): unknown => ({ type: 'Property', kind: 'init', computed: false, key: { type: 'Identifier', name, range, loc: LOC }, value: literal(value), range, loc: LOC });
  // gettext shows the msgid when a language has no translation: it is the default message.
  const arg = hole.fallback === undefined ? literal(hole.key) : { type: 'ObjectExpression', properties: [property('id', hole.key), property('defaultMessage', hole.fallback)], range, loc: LOC };
  return { type: 'CallExpression', callee: { type: 'Identifier', name: 'translate', range, loc: LOC }, arguments: [arg], optional: false, range, loc: LOC };
}

/** Masked markup by the path it is linted under (lintText runs one file at a time). */
const pending = new Map<string, Masked>();

function parser(plugin: Plugin): Linter.Parser {
  return {
    meta: { name: 'mitid-ux/languages-markup', version: '0.1.0' },
    parseForESLint(code: string, options: { filePath?: string } = {}) {
      const result = plugin.htmlParser.parseForESLint(code, options);
      const masked = pending.get(options.filePath ?? '');
      const src = result.services.mitidHtml?.src;
      if (src && masked) {
        src.holes = HOLE_RE;
        src.holeNode = (m, start) => {
          const entry = masked.holes.get(start);
          return holeNode(entry?.hole ?? { kind: 'unknown' }, [start, start + m[0].length]);
        };
      }
      return result;
    },
  } as unknown as Linter.Parser;
}

export interface MarkupLinter {
  lint(masked: Masked, file: string, hostText: string): Promise<Finding[]>;
}

const linters = new Map<string, Promise<MarkupLinter>>();

/** One ESLint per set of settings (catalogs differ per stack); rules as in configs.recommended (or strict). */
export function markupLinter(cwd: string, strict: boolean, settings: Record<string, unknown>): Promise<MarkupLinter> {
  const key = JSON.stringify([cwd, strict, settings]);
  let hit = linters.get(key);
  if (!hit) linters.set(key, (hit = create(cwd, strict, settings)));
  return hit;
}

async function create(cwd: string, strict: boolean, settings: Record<string, unknown>): Promise<MarkupLinter> {
  const face = (await import('eslint-plugin-mitid')) as unknown as { default?: Partial<Plugin> } & Partial<Plugin>;
  const htmlParser = face.htmlParser ?? face.default?.htmlParser;
  const configs = face.default?.configs ?? face.configs;
  if (!htmlParser || !configs) throw new Error('eslint-plugin-mitid exports no htmlParser or configs');
  const plugin: Plugin = { htmlParser, configs };
  const { ESLint } = await import('eslint');
  const html = plugin.configs[strict ? 'strict' : 'recommended'].find((c) => c.name?.endsWith('/html'));
  if (!html) throw new Error('eslint-plugin-mitid has no HTML block in its configs');
  const overrideConfig: Linter.Config[] = [{ name: 'mitid-ux/languages', files: [`**/*${VIRTUAL}`], plugins: html.plugins, languageOptions: { parser: parser(plugin) }, rules: html.rules, settings }];
  // ESLint ignores (silently, returning no result) a file outside its cwd: the base path is the
  // file system's root so that `check /elsewhere/view.php` is linted, not passed.
  const eslint: ESLintType = new ESLint({ cwd: parse(cwd).root, overrideConfigFile: true, overrideConfig, warnIgnored: false, ignore: false });
  return {
    async lint(masked, file, hostText) {
      // ESLint lints a path only when a non-universal `files` pattern matches it: a virtual name does.
      const filePath = `${file}${VIRTUAL}`;
      pending.set(filePath, masked);
      let results: ESLintType.LintResult[];
      try {
        // The rules skip a file whose text never names MitID; a mention inside a hole (`<?= 'Log ind med MitID' ?>`) must count.
        const code = MENTION.test(hostText) && !MENTION.test(masked.text) ? `${masked.text}\n<!-- mitid -->` : masked.text;
        results = await eslint.lintText(code, { filePath });
      } finally {
        pending.delete(filePath);
      }
      if (results.length !== 1) throw new Error('ESLint did not lint its markup');
      // As the rules, stylelint's only for a file that names MitID: a template hole inside a
      // `<style>` block is no CSS, and Rails' own layouts (`<%= yield :style %>`) would fail to parse.
      if (/<style[\s>]/i.test(masked.text) && MENTION.test(hostText)) results.push(...(await styleResults(masked.text, filePath, cwd)));
      const inMarkup = new Lines(masked.text);
      const inHost = new Lines(hostText);
      const back = (line: number, column: number) => inHost.position(masked.toSource(inMarkup.offset(line, column)));
      const out: Finding[] = [];
      for (const m of results.flatMap((r) => r.messages)) {
        const start = back(m.line || 1, m.column || 1);
        const end = m.endLine ? back(m.endLine, m.endColumn ?? 1) : undefined;
        out.push({
          tool: (m as { tool?: 'stylelint' }).tool ?? 'eslint',
          ruleId: m.ruleId ?? 'parse-error',
          severity: m.severity === 2 || m.fatal ? 'error' : 'warning',
          message: m.fatal ? `Could not be parsed: ${m.message}` : m.message,
          target: relative(cwd, file),
          line: start.line,
          column: start.column,
          ...(end ? { endLine: end.line, endColumn: end.column } : {}),
        });
      }
      return out;
    },
  };
}

/** `<style>` blocks of the masked markup through the kit's stylelint config (postcss-html), as ESLint-shaped results. */
async function styleResults(code: string, codeFilename: string, cwd: string): Promise<ESLintType.LintResult[]> {
  const stylelint = (await import('stylelint')).default;
  const config = (await import('stylelint-plugin-mitid/config')).default;
  // A style attribute whose value is a template expression (Thymeleaf's `th:style`, read as `style` with its value a hole) or a
  // namespaced one (`v-bind:style`) holds no CSS: renamed, same length, so PostCSS leaves it.
  const css = code.replace(/(\s[\w-]+:)style(\s*=)/gi, '$1xtyle$2').replace(/(\s)style(\s*=\s*(["'])[^"']*\uF000)/gi, '$1xtyle$2');
  const { results } = await stylelint.lint({ code: css, codeFilename, config, cwd, quietDeprecationWarnings: true, disableDefaultIgnores: true });
  return results.map((r) => ({
    messages: r.warnings.map((w) => ({
      tool: 'stylelint',
      ruleId: w.rule === 'CssSyntaxError' ? 'parse-error' : w.rule,
      severity: w.severity === 'warning' ? 1 : 2,
      fatal: w.rule === 'CssSyntaxError',
      message: w.text.replace(` (${w.rule})`, ''),
      line: w.line,
      column: w.column,
      endLine: w.endLine,
      endColumn: w.endColumn,
    })),
  })) as unknown as ESLintType.LintResult[];
}
