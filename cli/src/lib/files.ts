/**
 * The files `mitid-ux check` reads: explicit files as given, folders listed the way git sees them
 * (tracked and untracked, .gitignore respected), or walked with the folder's .gitignore outside git.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { RunError } from './report.js';

export const ESLINT_EXTENSIONS = new Set(['.js', '.mjs', '.cjs', '.jsx', '.ts', '.mts', '.cts', '.tsx', '.vue', '.html', '.htm']);
export const STYLE_EXTENSIONS = new Set(['.css', '.scss', '.vue', '.html', '.htm', '.svelte', '.js', '.mjs', '.cjs', '.jsx', '.ts', '.mts', '.cts', '.tsx']);
const ALWAYS_SKIPPED = new Set(['node_modules', '.git']);

const lintable = (file: string): boolean => ESLINT_EXTENSIONS.has(extname(file)) || STYLE_EXTENSIONS.has(extname(file));

function gitList(dir: string): string[] | undefined {
  const r = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: dir, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (r.status !== 0 || r.error) return undefined;
  return r.stdout.split('\0').filter(Boolean).map((f) => join(dir, f));
}

type IgnoreRule = (rel: string, isDir: boolean) => boolean;
type ScopedRule = { base: string; rule: IgnoreRule };

/** A .gitignore line as a test on a path relative to the folder (no negations: kept simple). */
function ignoreRule(line: string): IgnoreRule | undefined {
  const text = line.trim();
  if (!text || text.startsWith('#') || text.startsWith('!')) return undefined;
  const dirOnly = text.endsWith('/');
  const body = text.replace(/\/$/, '');
  const anchored = body.includes('/');
  const pattern = body
    .replace(/^\//, '')
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*\*\/?/g, '%GLOBSTAR%')
    .replace(/\*/g, '[^/]*')
    .replace(/\?/g, '[^/]')
    .replace(/%GLOBSTAR%/g, '(?:.*/)?');
  const re = new RegExp(anchored ? `^${pattern}$` : `(?:^|/)${pattern}$`);
  return (rel, isDir) => (!dirOnly || isDir) && re.test(rel);
}

/** Each folder's .gitignore applies below it, with paths relative to that folder (as git reads them). */
function ownRules(folder: string): ScopedRule[] {
  const gitignore = join(folder, '.gitignore');
  if (!existsSync(gitignore)) return [];
  return readFileSync(gitignore, 'utf8').split('\n').map(ignoreRule).filter((r) => r !== undefined).map((rule) => ({ base: folder, rule }));
}

const ignored = (rules: ScopedRule[], full: string, isDir: boolean): boolean => rules.some(({ base, rule }) => rule(relative(base, full).split(sep).join('/'), isDir));

/**
 * Outside git: each folder's .gitignore applies below it (paths relative to that folder, as git
 * reads them), from the working folder down when `dir` lies inside it.
 */
function walk(dir: string, cwd: string): string[] {
  const out: string[] = [];
  const visit = (folder: string, inherited: ScopedRule[]): void => {
    const rules = [...inherited, ...ownRules(folder)];
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      if (ALWAYS_SKIPPED.has(entry.name)) continue;
      const full = join(folder, entry.name);
      if (ignored(rules, full, entry.isDirectory())) continue;
      if (entry.isDirectory()) visit(full, rules);
      else if (entry.isFile()) out.push(full);
    }
  };
  const above: ScopedRule[] = [];
  const rel = relative(cwd, dir);
  if (rel && !rel.startsWith('..') && !isAbsolute(rel)) {
    let folder = cwd;
    for (const part of rel.split(sep)) {
      above.push(...ownRules(folder));
      folder = join(folder, part);
      if (ignored(above, folder, true)) return out;
    }
  }
  visit(dir, above);
  return out;
}

export function collectFiles(paths: string[], cwd: string): { files: string[]; errors: RunError[] } {
  const files = new Set<string>();
  const errors: RunError[] = [];
  for (const p of paths) {
    const abs = resolve(cwd, p);
    if (!existsSync(abs)) {
      errors.push({ target: p, message: 'no such file or folder' });
      continue;
    }
    if (statSync(abs).isFile()) {
      if (lintable(abs)) files.add(abs);
      else errors.push({ target: p, message: 'not a file type mitid-ux checks (JS, TS, JSX, TSX, Vue, HTML, Svelte, CSS, SCSS)' });
      continue;
    }
    const listed = (gitList(abs) ?? walk(abs, cwd)).filter((f) => lintable(f) && !f.split(sep).some((part) => ALWAYS_SKIPPED.has(part)) && existsSync(f));
    // An ignored or empty folder is a typo more often than not: never a silent pass (as ESLint).
    if (!listed.length) errors.push({ target: p, message: 'no files to check here (none of the checked types, or all ignored by .gitignore)' });
    for (const f of listed) files.add(f);
  }
  return { files: [...files].sort(), errors };
}
