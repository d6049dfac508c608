/**
 * `mitid-ux check`: the kit's ESLint rules (configs.recommended) and stylelint rules (the
 * shareable config) over files, with parsers for everything real projects hold and the project's
 * own MitID settings. Each file is read once (encoding detected) and given to each of its
 * readers as text; a file that a reader could not look at is named as not checked, never passed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, extname, isAbsolute, relative, resolve } from 'node:path';
import type { ESLint as ESLintType, Linter, Rule } from 'eslint';
import type { Config as StylelintConfig, LinterResult } from 'stylelint';
import { dependencyFile, importPeer, SetupError } from './faces.js';
import { lintedPath, readersOf, shownPath, unreadType, type Reader } from './files.js';
import { readSource } from './read.js';
import type { Finding, Report } from './report.js';

export interface LanguageHook {
  languageOf(file: string): string | undefined;
  checkLanguageFiles(files: string[], options: { cwd: string; strict?: boolean; settings?: unknown; readText?: (file: string) => string | undefined }): Promise<{ findings: Finding[]; notChecked: { file: string; reason: string }[] }>;
}

export interface LintOptions {
  cwd: string;
  /** `settings.mitid` for the rules (catalog paths absolute). */
  settings?: Record<string, unknown>;
  /** configs.strict: also report text that cannot be verified. */
  strict?: boolean;
  /** Name files that cannot be checked without failing the run. */
  skipUnsupported?: boolean;
  maxFileBytes?: number;
  languages?: LanguageHook;
  onProgress?: (done: number, total: number) => void;
}

interface EslintPlugin {
  configs?: { recommended?: Linter.Config[]; strict?: Linter.Config[] };
}

type Texts = Map<string, string>;

/** The deepest folder holding every file: ESLint lints nothing outside its base path. */
function commonFolder(files: string[]): string {
  let base = dirname(files[0] ?? '.');
  for (const f of files) {
    while (relative(base, f).startsWith('..') || isAbsolute(relative(base, f))) {
      const up = dirname(base);
      if (up === base) return base;
      base = up;
    }
  }
  return base;
}

async function tsParser(): Promise<Linter.Parser> {
  const ts = (await importPeer<{ default?: Linter.Parser } & Linter.Parser>('@typescript-eslint/parser', 'mitid-ux check')) as Linter.Parser & { default?: Linter.Parser };
  return ts.default ?? ts;
}

/** Parsers for every script flavour real projects hold, so nothing depends on the project's own config. */
async function parserBlocks(): Promise<Linter.Config[]> {
  const parser = await tsParser();
  return [
    // JSX in .js files (Create React App, React Native), TypeScript-only syntax in .ts files.
    { name: 'mitid-ux/jsx', files: ['**/*.js', '**/*.mjs', '**/*.cjs', '**/*.jsx', '**/*.tsx'], languageOptions: { parser, parserOptions: { ecmaFeatures: { jsx: true } } } },
    { name: 'mitid-ux/ts', files: ['**/*.ts', '**/*.mts', '**/*.cts'], languageOptions: { parser, parserOptions: { ecmaFeatures: { jsx: false } } } },
    // Vue: <script setup lang="ts"> and template expressions.
    { name: 'mitid-ux/vue', files: ['**/*.vue'], languageOptions: { parserOptions: { parser, ecmaFeatures: { jsx: true }, extraFileExtensions: ['.vue'] } } },
  ];
}

/**
 * File types with an ESLint parser of their own ecosystem, whose markup arrives as JSX nodes the
 * kit's JSX rules read: Astro (astro-eslint-parser: template as JSX, frontmatter as TypeScript)
 * and MDX (eslint-mdx: its JSX and ESM; markdown prose is not in the tree). Loaded only when such
 * files are checked.
 */
const OWN_PARSERS: Record<string, string> = { '.astro': 'astro-eslint-parser', '.mdx': 'eslint-mdx' };
/**
 * Astro's compiler (Go in WebAssembly) needs time and memory that grow faster than the page: 60 kB
 * 2.8 s, 121 kB 28 s, 150 kB out of memory (2 GB). A larger page is named as not checked.
 */
const MAX_ASTRO_CHARS = 64 * 1024;

/** Their blocks, with the preset's rules (the plugin's own blocks may lack them); a parser that does not load is named per type. */
async function ownParserBlocks(files: string[], preset: Linter.Config[]): Promise<{ blocks: Linter.Config[]; missing: Map<string, string> }> {
  const blocks: Linter.Config[] = [];
  const missing = new Map<string, string>();
  const kit = preset.find((c) => c.plugins?.['mitid'] && c.rules);
  const types = new Set(files.map((f) => extname(f).toLowerCase()).filter((e) => OWN_PARSERS[e]));
  // Both parse in a worker thread they wait on synchronously (synckit): never without a deadline.
  if (types.size) process.env['SYNCKIT_TIMEOUT'] ??= '60000';
  for (const ext of types) {
    try {
      const mod = await importPeer<{ default?: Linter.Parser } & Linter.Parser>(OWN_PARSERS[ext] as string, 'mitid-ux check');
      const parser = mod.default ?? mod;
      const ts = ext === '.astro' ? await tsParser() : undefined;
      // eslint-mdx: the file's JSX only, never the project's remark plugins (they may not load here).
      const parserOptions = ts ? { parser: ts, extraFileExtensions: ['.astro'], sourceType: 'module' } : { ignoreRemarkConfig: true };
      // Astro's client <script> blocks as script files of their own, as in HTML and Svelte.
      const processor = ts ? { processor: 'mitid/script-blocks' } : {};
      blocks.push({ name: `mitid-ux/${ext.slice(1)}`, files: [`**/*${ext}`], plugins: kit?.plugins, ...processor, languageOptions: { parser, parserOptions }, rules: kit?.rules });
    } catch (error) {
      missing.set(ext, (error as Error).message.split('\n')[0] as string);
    }
  }
  return { blocks, missing };
}

const rel = shownPath;

/** HTML parse errors after which vue-eslint-parser's tree is the one a browser builds: nothing is left unread. */
const RECOVERED_HTML_ERRORS = new Set([
  'x-invalid-end-tag',
  'duplicate-attribute',
  'non-void-html-element-start-tag-with-trailing-solidus',
  'end-tag-with-attributes',
  'end-tag-with-trailing-solidus',
  'unexpected-solidus-in-tag',
  'missing-whitespace-between-attributes',
  'x-invalid-namespace',
]);

/**
 * The command's own rule: a Vue template vue-eslint-parser could not parse is not an ESLint parse
 * error (the script still parses), so without this the template would pass unread.
 */
const unparsedTemplate: Rule.RuleModule = {
  meta: { type: 'problem', schema: [], messages: { unparsed: '{{message}}' } },
  create(context) {
    return {
      Program() {
        const body = (context.sourceCode.ast as { templateBody?: { errors?: { message: string; code?: string; lineNumber: number; column: number }[] } }).templateBody;
        // An HTML error the parser recovers from as browsers do (a `<div>` closing a `<p>`, a repeated attribute, a
        // self-closed `<MyButton />`) leaves the tree read; any other error (an expression or an interpolation that does
        // not parse, a file ending inside a tag) leaves part of it unread.
        const first = body?.errors?.find((e) => !RECOVERED_HTML_ERRORS.has(e.code ?? ''));
        if (first) context.report({ loc: { line: first.lineNumber, column: first.column }, messageId: 'unparsed', data: { message: first.message } });
      },
    };
  },
};
const OWN_RULE = 'mitid-ux/unparsed-template';

/** Template and style languages no reader here understands: named as not checked, never passed. */
const UNREAD_BLOCKS = /<(template|style)\b[^>]*?\blang\s*=\s*["']?(pug|jade|haml|slm|stylus|styl|sass)\b/gi;

function unreadBlocks(text: string): string[] {
  return [...text.matchAll(UNREAD_BLOCKS)].map((m) => `its <${m[1]} lang="${m[2]}"> block is not read (no ${m[2]} parser)`);
}

/**
 * ESLint 9 refuses a file with an `/* eslint-env *\/` comment (flat config has no environments), so
 * the file would go unread: the comment is renamed in the linted text, same length, positions kept.
 */
function withoutEnvComments(text: string): string {
  return text.includes('eslint-env') ? text.replace(/(\/\*\s*)eslint-env\b/g, '$1eslint_env') : text;
}

async function runEslint(files: string[], texts: Texts, report: Report, options: LintOptions, progress: () => void): Promise<void> {
  const plugin = await importPeer<{ default?: EslintPlugin } & EslintPlugin>('eslint-plugin-mitid', 'mitid-ux check');
  const configs = plugin.default?.configs ?? plugin.configs;
  const preset = options.strict ? configs?.strict : configs?.recommended;
  if (!preset) throw new SetupError('eslint-plugin-mitid has no configs.recommended.');
  const { ESLint } = await importPeer<typeof import('eslint')>('eslint', 'mitid-ux check');
  const own = await ownParserBlocks(files, preset);
  const overrideConfig: Linter.Config[] = [
    ...preset,
    ...(await parserBlocks()),
    ...own.blocks,
    { name: 'mitid-ux/vue-template', files: ['**/*.vue'], plugins: { 'mitid-ux': { rules: { 'unparsed-template': unparsedTemplate } } }, rules: { [OWN_RULE]: 'error' } },
    { name: 'mitid-ux/settings', settings: { mitid: options.settings ?? {} } },
  ];
  const eslint: ESLintType = new ESLint({ cwd: commonFolder(files), overrideConfigFile: true, overrideConfig, ignore: false });
  const results: { target: string; result: ESLintType.LintResult }[] = [];
  for (const file of files) {
    const text = texts.get(file);
    if (text === undefined) continue;
    const target = rel(options.cwd, file);
    progress();
    const missing = own.missing.get(extname(file).toLowerCase());
    if (missing) {
      notChecked(report, options, target, `no ${extname(file)} parser could be loaded (${missing})`);
      continue;
    }
    if (text.length > MAX_ASTRO_CHARS && extname(file).toLowerCase() === '.astro') {
      notChecked(report, options, target, `over ${MAX_ASTRO_CHARS / 1024} kB, more than Astro's compiler parses in reasonable time and memory`);
      continue;
    }
    for (const reason of unreadBlocks(text)) notChecked(report, options, target, reason);
    try {
      const [result] = await eslint.lintText(withoutEnvComments(text), { filePath: lintedPath(file), warnIgnored: true });
      if (!result) throw new Error('ESLint returned no result');
      const ignoredNote = result.messages.find((m) => !m.ruleId && /^File ignored/.test(m.message));
      if (ignoredNote) {
        notChecked(report, options, target, `ESLint did not lint it (${ignoredNote.message})`);
        continue;
      }
      for (const m of result.messages) {
        if (m.fatal) notChecked(report, options, target, `could not be parsed (line ${m.line}: ${m.message})`);
        else if (m.ruleId === OWN_RULE) notChecked(report, options, target, `its template could not be parsed (line ${m.line}: ${m.message})`);
        else if (m.messageId === 'couldNotFinish') notChecked(report, options, target, `${m.ruleId} could not finish it (line ${m.line})`);
        else if (m.messageId === 'settingsProblem') {
          if (!report.errors.some((e) => e.message === m.message)) report.errors.push({ target: 'settings', message: m.message });
        }
      }
      results.push({ target, result });
    } catch (error) {
      notChecked(report, options, target, `ESLint failed on it (${(error as Error).message.split('\n')[0]})`);
    }
  }
  const meta = eslint.getRulesMetaForResults(results.map((r) => r.result));
  for (const { target, result } of results) {
    // A MitID finding turned off by an eslint-disable comment stays visible, as a warning.
    const suppressed = (result.suppressedMessages ?? []).filter((m) => m.ruleId?.startsWith('mitid/')).map((m) => ({ ...m, severity: 1 as const, message: `${m.message} (turned off by an eslint-disable comment)` }));
    for (const m of [...result.messages, ...suppressed]) {
      // Only the kit's rules run: another rule's id is an eslint-disable comment naming a plugin not loaded here ("Definition for rule … was not found").
      if (!m.ruleId?.startsWith('mitid/') || m.messageId === 'couldNotFinish' || m.messageId === 'settingsProblem') continue;
      if (!report.rules.has(m.ruleId)) {
        const docs = meta[m.ruleId]?.docs;
        report.rules.set(m.ruleId, { description: docs?.description ?? m.ruleId, helpUri: docs?.url });
      }
      report.findings.push({
        tool: 'eslint',
        ruleId: m.ruleId,
        severity: m.severity === 2 ? 'error' : 'warning',
        message: m.message,
        target,
        line: m.line || undefined,
        column: m.column || undefined,
        endLine: m.endLine,
        endColumn: m.endColumn,
        ...(m.suggestions?.length ? { suggestions: m.suggestions.map((sug) => sug.desc) } : {}),
      });
    }
  }
}

const SCRIPT_EXTENSIONS = new Set(['.js', '.mjs', '.cjs', '.jsx', '.ts', '.mts', '.cts', '.tsx']);
const MAY_HOLD_STYLES = /\bcss\b|\bstyled\b|\bstyles\s*:|createGlobalStyle|keyframes|injectGlobal|\bglobal\s*\(|\bstyle\s*:/;

const STYLELINT_DISABLE = /stylelint-disable/;
const key = (w: { rule: string; line: number; column: number; text: string }): string => `${w.rule}|${w.line}|${w.column}|${w.text}`;

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

async function runStylelint(files: string[], texts: Texts, report: Report, options: LintOptions, progress: () => void): Promise<void> {
  const face = await importPeer<{ default: StylelintConfig; UNREADABLE_EXTENSIONS?: ReadonlySet<string> }>('stylelint-plugin-mitid/config', 'mitid-ux check');
  const config = face.default;
  const stylelint = (await importPeer<{ default: typeof import('stylelint') }>('stylelint', 'mitid-ux check')).default;
  for (const plugin of (config.plugins ?? []) as unknown as StylelintRuleMeta[]) {
    // A rule both linters have (button-style, box-min-height) takes stylelint's entry: its docs state the rule, not one syntax.
    if (plugin.ruleName) report.rules.set(plugin.ruleName, { description: ruleSummary(plugin.ruleName), helpUri: plugin.rule?.meta?.url });
  }
  for (const file of files) {
    const text = texts.get(file);
    const target = rel(options.cwd, file);
    if (text === undefined) continue;
    progress();
    // A script holds styles only in tagged templates (Lit css, styled-components, emotion) or Angular's styles.
    if (SCRIPT_EXTENSIONS.has(extname(file).toLowerCase()) && !MAY_HOLD_STYLES.test(text)) continue;
    if (face.UNREADABLE_EXTENSIONS?.has(extname(file).toLowerCase())) {
      notChecked(report, options, target, `no CSS syntax for ${extname(file)} files is installed`);
      continue;
    }
    let result: LinterResult['results'][number] | undefined;
    const lint = async (ignoreDisables: boolean): Promise<LinterResult['results'][number] | undefined> =>
      (await stylelint.lint({ code: withoutSourceMaps(text), codeFilename: lintedPath(file), config, cwd: dirname(file), quietDeprecationWarnings: true, disableDefaultIgnores: true, ignoreDisables })).results[0];
    let disabled: LinterResult['results'][number]['warnings'] = [];
    const skipped: number[] = [];
    try {
      result = await quietPostcssLit(() => lint(false), skipped);
      // A MitID finding turned off by a stylelint-disable comment stays visible, as a warning (as with eslint-disable).
      if (result && STYLELINT_DISABLE.test(text)) {
        const kept = new Set(result.warnings.map(key));
        disabled = ((await lint(true))?.warnings ?? []).filter((w) => w.rule.startsWith('mitid/') && !kept.has(key(w)));
      }
    } catch (error) {
      // A script ESLint could not parse fails in postcss-lit's parser too: named once.
      if (![...report.errors, ...report.skipped].some((e) => e.target === target)) notChecked(report, options, target, `could not be parsed for its styles (${(error as Error).message.split('\n')[0]})`);
      continue;
    }
    if (!result || result.ignored) {
      notChecked(report, options, target, 'stylelint did not read it');
      continue;
    }
    // postcss-lit skips a CSS template it cannot read (a `${mixin}` where a declaration goes): said when that template names MitID.
    for (const line of skipped) {
      if (templateNamesMitID(text, line)) notChecked(report, options, target, `the CSS template at line ${line} could not be read for its styles (expressions the CSS parser cannot follow)`);
    }
    for (const w of [...result.warnings, ...disabled]) {
      if (w.rule === 'CssSyntaxError') {
        notChecked(report, options, target, `its styles could not be parsed (line ${w.line}: ${w.text.replace(/\s*\(CssSyntaxError\)$/, '')})`);
        continue;
      }
      const off = disabled.includes(w);
      report.findings.push({
        tool: 'stylelint',
        ruleId: w.rule,
        severity: w.severity === 'warning' || off ? 'warning' : 'error',
        message: `${w.text.replace(` (${w.rule})`, '')}${off ? ' (turned off by a stylelint-disable comment)' : ''}`,
        target,
        line: w.line,
        column: w.column,
        endLine: w.endLine,
        endColumn: w.endColumn,
      });
    }
  }
}

/**
 * PostCSS reads a `sourceMappingURL` annotation anywhere in its input as the file's inline source
 * map, so a script that builds one in a string (css-loader's runtime) failed as "not valid JSON".
 * The kit needs no source map: the annotation is broken up, same length, positions kept.
 */
function withoutSourceMaps(text: string): string {
  return text.includes('sourceMappingURL') ? text.replace(/([#@]\s*sourceMappingURL)=/g, '$1 ') : text;
}

const SKIPPED_TEMPLATE = /^Skipping template \(.*:(\d+)\)/;

/**
 * Runs a lint with postcss-lit's "Skipping template (file:line)" console warnings caught: their
 * lines go to `skipped` (the caller decides whether they matter); other warnings pass through.
 */
async function quietPostcssLit<T>(run: () => Promise<T>, skipped: number[]): Promise<T> {
  const warn = console.warn;
  console.warn = (...args: unknown[]): void => {
    const m = args[0] === '[postcss-lit]' ? SKIPPED_TEMPLATE.exec(String(args[1])) : null;
    if (m) skipped.push(Number(m[1]));
    else warn(...args);
  };
  try {
    return await run();
  } finally {
    console.warn = warn;
  }
}

/** The template literal that starts on `line` names MitID (that line, the styled component's name, and its text up to the closing backtick). */
function templateNamesMitID(text: string, line: number): boolean {
  let at = 0;
  for (let l = 1; l < line && at >= 0; l++) at = text.indexOf('\n', at) + 1 || -1;
  if (at < 0) return false;
  const open = text.indexOf('`', at);
  const close = open < 0 ? -1 : text.indexOf('`', open + 1);
  return open >= 0 && /mit[\s._-]?id/i.test(text.slice(at, close < 0 ? undefined : close));
}

/** A file (or a part of it) that could not be checked: an error, or a skipped note with --skip-unsupported. */
function notChecked(report: Report, options: LintOptions, target: string, reason: string): void {
  const list = options.skipUnsupported ? report.skipped : report.errors;
  if (!list.some((e) => e.target === target && e.message === reason)) list.push({ target, message: reason });
}

export async function lintFiles(files: string[], report: Report, options: LintOptions): Promise<void> {
  const byReader = new Map<Reader, string[]>([['eslint', []], ['stylelint', []], ['language', []]]);
  for (const f of files) for (const r of readersOf(f, options.languages?.languageOf)) byReader.get(r)?.push(f);
  const total = (byReader.get('eslint')?.length ?? 0) + (byReader.get('stylelint')?.length ?? 0);
  let done = 0;
  const progress = (): void => options.onProgress?.(++done, total);

  const texts: Texts = new Map();
  for (const f of files) {
    const type = readersOf(f, options.languages?.languageOf).length ? undefined : unreadType(f);
    if (type) {
      notChecked(report, options, rel(options.cwd, f), `no reader for this file type (${type}: mitid-ux has no parser for it)`);
      continue;
    }
    const source = readSource(f, options.maxFileBytes);
    if ('error' in source) {
      notChecked(report, options, rel(options.cwd, f), source.error);
      continue;
    }
    if (source.note) report.notes.push(`${rel(options.cwd, f)}: ${source.note}`);
    texts.set(f, source.text);
  }

  const steps: [string, string[], () => Promise<void>][] = [
    ['ESLint', byReader.get('eslint') ?? [], () => runEslint(byReader.get('eslint') ?? [], texts, report, options, progress)],
    ['stylelint', byReader.get('stylelint') ?? [], () => runStylelint(byReader.get('stylelint') ?? [], texts, report, options, progress)],
    ['other languages', byReader.get('language') ?? [], async () => {
      const list = (byReader.get('language') ?? []).filter((f) => texts.has(f));
      if (!options.languages) return;
      const out = await options.languages.checkLanguageFiles(list, { cwd: options.cwd, strict: options.strict, settings: options.settings, readText: (f) => texts.get(f) });
      report.findings.push(...out.findings);
      for (const n of out.notChecked) notChecked(report, options, rel(options.cwd, resolve(options.cwd, n.file)), n.reason);
    }],
  ];
  for (const [name, list, run] of steps) {
    if (!list.length) continue;
    try {
      await run();
    } catch (error) {
      if (!(error instanceof SetupError)) throw error;
      // The whole reader is missing: every file it should have read is not checked.
      for (const f of list) notChecked(report, options, rel(options.cwd, f), `${name} could not run: ${error.message}`);
    }
  }
  // Counted per call: `check` lints a monorepo's packages one settings group at a time.
  const unchecked = new Set([...report.errors, ...report.skipped].map((e) => e.target));
  const whole = files.filter((f) => !unchecked.has(rel(options.cwd, f))).length;
  report.checked += whole;
  report.notChecked += files.length - whole;
}
