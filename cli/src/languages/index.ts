/**
 * `mitid-ux check` beyond JavaScript: server templates, markup inside strings of other languages,
 * and native apps, judged by the same core and reported with the same rule ids and messages.
 * Grammars load on first use only; a file that cannot be read or parsed is named, never passed.
 */
import { readFileSync } from 'node:fs';
import { basename, join, relative, sep } from 'node:path';
import type { Finding } from '../lib/report.js';
import { findCatalogs, type Catalogs, type Stack } from './catalogs.js';
import { markupLinter } from './markup-lint.js';
import { stackRoot } from './stack-root.js';
import type { Masked } from './masked.js';
import { nativeFindings, type Site } from './native.js';
import { NativeFile, type Syntax } from './native-calls.js';
import { dartSyntax, flutterSites } from './native-flutter.js';
import { kotlinSites, kotlinSyntax } from './native-kotlin.js';
import { swiftSites, swiftSyntax } from './native-swift.js';
import { csharpSites, xmlSites } from './native-xaml.js';
import { stringMarkup, type StringLanguage } from './strings.js';
import { maskTemplate, type TemplateLanguage } from './templates.js';
import { withTree, type Grammar } from './tree-sitter.js';

type Family = TemplateLanguage | 'python' | 'csharp' | 'java' | 'go' | 'ruby' | 'swift' | 'kotlin' | 'dart' | 'xaml' | 'android-layout';

const BY_EXTENSION: [RegExp, Family][] = [
  [/\.blade\.php$/i, 'blade'],
  [/\.php$/i, 'php'],
  [/\.(?:cshtml|razor)$/i, 'razor'],
  [/\.(?:twig|jinja2?|j2|njk|nunjucks|djhtml)$/i, 'jinja'],
  [/\.erb$/i, 'erb'],
  [/\.ejs$/i, 'ejs'],
  [/\.(?:hbs|handlebars|mustache)$/i, 'handlebars'],
  [/\.(?:jsp|jspx|jspf|tag)$/i, 'jsp'],
  [/\.vm$/i, 'velocity'],
  [/\.py$/i, 'python'],
  [/\.cs$/i, 'csharp'],
  [/\.java$/i, 'java'],
  [/\.go$/i, 'go'],
  [/\.rb$/i, 'ruby'],
  [/\.swift$/i, 'swift'],
  [/\.kts?$/i, 'kotlin'],
  [/\.dart$/i, 'dart'],
  [/\.xaml$/i, 'xaml'],
];

/**
 * Which language family checks a file, by its name. `.html` stays with ESLint's HTML parser, except
 * under Spring's `src/main/resources/templates/` (Thymeleaf) and other `templates/` folders (Django,
 * Jinja, Flask): there `{% %}`, `th:text` and `{% trans %}` are template syntax, not text.
 */
export function languageOf(file: string): string | undefined {
  const path = file.split(sep).join('/');
  if (/\.html?$/i.test(path)) {
    // Spring Boot's resources, and a servlet app's WEB-INF (Thymeleaf's own examples keep templates there).
    if (/(?:^|\/)(?:src\/main\/resources\/templates|WEB-INF)\//.test(path)) return 'thymeleaf';
    if (/(?:^|\/)templates\//.test(path)) return 'jinja';
    return undefined;
  }
  if (/(?:^|\/)res\/layout[^/]*\/[^/]+\.xml$/i.test(path)) return 'android-layout';
  return BY_EXTENSION.find(([re]) => re.test(basename(path)))?.[1];
}

const TEMPLATE_STACKS: Record<TemplateLanguage, Stack[]> = {
  php: ['laravel', 'gettext'],
  blade: ['laravel'],
  jinja: ['gettext'],
  razor: ['resx'],
  thymeleaf: ['properties'],
  jsp: ['properties'],
  velocity: ['properties'],
  erb: [],
  ejs: [],
  handlebars: [],
};
/** Test sources of the string-markup languages: test folders, pytest/unittest, PHPUnit, xUnit/NUnit, JUnit, Go and RSpec names. */
const TEST_SOURCE = /(?:^|\/)(?:tests?|spec|specs|__tests__|testing)\/|(?:^|\/)test_[^/]*\.py$|_test\.(?:py|go)$|(?:Test|Tests|IT)\.(?:php|cs|java)$|_spec\.rb$/;
const STRING_GRAMMAR: Partial<Record<Family, StringLanguage>> = { python: 'python', csharp: 'c_sharp', java: 'java', go: 'go', ruby: 'ruby', php: 'php' };
const NATIVE: Partial<Record<Family, { grammar: Grammar; syntax: Syntax; sites: (f: NativeFile) => Site[]; stack?: Stack }>> = {
  swift: { grammar: 'swift', syntax: swiftSyntax, sites: swiftSites },
  kotlin: { grammar: 'kotlin', syntax: kotlinSyntax, sites: kotlinSites, stack: 'android' },
  dart: { grammar: 'dart', syntax: dartSyntax, sites: flutterSites, stack: 'arb' },
};

export interface LanguageOptions {
  cwd: string;
  strict?: boolean;
  /** The project's `settings.mitid` (components, catalogs ...), or ESLint settings holding it. */
  settings?: unknown;
  /** The file's text as `check` decoded it (BOM, windows-1252); read as UTF-8 when absent. */
  readText?: (file: string) => string | undefined;
  /** Called before each file is checked (progress, a watchdog's per-file deadline). */
  onFile?: (file: string) => void;
}

function mitidSettings(settings: unknown): Record<string, unknown> {
  const s = settings && typeof settings === 'object' ? (settings as Record<string, unknown>) : {};
  const inner = s['mitid'] && typeof s['mitid'] === 'object' ? (s['mitid'] as Record<string, unknown>) : s;
  return inner;
}

export async function checkLanguageFiles(files: string[], options: LanguageOptions): Promise<{ findings: Finding[]; notChecked: { file: string; reason: string }[] }> {
  const findings: Finding[] = [];
  const notChecked: { file: string; reason: string }[] = [];
  const strict = options.strict ?? false;
  const base = mitidSettings(options.settings);
  // Per project root: each file reads the catalogs of its own project (stack-root.ts).
  const catalogs = new Map<string, Catalogs>();
  const catalogsOf = (file: string): Catalogs => {
    const root = stackRoot(file, options.cwd);
    let found = catalogs.get(root);
    if (!found) catalogs.set(root, (found = findCatalogs(root)));
    return found;
  };
  const lintMarkup = async (masked: Masked, file: string, text: string, stacks: Stack[]): Promise<void> => {
    const own = stacks.length ? await catalogsOf(file).settings(stacks) : {};
    const userCatalogs = base['catalogs'] && typeof base['catalogs'] === 'object' ? (base['catalogs'] as Record<string, string>) : {};
    const settings = { mitid: { ...base, catalogs: { ...own, ...userCatalogs } } };
    const linter = await markupLinter(options.cwd, strict, settings);
    findings.push(...(await linter.lint(masked, file, text)));
  };
  // Node compiles its CommonJS lexer (WebAssembly) asynchronously on the first CommonJS import, and V8
  // runs such compiles behind its optimisation of hot grammar code: ESLint first imported after
  // parsing had begun waited up to 20 s. The rules are imported before the first parse.
  if (files.length) await Promise.all([import('eslint'), import('eslint-plugin-mitid')]).catch(() => undefined);
  try {
    for (const file of files) {
      options.onFile?.(file);
      const family = languageOf(file) as Family | undefined;
      if (!family) {
        notChecked.push({ file: relative(options.cwd, file), reason: 'not a file type the language checks read' });
        continue;
      }
      try {
        const text = options.readText?.(file) ?? readFileSync(file, 'utf8');
        if (text.includes('\0')) throw new Error('binary file');
        if (family in TEMPLATE_STACKS) await lintMarkup(await maskTemplate(text, family as TemplateLanguage), file, text, TEMPLATE_STACKS[family as TemplateLanguage]);
        const strings = STRING_GRAMMAR[family];
        // A test's strings are fixtures and assertions (`assertNotContains(response, '<a …>Login med MitID</a>')`), not the product's markup.
        if (strings && !TEST_SOURCE.test(relative(stackRoot(file, options.cwd), file).split(sep).join('/'))) {
          const masked = await stringMarkup(strings, text);
          if (masked) await lintMarkup(masked, file, text, []);
        }
        const native = NATIVE[family];
        let sites: Site[] = [];
        let stack: Stack | undefined;
        if (native) {
          if (native.syntax.names.test(text)) sites = await withTree(native.grammar, text, (root) => native.sites(new NativeFile(root, text, native.syntax)));
          stack = native.stack;
        } else if (family === 'csharp') {
          sites = /\b(?:Button|WebView)\b/.test(text) ? await withTree('c_sharp', text, (root) => csharpSites(root, text)) : [];
          stack = 'resx';
        } else if (family === 'xaml' || family === 'android-layout') {
          sites = xmlSites(text, family === 'android-layout');
          stack = family === 'xaml' ? 'resx' : 'android';
        }
        if (sites.length) {
          const catalog = stack ? await catalogsOf(file).of(stack) : undefined;
          findings.push(...(await nativeFindings(sites, file, text, { cwd: options.cwd, strict, catalog })));
        }
      } catch (error) {
        notChecked.push({ file: relative(options.cwd, file), reason: `could not be checked: ${(error as Error).message.split('\n')[0]}` });
      }
    }
    for (const [root, c] of catalogs) notChecked.push(...c.errors.map((e) => ({ ...e, file: relative(options.cwd, join(root, e.file)) })));
  } finally {
    for (const c of catalogs.values()) c.dispose();
  }
  return { findings, notChecked };
}
