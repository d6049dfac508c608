/**
 * The project's own MitID settings (wrapper components, translation catalogs, box selectors), so
 * `check` finds what `eslint` with the same kit finds. In order: `--config FILE`; else
 * `mitid.config.{js,mjs,json}` or a `"mitid"` key in package.json, the nearest above the working
 * folder; else `settings.mitid` of the project's own ESLint flat config. When no catalogs are
 * configured, the usual i18next / vue-i18n / react-intl / ngx-translate layouts are discovered.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { importPeer, UsageError } from './faces.js';
import { eslintrcIn, eslintrcSettings, record } from './eslintrc.js';
import { lintedPath, shownPath } from './files.js';
import { readConfigText as readText } from './read.js';

export interface ProjectSettings {
  /** `settings.mitid` for the ESLint rules, catalog paths absolute. */
  mitid: Record<string, unknown>;
  /** Where the settings came from, for the report ("mitid.config.json", "eslint.config.js"). */
  source?: string;
  /** Catalogs in use per language, as shown to the user. */
  catalogs: Record<string, string[]>;
  /** Catalogs found by looking, not configured. */
  discovered: boolean;
  notes: string[];
  /** Configured catalogs that do not exist: the run cannot check their texts. */
  errors: string[];
}

const CONFIG_NAMES = ['mitid.config.js', 'mitid.config.mjs', 'mitid.config.json'];
const ESLINT_CONFIG_NAMES = ['eslint.config.js', 'eslint.config.mjs', 'eslint.config.cjs', 'eslint.config.ts', 'eslint.config.mts', 'eslint.config.cts'];
const CATALOG_FOLDERS = new Set(['locales', 'locale', 'i18n', 'lang', 'langs', 'languages', 'messages', 'translations']);
/** Build output, dependencies, and test fixtures (their catalogs are not the app's). */
const SKIP_FOLDERS = new Set(['node_modules', '.git', 'dist', 'build', 'out', 'coverage', '.next', '.nuxt', '.svelte-kit', 'vendor', 'storybook-static', 'test', 'tests', '__tests__', 'fixtures', '__fixtures__', '__mocks__', 'e2e', 'cypress', 'spec', 'specs']);
/** `da`, `en`, `da-DK`, `en_GB`: a language file or folder name (i18next: `locales/da/common.json`). */
const LANGUAGE = /^([a-z]{2})(?:[-_][A-Za-z]{2,4})?$/;
const MAX_DEPTH = 6;


async function loadConfigFile(file: string, shown: string): Promise<Record<string, unknown>> {
  try {
    if (extname(file) === '.json') {
      const json = JSON.parse(readText(file)) as unknown;
      const mitid = basename(file) === 'package.json' ? record(json)?.['mitid'] : json;
      const r = record(mitid);
      if (!r) throw new Error(basename(file) === 'package.json' ? 'its "mitid" key is not an object' : 'it is not an object');
      return r;
    }
    const mod = (await import(pathToFileURL(file).href)) as { default?: unknown };
    const r = record(mod.default);
    if (!r) throw new Error('its default export is not an object');
    return r;
  } catch (error) {
    throw new UsageError(`cannot read the MitID settings in ${shown}: ${(error as Error).message.split('\n')[0]}`);
  }
}

/** The nearest folder at or above `from` for which `test` answers. */
function findUp(from: string, test: (dir: string) => string | undefined): string | undefined {
  for (let dir = resolve(from); ; dir = dirname(dir)) {
    const hit = test(dir);
    if (hit) return hit;
    if (dirname(dir) === dir) return undefined;
  }
}

/**
 * A settings file in `dir`: mitid.config.*, or a package.json with a "mitid" key. A package.json
 * that does not parse but names "mitid" is returned too, so reading it fails loudly, not silently.
 */
function ownConfig(dir: string): string | undefined {
  for (const name of CONFIG_NAMES) if (existsSync(join(dir, name))) return join(dir, name);
  const pkg = join(dir, 'package.json');
  if (!existsSync(pkg)) return undefined;
  let text = '';
  try {
    text = readText(pkg);
    return record(JSON.parse(text))?.['mitid'] !== undefined ? pkg : undefined;
  } catch {
    return /"mitid"\s*:/.test(text) ? pkg : undefined;
  }
}

const eslints = new Map<string, Promise<import('eslint').ESLint>>();

/**
 * `settings.mitid` that the project's ESLint flat config gives this very file (a block with
 * `files` applies to the files it names). A config that cannot be loaded is a usage error: its
 * settings would be lost, a false pass.
 */
async function eslintSettings(configFile: string, file: string, shown: string): Promise<Record<string, unknown> | undefined> {
  try {
    let eslint = eslints.get(configFile);
    if (!eslint) {
      // The extra block matches every file (`**/*.*` is not one of ESLint's "universal" patterns): a
      // .vue or .php file the project's config has no block for still gets its global settings.
      // `ignore: false`: the project's `ignores` keep its own lint off a file, not the MitID check.
      eslint = importPeer<typeof import('eslint')>('eslint', 'mitid-ux check').then(({ ESLint }) => new ESLint({ cwd: dirname(configFile), overrideConfigFile: configFile, overrideConfig: [{ files: ['**/*.*'] }], ignore: false }));
      eslints.set(configFile, eslint);
    }
    const config = (await (await eslint).calculateConfigForFile(lintedPath(file))) as { settings?: Record<string, unknown> } | undefined;
    return record(config?.settings?.['mitid']);
  } catch (error) {
    // Whether or not its text names mitid: settings.mitid may come from a shared config it imports.
    const reason = (error as Error).message.split('\n')[0];
    throw new UsageError(`cannot read ${shown} (${reason}), so its settings.mitid are unknown; install what it imports (npm ci), or put the MitID settings in mitid.config.json (then ${shown} is not read)`);
  }
}

async function legacySettings(config: string, file: string, shown: string): Promise<Record<string, unknown> | undefined> {
  try {
    return await eslintrcSettings(config, file);
  } catch (error) {
    const reason = (error as Error).message.split('\n')[0];
    throw new UsageError(`cannot read ${shown} (${reason}), so its settings.mitid are unknown; install what it extends (npm ci), or put the MitID settings in mitid.config.json (then ${shown} is not read)`);
  }
}

/** Catalog files per language under the usual folders (`locales/da.json`, `i18n/en-GB.json`, `locales/da/common.json`). */
export function discoverCatalogs(root: string): Record<string, string[]> {
  const found: Record<string, string[]> = {};
  const add = (lang: string, file: string): void => {
    (found[lang] ??= []).push(file);
  };
  const stack: [string, number, boolean][] = [[root, 0, false]];
  while (stack.length) {
    const [dir, depth, inCatalog] = stack.pop() as [string, number, boolean];
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (SKIP_FOLDERS.has(entry.name) || entry.name.startsWith('.')) continue;
        // A folder with its own package.json is another project of a monorepo, with its own catalogs.
        if (isProject(full)) continue;
        const lang = LANGUAGE.exec(entry.name)?.[1];
        // i18next: locales/<lang>/<namespace>.json
        if (inCatalog && lang) {
          for (const f of safeList(full)) if (f.endsWith('.json')) add(lang, join(full, f));
        } else if (depth < MAX_DEPTH) stack.push([full, depth + 1, inCatalog || CATALOG_FOLDERS.has(entry.name.toLowerCase())]);
      } else if (inCatalog && entry.isFile() && entry.name.endsWith('.json')) {
        // messages.da.json, da.json, en-US.json
        const stem = entry.name.slice(0, -5).split('.').at(-1) ?? '';
        const lang = LANGUAGE.exec(stem)?.[1];
        if (lang) add(lang, full);
      }
    }
  }
  for (const list of Object.values(found)) list.sort();
  return found;
}

function safeList(dir: string): string[] {
  try {
    return readdirSync(dir).filter((f) => {
      try {
        return statSync(join(dir, f)).isFile();
      } catch {
        return false;
      }
    });
  } catch {
    return [];
  }
}

function absoluteCatalogs(raw: unknown, base: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [lang, paths] of Object.entries(record(raw) ?? {})) {
    const list = typeof paths === 'string' ? [paths] : Array.isArray(paths) ? paths.filter((p): p is string => typeof p === 'string') : [];
    out[lang] = list.map((p) => resolve(base, p));
  }
  return out;
}

/**
 * A package.json that makes its folder a project: a name, dependencies or workspaces. A
 * `{ "type": "module" }` marker in `src/` (dual packages) is a note to Node, not a project.
 */
function isProject(dir: string): boolean {
  const pkg = join(dir, 'package.json');
  if (!existsSync(pkg)) return false;
  try {
    const json = record(JSON.parse(readText(pkg))) ?? {};
    return ['name', 'dependencies', 'devDependencies', 'workspaces'].some((k) => k in json);
  } catch {
    return true;
  }
}

/** The folder that bounds a project: the nearest holding a project's package.json (or .git), at or above `from`. */
function projectRoot(from: string): string | undefined {
  return findUp(from, (dir) => (isProject(dir) || existsSync(join(dir, '.git')) ? dir : undefined));
}

/** Folders shared by two paths, from the root down. */
function sharedDepth(a: string, b: string): number {
  const x = a.split(sep);
  const y = b.split(sep);
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i++;
  return i;
}

/**
 * Of the catalogs found in a project, those nearest the file: an Nx or Angular workspace has one
 * package.json and an `src/assets/i18n` per app, and each app's files read their own app's.
 */
export function nearestCatalogs(found: Record<string, string[]>, dir: string): Record<string, string[]> {
  const all = Object.values(found).flat();
  const best = Math.max(...all.map((f) => sharedDepth(dir, dirname(f))));
  const out: Record<string, string[]> = {};
  for (const [lang, list] of Object.entries(found)) {
    const near = list.filter((f) => sharedDepth(dir, dirname(f)) === best);
    if (near.length) out[lang] = near;
  }
  return out;
}

function withCatalogs(mitid: Record<string, unknown> | undefined, source: string | undefined, base: string, shown: (f: string) => string, notes: string[], discoveredHere?: Record<string, string[]>): ProjectSettings {
  const settings = { ...(mitid ?? {}) };
  let catalogs = absoluteCatalogs(settings['catalogs'], base);
  let discovered = false;
  if (!Object.keys(catalogs).length && discoveredHere) {
    catalogs = discoveredHere;
    discovered = Object.keys(catalogs).length > 0;
  }
  if (Object.keys(catalogs).length) settings['catalogs'] = catalogs;
  const errors: string[] = [];
  for (const [lang, files] of Object.entries(catalogs)) for (const f of files) if (!existsSync(f)) errors.push(`the ${lang} catalog ${shown(f)} (from ${source}) does not exist`);
  return { mitid: settings, source, catalogs, discovered, notes, errors };
}

/**
 * Settings per file, as ESLint and stylelint find theirs: a monorepo's packages each keep their
 * own wrapper components and catalogs. `--config` applies to every file. Files that end up with
 * the same settings share one object (and one ESLint run).
 */
export class ProjectResolver {
  private readonly byKey = new Map<string, Promise<ProjectSettings>>();
  private readonly loaded = new Map<string, Promise<Record<string, unknown>>>();
  private readonly found = new Map<string, Record<string, string[]>>();
  private readonly notes: string[] = [];

  constructor(
    private readonly cwd: string,
    private readonly configOption?: string,
  ) {}

  private shown = (file: string): string => shownPath(this.cwd, file);

  private memo(key: string, make: () => Promise<ProjectSettings>): Promise<ProjectSettings> {
    let hit = this.byKey.get(key);
    if (!hit) {
      hit = make();
      this.byKey.set(key, hit);
    }
    return hit;
  }

  private load(file: string): Promise<Record<string, unknown>> {
    let hit = this.loaded.get(file);
    if (!hit) {
      hit = loadConfigFile(file, this.shown(file));
      this.loaded.set(file, hit);
    }
    return hit;
  }

  /** The settings of the file's own source (`--config`, mitid.config.*, package.json, ESLint), and the folder its catalog paths are relative to. */
  private async source(file: string): Promise<{ key: string; mitid?: Record<string, unknown>; source?: string; base: string }> {
    const dir = dirname(file);
    if (this.configOption) {
      const config = resolve(this.cwd, this.configOption);
      if (!existsSync(config)) throw new UsageError(`--config ${this.configOption}: no such file`);
      return { key: '--config', mitid: await this.load(config), source: this.shown(config), base: dirname(config) };
    }
    const own = findUp(dir, ownConfig);
    if (own) return { key: `own|${own}`, mitid: await this.load(own), source: this.shown(own), base: dirname(own) };
    const eslintConfig = findUp(dir, (d) => ESLINT_CONFIG_NAMES.map((n) => join(d, n)).find((f) => existsSync(f)));
    // ESLint 9 and later read only flat configs; without one, the project is on ESLint 8's .eslintrc.
    const legacy = eslintConfig ? undefined : findUp(dir, eslintrcIn);
    const mitid = eslintConfig ? await eslintSettings(eslintConfig, file, this.shown(eslintConfig)) : legacy ? await legacySettings(legacy, file, this.shown(legacy)) : undefined;
    const from = eslintConfig ?? legacy;
    if (from && mitid) return { key: `eslint|${from}|${JSON.stringify(mitid)}`, mitid, source: this.shown(from), base: dirname(from) };
    const root = projectRoot(dir) ?? this.cwd;
    return { key: `none|${root}`, base: root };
  }

  async forFile(file: string): Promise<ProjectSettings> {
    const { key, mitid, source, base } = await this.source(file);
    if (Object.keys(absoluteCatalogs(mitid?.['catalogs'], base)).length) return this.memo(key, async () => withCatalogs(mitid, source, base, this.shown, this.notes));
    // No catalogs configured: the ones found in the project, nearest the file first.
    let found = this.found.get(base);
    if (!found) {
      found = discoverCatalogs(base);
      this.found.set(base, found);
    }
    const near = nearestCatalogs(found, dirname(file));
    return this.memo(`${key}|${Object.values(near).flat().join('|')}`, async () => withCatalogs(mitid, source, base, this.shown, this.notes, near));
  }
}
