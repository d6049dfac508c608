/**
 * `mitid-ux check`: the kit's ESLint rules (configs.recommended) and stylelint rules (the shareable
 * config) over files, without the team's own configs. A file that cannot be parsed is a finding;
 * a face that is not built yet is a clear error; neither stops the other files.
 */
import { existsSync, readFileSync } from 'node:fs';
import { extname, relative } from 'node:path';
import type { ESLint as ESLintType, Linter } from 'eslint';
import type { Config as StylelintConfig, LinterResult } from 'stylelint';
import { ESLINT_EXTENSIONS, STYLE_EXTENSIONS } from './files.js';
import { dependencyFile, importPeer, SetupError } from './faces.js';
import type { Report } from './report.js';

/** Files per linter call: small enough for a progress line, large enough to stay fast. */
const CHUNK = 200;

export interface LintOptions {
  cwd: string;
  onProgress?: (done: number, total: number) => void;
}

interface EslintPlugin {
  configs?: { recommended?: Linter.Config | Linter.Config[] };
}

function chunks<T>(list: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += CHUNK) out.push(list.slice(i, i + CHUNK));
  return out;
}

/**
 * configs.recommended leaves the parser of .ts/.tsx files to the team's config; without one, the
 * command brings TypeScript's parser (when installed) so TypeScript sources parse at all.
 */
async function typescriptBlock(): Promise<Linter.Config[]> {
  try {
    // typescript-eslint (the kit's optional peer) re-exports the parser; the parser alone works too.
    const parser = ((await import('typescript-eslint').catch(() => undefined))?.parser ?? (await import('@typescript-eslint/parser'))) as unknown as Linter.Parser;
    return [{ name: 'mitid-ux/typescript', files: ['**/*.ts', '**/*.tsx', '**/*.mts', '**/*.cts'], languageOptions: { parser, parserOptions: { ecmaFeatures: { jsx: true } } } }];
  } catch {
    return [];
  }
}

async function runEslint(files: string[], report: Report, options: LintOptions, progress: (files: number) => void): Promise<void> {
  const face = await importPeer<{ default?: EslintPlugin } & EslintPlugin>('eslint-plugin-mitid', 'mitid-ux check');
  const recommended = face.default?.configs?.recommended ?? face.configs?.recommended;
  if (!recommended) throw new SetupError('The ESLint plugin has no configs.recommended.');
  const { ESLint } = await importPeer<typeof import('eslint')>('eslint', 'mitid-ux check');
  const overrideConfig = [...(await typescriptBlock()), ...(Array.isArray(recommended) ? recommended : [recommended])];
  const eslint: ESLintType = new ESLint({ cwd: options.cwd, overrideConfigFile: true, overrideConfig, errorOnUnmatchedPattern: false, warnIgnored: false });
  for (const chunk of chunks(files)) {
    let results: ESLintType.LintResult[];
    try {
      results = await eslint.lintFiles(chunk);
    } catch {
      // One odd file must not hide the others: lint them one by one.
      results = [];
      for (const file of chunk) {
        try {
          results.push(...(await eslint.lintFiles([file])));
        } catch (error) {
          report.findings.push({ tool: 'eslint', ruleId: 'parse-error', severity: 'error', message: `Could not be checked: ${(error as Error).message.split('\n')[0]}`, target: relative(options.cwd, file) });
        }
      }
    }
    const meta = eslint.getRulesMetaForResults(results);
    progress(chunk.length);
    for (const r of results) {
      for (const m of r.messages) {
        const ruleId = m.ruleId ?? 'parse-error';
        if (m.ruleId && !report.rules.has(ruleId)) {
          const docs = meta[m.ruleId]?.docs;
          report.rules.set(ruleId, { description: docs?.description ?? ruleId, helpUri: docs?.url });
        }
        report.findings.push({
          tool: 'eslint',
          ruleId,
          severity: m.severity === 2 || m.fatal ? 'error' : 'warning',
          message: m.fatal ? `Could not be parsed: ${m.message}` : m.message,
          target: relative(options.cwd, r.filePath),
          line: m.line || undefined,
          column: m.column || undefined,
          endLine: m.endLine,
          endColumn: m.endColumn,
        });
      }
    }
  }
}

interface StylelintRuleMeta {
  ruleName: string;
  rule: { meta?: { url?: string } };
}

/** stylelint rules carry no description: the first sentence of the rule's shipped docs page. */
function ruleSummary(ruleName: string): string {
  const file = dependencyFile('stylelint-plugin-mitid', `docs/rules/${ruleName.replace(/^mitid\//, '')}.md`);
  if (!file || !existsSync(file)) return ruleName;
  const paragraph = readFileSync(file, 'utf8').split(/\n\s*\n/).find((p) => !p.startsWith('#')) ?? '';
  return /^[^]*?[.:;](?=\s|$)/.exec(paragraph.replace(/\s+/g, ' ').trim())?.[0].replace(/[:;]$/, '.') || ruleName;
}

async function runStylelint(files: string[], report: Report, options: LintOptions, progress: (files: number) => void): Promise<void> {
  const face = await importPeer<{ default: StylelintConfig; UNREADABLE_EXTENSIONS?: ReadonlySet<string> }>('stylelint-plugin-mitid/config', 'mitid-ux check');
  const config = face.default;
  // A file type whose syntax (postcss-lit, postcss-html, postcss-scss) is not installed is skipped, not misread as CSS.
  const readable = files.filter((f) => !face.UNREADABLE_EXTENSIONS?.has(extname(f)));
  progress(files.length - readable.length);
  files = readable;
  const stylelint = (await importPeer<{ default: typeof import('stylelint') }>('stylelint', 'mitid-ux check')).default;
  for (const plugin of (config.plugins ?? []) as unknown as StylelintRuleMeta[]) {
    // A rule both linters have (button-style, box-min-height) takes stylelint's entry: its docs state the rule, not one syntax.
    if (plugin.ruleName) report.rules.set(plugin.ruleName, { description: ruleSummary(plugin.ruleName), helpUri: plugin.rule?.meta?.url });
  }
  // configBasedir: the custom syntaxes (postcss-scss, postcss-html ...) resolve from the kit.
  const lint = (list: string[]): Promise<LinterResult> =>
    stylelint.lint({ files: list, config, cwd: options.cwd, allowEmptyInput: true, quietDeprecationWarnings: true, disableDefaultIgnores: true });
  for (const chunk of chunks(files)) {
    const results: LinterResult['results'] = [];
    try {
      results.push(...(await lint(chunk)).results);
    } catch {
      // One odd file must not hide the others: lint them one by one.
      for (const file of chunk) {
        try {
          results.push(...(await lint([file])).results);
        } catch (error) {
          const target = relative(options.cwd, file);
          // A file ESLint already could not parse is reported once.
          if (report.findings.some((f) => f.target === target && f.ruleId === 'parse-error')) continue;
          report.findings.push({ tool: 'stylelint', ruleId: 'parse-error', severity: 'error', message: `Could not be checked: ${(error as Error).message.split('\n')[0]}`, target });
        }
      }
    }
    for (const r of results) {
      for (const w of r.warnings) {
        const parse = w.rule === 'CssSyntaxError';
        report.findings.push({
          tool: 'stylelint',
          ruleId: parse ? 'parse-error' : w.rule,
          severity: w.severity === 'warning' ? 'warning' : 'error',
          message: parse ? `Could not be parsed: ${w.text}` : w.text.replace(` (${w.rule})`, ''),
          target: relative(options.cwd, r.source ?? ''),
          line: w.line,
          column: w.column,
          endLine: w.endLine,
          endColumn: w.endColumn,
        });
      }
    }
    progress(chunk.length);
  }
}

export async function lintFiles(files: string[], report: Report, options: LintOptions): Promise<void> {
  const eslintFiles = files.filter((f) => ESLINT_EXTENSIONS.has(extname(f)));
  const styleFiles = files.filter((f) => STYLE_EXTENSIONS.has(extname(f)));
  // A file read by both linters (HTML, Vue, TS) counts once per linter.
  const total = eslintFiles.length + styleFiles.length;
  let done = 0;
  const progress = (n: number): void => options.onProgress?.((done += n), total);
  report.rules.set('parse-error', { description: 'The file could not be parsed, so it was not checked.' });
  const faces: [string, () => Promise<void>][] = [
    ['ESLint', () => runEslint(eslintFiles, report, options, progress)],
    ['stylelint', () => runStylelint(styleFiles, report, options, progress)],
  ];
  for (const [name, run] of faces) {
    if (name === 'ESLint' ? !eslintFiles.length : !styleFiles.length) continue;
    try {
      await run();
    } catch (error) {
      if (!(error instanceof SetupError)) throw error;
      report.errors.push({ target: name, message: error.message });
    }
  }
  report.checked = files.length;
}
