/**
 * The project's own MitID settings (wrapper components, translation catalogs, box selectors), so
 * `check` finds what `eslint` with the same kit finds. In order: `--config FILE`; else
 * `mitid.config.{js,mjs,json}` or a `"mitid"` key in package.json, the nearest above the working
 * folder; else `settings.mitid` of the project's own ESLint flat config. When no catalogs are
 * configured, the usual i18next / vue-i18n / react-intl / ngx-translate layouts are discovered.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { importPeer, UsageError } from './faces.js';

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

function record(v: unknown): Record<string, unknown> | undefined {
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
}

async function loadConfigFile(file: string): Promise<Record<string, unknown>> {
  const shown = basename(file);
  try {
    if (extname(file) === '.json') {
      const json = JSON.parse(readFileSync(file, 'utf8')) as unknown;
      const mitid = basename(file) === 'package.json' ? record(json)?.['mitid'] : json;
      const r = record(mitid);
      if (!r) throw new Error('it is not an object');
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

/** The nearest folder at or above `from` holding one of `names` (and, for package.json, a "mitid" key). */
function findUp(from: string, test: (dir: string) => string | undefined): string | undefined {
  for (let dir = resolve(from); ; dir = dirname(dir)) {
    const hit = test(dir);
    if (hit) return hit;
    if (dirname(dir) === dir) return undefined;
  }
}

function ownConfig(dir: string): string | undefined {
  for (const name of CONFIG_NAMES) if (existsSync(join(dir, name))) return join(dir, name);
  const pkg = join(dir, 'package.json');
  try {
    if (existsSync(pkg) && record(JSON.parse(readFileSync(pkg, 'utf8')))?.['mitid'] !== undefined) return pkg;
  } catch {
    return undefined;
  }
  return undefined;
}

/** `settings.mitid` of the project's ESLint flat config, computed by ESLint itself for a file of the project. */
async function eslintSettings(configFile: string, notes: string[]): Promise<Record<string, unknown> | undefined> {
  try {
    const { ESLint } = await importPeer<typeof import('eslint')>('eslint', 'mitid-ux check');
    const eslint = new ESLint({ cwd: dirname(configFile), overrideConfigFile: configFile });
    const config = (await eslint.calculateConfigForFile(join(dirname(configFile), 'index.js'))) as { settings?: Record<string, unknown> } | undefined;
    return record(config?.settings?.['mitid']);
  } catch (error) {
    notes.push(`could not read settings.mitid from ${basename(configFile)} (${(error as Error).message.split('\n')[0]}); put the settings in mitid.config.json to be sure they are used`);
    return undefined;
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
        if (existsSync(join(full, 'package.json'))) continue;
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

/** The folder that bounds a project: the nearest holding a package.json (or .git), at or above `from`. */
function projectRoot(from: string): string | undefined {
  return findUp(from, (dir) => (existsSync(join(dir, 'package.json')) || existsSync(join(dir, '.git')) ? dir : undefined));
}

/** The settings that apply to files in `dir`: the nearest settings file, else the nearest ESLint config's settings.mitid. */
async function settingsFor(dir: string, cwd: string, configOption: string | undefined): Promise<ProjectSettings> {
  const notes: string[] = [];
  let mitid: Record<string, unknown> | undefined;
  let source: string | undefined;
  let base = projectRoot(dir) ?? cwd;
  const shown = (file: string): string => relative(cwd, file) || file;
  const file = configOption ? resolve(cwd, configOption) : findUp(dir, ownConfig);
  if (configOption && !existsSync(file as string)) throw new UsageError(`--config ${configOption}: no such file`);
  if (file) {
    mitid = await loadConfigFile(file);
    source = shown(file);
    base = dirname(file);
  } else {
    const eslintConfig = findUp(dir, (d) => ESLINT_CONFIG_NAMES.map((n) => join(d, n)).find((f) => existsSync(f)));
    if (eslintConfig) {
      mitid = await eslintSettings(eslintConfig, notes);
      if (mitid) {
        source = shown(eslintConfig);
        base = dirname(eslintConfig);
      }
    }
  }
  const settings = { ...(mitid ?? {}) };
  let catalogs = absoluteCatalogs(settings['catalogs'], base);
  let discovered = false;
  if (!Object.keys(catalogs).length) {
    catalogs = discoverCatalogs(base);
    discovered = Object.keys(catalogs).length > 0;
  }
  if (Object.keys(catalogs).length) settings['catalogs'] = catalogs;
  const errors: string[] = [];
  for (const [lang, files] of Object.entries(catalogs)) for (const f of files) if (!existsSync(f)) errors.push(`the ${lang} catalog ${shown(f)} (from ${source}) does not exist`);
  return { mitid: settings, source, catalogs, discovered, notes, errors };
}

/**
 * Settings per file, as ESLint and stylelint find theirs: a monorepo's packages each keep their
 * own wrapper components and catalogs. `--config` applies to every file. Looked up once per folder.
 */
export class ProjectResolver {
  private readonly byDir = new Map<string, Promise<ProjectSettings>>();
  private readonly byKey = new Map<string, Promise<ProjectSettings>>();

  constructor(
    private readonly cwd: string,
    private readonly configOption?: string,
  ) {}

  forFile(file: string): Promise<ProjectSettings> {
    const dir = this.configOption ? this.cwd : dirname(file);
    let hit = this.byDir.get(dir);
    if (!hit) {
      // Folders that share a settings file and a project root share one object (and one ESLint run).
      const key = this.configOption ?? `${findUp(dir, ownConfig) ?? ''}|${projectRoot(dir) ?? ''}`;
      hit = this.byKey.get(key) ?? settingsFor(dir, this.cwd, this.configOption);
      this.byKey.set(key, hit);
      this.byDir.set(dir, hit);
    }
    return hit;
  }
}
