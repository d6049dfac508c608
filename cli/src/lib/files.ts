/**
 * The files `mitid-ux check` reads. Paths may be relative, absolute, outside the working folder,
 * or globs. Folders are listed the way git sees them (tracked and untracked, .gitignore
 * respected), else walked with every .gitignore on the way applied (the `ignore` package, which
 * ESLint uses too). Anything that cannot be listed is an error, never a silent skip.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, lstatSync, readdirSync, readFileSync, statSync, type Dirent } from 'node:fs';
import { basename, dirname, extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import picomatch from 'picomatch';
import type { RunError } from './report.js';

/** What reads a file. A file may have several readers (Vue: markup and styles). */
export type Reader = 'eslint' | 'stylelint' | 'language';

const SCRIPT = ['.js', '.mjs', '.cjs', '.jsx', '.ts', '.mts', '.cts', '.tsx'];
const MARKUP = ['.vue', '.html', '.htm', '.svelte', '.astro'];
/** MDX: its JSX only (markdown prose is not a call to action), so ESLint alone. */
const ESLINT = new Set([...SCRIPT, ...MARKUP, '.mdx']);
/** `.pcss` / `.postcss` are CSS with nesting, which PostCSS's own parser reads. */
const STYLE = new Set(['.css', '.pcss', '.postcss', '.scss', '.less', ...MARKUP, ...SCRIPT]);
/**
 * Source types that hold MitID buttons or their styles but that no reader here understands: listed
 * with the rest, then named as not checked, never dropped from a folder silently.
 */
const UNREAD = new Set([
  ...['.svx', '.marko', '.riot', '.gjs', '.gts'],
  // Server templates: Pug/Jade, Haml, Slim, Liquid, JSF, ASP.NET Web Forms, FreeMarker (Keycloak themes), Phoenix, Go.
  ...['.pug', '.jade', '.haml', '.slim', '.liquid', '.xhtml', '.aspx', '.ascx', '.master', '.ftl', '.eex', '.heex', '.leex', '.gohtml'],
  ...['.sass', '.styl', '.stylus'],
]);
/** Dependencies and the package managers' own code (Yarn PnP's resolver and releases), never the project's source. */
const ALWAYS_SKIPPED = new Set(['node_modules', '.git', '.yarn']);
const SKIPPED_FILES = new Set(['.pnp.cjs', '.pnp.js', '.pnp.loader.mjs']);
const skipped = (part: string): boolean => ALWAYS_SKIPPED.has(part) || SKIPPED_FILES.has(part);

/** Everything after the first dot of the name (`.blade.php`), then the last extension (`.php`). */
function extensions(file: string): string[] {
  const name = basename(file).toLowerCase();
  const parts = name.split('.').slice(1);
  return parts.map((_, i) => `.${parts.slice(i).join('.')}`);
}

/**
 * The readers of a file, by name. `language` is a hook for the other-language checkers
 * (server templates, native apps), given by the caller so this file stays about files.
 */
export function readersOf(file: string, languageOf?: (file: string) => string | undefined): Reader[] {
  if (languageOf?.(file)) return ['language'];
  const ext = extensions(file).at(-1) ?? '';
  const out: Reader[] = [];
  if (ESLINT.has(ext)) out.push('eslint');
  if (STYLE.has(ext)) out.push('stylelint');
  return out;
}

/** A source type no reader here understands (`.marko`), or undefined. */
export function unreadType(file: string): string | undefined {
  const ext = extensions(file).at(-1) ?? '';
  return UNREAD.has(ext) ? ext : undefined;
}

/** `Login.TSX` is given to the linters as `Login.tsx`: config file patterns are lower-case. */
export const lintedPath = (file: string): string => file.slice(0, file.length - extname(file).length) + extname(file).toLowerCase();

const GLOB_CHARS = /[*?[\]{}!]/;

/** A path as the report shows it: relative to the working folder (`../web/x.tsx` too), absolute only across drives. */
export function shownPath(cwd: string, file: string): string {
  const rel = relative(cwd, file);
  return rel && !isAbsolute(rel) ? rel : file;
}

export interface Collected {
  files: string[];
  errors: RunError[];
}

function gitList(dir: string, errors: RunError[], shown: (p: string) => string, depth = 0): string[] | undefined {
  const r = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard', '--', '.'], { cwd: dir, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
  if (r.status !== 0 || r.error) return undefined;
  const out: string[] = [];
  for (const entry of r.stdout.split('\0').filter(Boolean)) {
    const full = join(dir, entry);
    // A submodule (a tracked gitlink) or a nested repository (untracked `inner/`) is a folder:
    // listed the way its own git sees it. A tracked file deleted from the working tree is skipped.
    if (isFile(full)) out.push(full);
    else if (depth < 8 && isDir(full)) {
      // Without a .git of its own, the folder is a submodule that was not checked out (CI's default): its code is not on disk.
      if (!existsSync(join(full, '.git'))) errors.push({ target: shown(full), message: 'a git submodule that is not checked out: its files are not on disk (git submodule update --init)' });
      else out.push(...(gitList(full, errors, shown, depth + 1) ?? []));
    }
  }
  return out;
}

/** A real folder, not a symlink to one (a tracked symlink must not list a folder twice). */
function isDir(path: string): boolean {
  try {
    return lstatSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** A folder, or a symlink to one: where a glob or a path given by the user starts. */
function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** The .gitignore rules of one folder, as the `ignore` package reads them (negations included). */
function folderRules(folder: string): Ignore | undefined {
  const file = join(folder, '.gitignore');
  try {
    return statSync(file).isFile() ? ignore().add(readFileSync(file, 'utf8')) : undefined;
  } catch {
    return undefined;
  }
}

type Scoped = { base: string; rules: Ignore };

function isIgnored(scopes: Scoped[], full: string, dir: boolean): boolean {
  return scopes.some(({ base, rules }) => {
    const rel = relative(base, full).split(sep).join('/');
    return rel !== '' && !rel.startsWith('..') && rules.ignores(dir ? `${rel}/` : rel);
  });
}

/** Outside git: every folder's .gitignore applies below it, from the working folder down when `dir` is inside it. */
function walk(dir: string, cwd: string, errors: RunError[], shown: (p: string) => string): string[] {
  const out: string[] = [];
  const above: Scoped[] = [];
  const rel = relative(cwd, dir);
  if (rel && !rel.startsWith('..') && !isAbsolute(rel)) {
    let folder = cwd;
    for (const part of rel.split(sep)) {
      const rules = folderRules(folder);
      if (rules) above.push({ base: folder, rules });
      folder = join(folder, part);
      if (isIgnored(above, folder, true)) return out;
    }
  }
  // An explicit stack, not recursion: a deep tree cannot overflow it.
  const stack: [string, Scoped[]][] = [[dir, above]];
  while (stack.length) {
    const [folder, inherited] = stack.pop() as [string, Scoped[]];
    const own = folderRules(folder);
    const scopes = own ? [...inherited, { base: folder, rules: own }] : inherited;
    let entries: Dirent[];
    try {
      entries = readdirSync(folder, { withFileTypes: true });
    } catch (error) {
      errors.push({ target: shown(folder), message: `cannot read this folder (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})` });
      continue;
    }
    for (const entry of entries) {
      if (skipped(entry.name)) continue;
      const full = join(folder, entry.name);
      if (isIgnored(scopes, full, entry.isDirectory())) continue;
      if (entry.isDirectory()) stack.push([full, scopes]);
      // A symlink to a file is read, as git lists it; a symlink to a folder is not followed (as git, and no cycles).
      else if (entry.isFile() || (entry.isSymbolicLink() && isFile(full))) out.push(full);
    }
  }
  return out;
}

/**
 * A glob split into the folder it starts from and the pattern below it: `src/**\/*.tsx` -> `src`
 * and `**\/*.tsx`. A segment that exists on disk as written is literal (Next.js `app/[id]`), and
 * the rest is matched below the folder, so glob characters in the working folder's own name
 * (`client (old) [v1]`) do not count.
 */
function splitGlob(pattern: string, cwd: string): { base: string; rest: string } {
  const parts = pattern.split(sep === '\\' ? /[\\/]/ : '/');
  let i = 0;
  while (i < parts.length - 1 && (!GLOB_CHARS.test(parts[i] as string) || isFolder(resolve(cwd, parts.slice(0, i + 1).join('/'))))) i++;
  return { base: resolve(cwd, parts.slice(0, i).join('/') || (isAbsolute(pattern) ? '/' : '.')), rest: parts.slice(i).join('/') };
}

function listFolder(abs: string, cwd: string, errors: RunError[], shown: (p: string) => string): string[] {
  return (gitList(abs, errors, shown) ?? walk(abs, cwd, errors, shown)).filter((f) => !relative(abs, f).split(sep).some(skipped));
}

/**
 * Lists the files to check. `recognised` says whether the command has a reader for a file type:
 * a folder keeps only those; a file given by name of another type is an error.
 */
export function collectFiles(paths: string[], cwd: string, recognised: (file: string) => boolean): Collected {
  const files = new Set<string>();
  const errors: RunError[] = [];
  const shown = (p: string): string => shownPath(cwd, p);
  for (const p of paths) {
    const abs = resolve(cwd, p);
    let stat;
    try {
      stat = statSync(abs);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' && GLOB_CHARS.test(p)) {
        const { base, rest } = splitGlob(p, cwd);
        // Dot folders too (.storybook, .vitepress), as a folder listing and ESLint's own globs read them.
        const match = picomatch(rest, { dot: true });
        const listed = isFolder(base) ? listFolder(base, cwd, errors, shown).filter((f) => match(relative(base, f).split(sep).join('/')) && recognised(f)) : [];
        if (!listed.length) errors.push({ target: p, message: 'no files to check match this pattern' });
        for (const f of listed) files.add(f);
        continue;
      }
      if (code === 'ENOTDIR') errors.push({ target: p, message: `${shown(dirname(abs))} is a file, not a folder` });
      else errors.push({ target: p, message: code === 'ENOENT' ? 'no such file or folder' : `cannot read it (${code ?? (error as Error).message})` });
      continue;
    }
    if (stat.isDirectory()) {
      const listed = listFolder(abs, cwd, errors, shown).filter(recognised);
      // An ignored or empty folder is a typo more often than not: never a silent pass (as ESLint).
      if (!listed.length) errors.push({ target: p, message: 'no files to check here (none of the checked types, or all ignored by .gitignore)' });
      for (const f of listed) files.add(f);
    } else if (!stat.isFile()) {
      errors.push({ target: p, message: 'not a regular file (a device, pipe or socket cannot be checked)' });
    } else if (recognised(abs)) files.add(abs);
    else errors.push({ target: p, message: 'not a file type mitid-ux checks (see mitid-ux check --help)' });
  }
  return { files: [...files].sort(), errors };
}
