/**
 * `settings.mitid` of a legacy ESLint config (`.eslintrc.*`, package.json "eslintConfig": ESLint 8
 * projects), as ESLint 8 computes it for one file: the nearest config and those of the folders
 * above it up to `root: true`, the configs each `extends` (files and shared-config packages;
 * `eslint:` and `plugin:` configs hold no project settings), and the `overrides` whose `files`
 * match. The plugins are not loaded: only settings are read. A config that cannot be read throws.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, extname, join, relative, sep } from 'node:path';
import { load as loadYaml } from 'js-yaml';
import picomatch from 'picomatch';
import { readConfigText as readText } from './read.js';

/** ESLint 8's names, in its order; package.json "eslintConfig" comes last. */
const NAMES = ['.eslintrc.js', '.eslintrc.cjs', '.eslintrc.yaml', '.eslintrc.yml', '.eslintrc.json', '.eslintrc'];

type Rc = Record<string, unknown>;

export const record = (v: unknown): Rc | undefined => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Rc) : undefined);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined ? [] : [v]);

function packageConfig(file: string): Rc | undefined {
  try {
    return record(record(JSON.parse(readText(file)))?.['eslintConfig']);
  } catch {
    return undefined;
  }
}

/** The legacy config of one folder, if it has one. */
export function eslintrcIn(dir: string): string | undefined {
  for (const name of NAMES) if (existsSync(join(dir, name))) return join(dir, name);
  const pkg = join(dir, 'package.json');
  return existsSync(pkg) && packageConfig(pkg) ? pkg : undefined;
}

/** JSON with comments and trailing commas (ESLint strips comments from .eslintrc.json), by TypeScript's reader. */
async function jsonc(file: string): Promise<unknown> {
  const ts = ((await import('typescript')) as { default: typeof import('typescript') }).default;
  const { config, error } = ts.parseConfigFileTextToJson(file, readText(file));
  if (error) throw new Error(ts.flattenDiagnosticMessageText(error.messageText, ' '));
  return config;
}

async function loadRc(file: string): Promise<Rc> {
  const name = basename(file);
  const ext = extname(name);
  let value: unknown;
  if (name === 'package.json') value = packageConfig(file);
  else if (ext === '.js' || ext === '.cjs') value = createRequire(file)(file);
  else if (ext === '.yaml' || ext === '.yml') value = loadYaml(readText(file));
  else if (ext === '.json') value = await jsonc(file);
  else {
    // `.eslintrc` and extended files without a known extension: JSON or YAML.
    try {
      value = await jsonc(file);
    } catch {
      value = loadYaml(readText(file));
    }
  }
  const rc = record(value);
  if (!rc) throw new Error(`${name} is not a config object`);
  return rc;
}

/** ESLint 8's shared-config names: `airbnb` -> `eslint-config-airbnb`, `@acme` -> `@acme/eslint-config`, `@acme/x` -> `@acme/eslint-config-x`. */
function sharedConfigName(name: string): string {
  if (name.startsWith('@')) {
    const [scope, rest = '', ...sub] = name.split('/');
    if (!rest) return `${scope}/eslint-config`;
    const pkg = rest.startsWith('eslint-config') ? rest : `eslint-config-${rest}`;
    return [scope, pkg, ...sub].join('/');
  }
  const [first = '', ...sub] = name.split('/');
  return [first.startsWith('eslint-config-') ? first : `eslint-config-${first}`, ...sub].join('/');
}

/** The file an `extends` entry names, or undefined for configs that hold no project settings. */
function extendsFile(entry: string, from: string): string | undefined {
  if (entry.startsWith('eslint:') || entry.startsWith('plugin:')) return undefined;
  const require = createRequire(from);
  if (entry.startsWith('.') || entry.startsWith('/')) return require.resolve(join(dirname(from), entry));
  try {
    return require.resolve(sharedConfigName(entry));
  } catch {
    // `extends: 'eslint-config-x'` written in full, or a path inside a package.
    return require.resolve(entry);
  }
}

/** A settings merge as ESLint's: objects deeply, the later value wins otherwise. */
function merge(a: Rc, b: Rc | undefined): Rc {
  const out: Rc = { ...a };
  for (const [k, v] of Object.entries(b ?? {})) out[k] = record(out[k]) && record(v) ? merge(out[k] as Rc, v as Rc) : v;
  return out;
}

/** An override's `files` / `excludedFiles` (relative to the config's folder; a pattern without `/` matches the name at any depth). */
function matches(override: Rc, base: string, file: string): boolean {
  const rel = relative(base, file).split(sep).join('/');
  const test = (patterns: unknown): boolean => list(patterns).some((p) => typeof p === 'string' && picomatch(p, { dot: true, basename: !p.includes('/') })(rel));
  return test(override['files']) && !test(override['excludedFiles']);
}

async function settingsOf(rc: Rc, from: string, base: string, file: string, depth: number): Promise<Rc> {
  if (depth > 20) throw new Error(`${from}: extends nest deeper than 20 configs (a cycle?)`);
  let out: Rc = {};
  for (const entry of list(rc['extends'])) {
    if (typeof entry !== 'string') continue;
    const target = extendsFile(entry, from);
    if (target) out = merge(out, await settingsOf(await loadRc(target), target, base, file, depth + 1));
  }
  out = merge(out, record(record(rc['settings'])?.['mitid']));
  for (const o of list(rc['overrides'])) {
    const override = record(o);
    if (override && matches(override, base, file)) out = merge(out, await settingsOf(override, from, base, file, depth + 1));
  }
  return out;
}

/** The file's settings.mitid from the legacy configs at and above `nearest`'s folder (undefined when they set none). */
export async function eslintrcSettings(nearest: string, file: string): Promise<Record<string, unknown> | undefined> {
  const chain: [string, Rc][] = [];
  for (let dir = dirname(nearest); ; dir = dirname(dir)) {
    const config = eslintrcIn(dir);
    if (config) {
      const rc = await loadRc(config);
      chain.unshift([config, rc]);
      if (rc['root'] === true) break;
    }
    if (dirname(dir) === dir) break;
  }
  let out: Rc = {};
  for (const [config, rc] of chain) out = merge(out, await settingsOf(rc, config, dirname(config), file, 0));
  return Object.keys(out).length ? out : undefined;
}
