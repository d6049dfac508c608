/**
 * `mitid-ux check` as a function: finds the files, reads the MitID settings that apply to each
 * (per package in a monorepo), lints, and returns one report. The command and the programmatic
 * API (`import { check } from 'mitid-ux'`) share it, so both give the same findings.
 */
import { relative } from 'node:path';
import { collectFiles, readersOf, unreadType } from './files.js';
import { lintFiles, type LanguageHook, type LintOptions } from './lint-files.js';
import { ProjectResolver, type ProjectSettings } from './project.js';
import { newReport, type Report } from './report.js';

export interface CheckOptions extends Omit<LintOptions, 'settings' | 'languages'> {
  /** A MitID settings file (`mitid.config.json`) for every file; else each file's nearest. */
  config?: string;
  /** Checkers for files outside JavaScript (server templates, native apps); the kit's own by default. */
  languages?: LanguageHook;
}

function describe(project: ProjectSettings, count: number, cwd: string): string[] {
  const notes: string[] = [];
  const files = `${count} file${count === 1 ? '' : 's'}`;
  if (project.source) notes.push(`MitID settings from ${project.source} (${files})`);
  const langs = Object.entries(project.catalogs);
  if (langs.length) {
    const shown = langs.map(([lang, list]) => `${lang}: ${list.map((f) => relative(cwd, f) || f).join(', ')}`).join('; ');
    notes.push(`${project.discovered ? 'translation catalogs found' : 'translation catalogs'} (${files}): ${shown}`);
  }
  return [...notes, ...project.notes];
}

/**
 * Warnings about the project's own set-up are not MitID's: Node's about an ESM eslint.config.js in a
 * package without "type": "module", and ESLint's about a legacy `.eslintignore` in the checked
 * folder (`check` lists files itself, through git and .gitignore). Kept off the screen during a check.
 */
const PROJECT_WARNINGS = new Set(['MODULE_TYPELESS_PACKAGE_JSON', 'ESLintIgnoreWarning']);

function quietProjectWarnings(): () => void {
  const listeners = process.listeners('warning');
  process.removeAllListeners('warning');
  const keep = (w: Error & { code?: string }): void => {
    if (!PROJECT_WARNINGS.has(w.code ?? '') && !PROJECT_WARNINGS.has(w.name)) for (const l of listeners) l(w);
  };
  process.on('warning', keep);
  return () => {
    process.off('warning', keep);
    for (const l of listeners) process.on('warning', l);
  };
}

export async function check(paths: string[], options: CheckOptions): Promise<Report> {
  const restore = quietProjectWarnings();
  try {
    return await run(paths, options);
  } finally {
    restore();
  }
}

async function run(paths: string[], options: CheckOptions): Promise<Report> {
  const report = newReport('check');
  // Their grammars load only when such a file is checked.
  const languages = options.languages ?? ((await import('../languages/index.js')) as LanguageHook);
  const languageOf = languages.languageOf;
  // Types no reader understands are listed too, to be named as not checked.
  const { files, errors } = collectFiles(paths, options.cwd, (f) => readersOf(f, languageOf).length > 0 || unreadType(f) !== undefined);
  report.errors.push(...errors);
  const resolver = new ProjectResolver(options.cwd, options.config);
  const groups = new Map<ProjectSettings, string[]>();
  for (const f of files) {
    const project = await resolver.forFile(f);
    groups.set(project, [...(groups.get(project) ?? []), f]);
  }
  for (const [project, list] of groups) {
    for (const note of describe(project, list.length, options.cwd)) if (!report.notes.includes(note)) report.notes.push(note);
    report.errors.push(...project.errors.map((message) => ({ target: project.source ?? 'settings', message })));
    await lintFiles(list, report, { ...options, languages, settings: project.mitid });
  }
  // In reading order: by file, then line and column, whichever linter found it.
  report.findings.sort((a, b) => a.target.localeCompare(b.target) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
  return report;
}
