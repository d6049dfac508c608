/**
 * Constants a file imports from the project's own modules (`import { texts } from './i18n/texts'`,
 * `import LABELS from '@/constants/labels'`, `import * as copy from '../copy'`): the exported value,
 * read from that module with typescript-estree (espree for plain JavaScript when TypeScript is not
 * installed), once per version of the file, and copied to the name that uses it (foreign.ts).
 * Re-exports are followed a few hops. Packages, unreadable, unparsable or huge files give nothing:
 * the value stays unknown, as before.
 */
import { statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parse as parseJs } from 'espree';
import type { Context, Node } from './adapters/types.js';
import { parseTypeScript } from './adapters/svelte-typescript.js';
import { nodes, prop } from './ast.js';
import { readRegular } from './catalogs.js';
import { copy } from './foreign.js';

/** A module bigger than this is generated code or data, not read. */
const MAX_MODULE_BYTES = 512 * 1024;
/** Re-export hops followed (`export { texts } from './texts'`). */
const MAX_HOPS = 3;
/** Exports of a namespace import turned into one object. */
const MAX_NAMESPACE = 64;
const EXTENSIONS = ['.ts', '.tsx', '.js', '.jsx', '.mjs', '.cjs', '.mts', '.cts'];

interface Module {
  stamp: string;
  /** Exported names and what they hold; `default` for the default export. */
  exports: Map<string, Node>;
  /** `export { x } from './y'` and `export * from './y'`: where to look next, by exported name ('*' for all). */
  reexports: { name: string; imported: string; from: string }[];
  constants: Map<string, Node>;
}

const modules = new Map<string, Module | null>();

/** `mtime:size` of a regular file, else undefined. */
function isFile(path: string): string | undefined {
  try {
    const s = statSync(path);
    return s.isFile() ? `${s.mtimeMs}:${s.size}` : undefined;
  } catch {
    return undefined;
  }
}

/** An import or export specifier's name (`x`, `'x'`, `default`). */
const nameOf = (n: Node | undefined): string | undefined => (n?.type === 'Identifier' ? String(n['name']) : n?.type === 'Literal' ? String(n['value']) : undefined);

/** The folder of the nearest package.json above `dir` (a project's root, where `@/` points into `src/`). */
function projectRoot(dir: string): string | undefined {
  for (let d = dir, i = 0; i < 32; i++) {
    if (isFile(join(d, 'package.json'))) return d;
    const up = dirname(d);
    if (up === d) return undefined;
    d = up;
  }
  return undefined;
}

/** The file an import source names in the project (relative, or the `@/` and `~/` aliases of Vue, Nuxt and Next), if it is a script. */
export function moduleFile(source: string, from: string): string | undefined {
  let bases: string[];
  if (/^\.{1,2}\//.test(source)) bases = [resolve(dirname(from), source)];
  else if (/^[@~]\//.test(source)) {
    const root = projectRoot(dirname(from));
    bases = root ? [join(root, 'src', source.slice(2)), join(root, source.slice(2))] : [];
  } else return undefined;
  for (const base of bases) {
    if (/\.(?:[cm]?[jt]sx?)$/i.test(base) && isFile(base)) return base;
    for (const ext of EXTENSIONS) if (isFile(base + ext)) return base + ext;
    for (const ext of EXTENSIONS) if (isFile(join(base, `index${ext}`))) return join(base, `index${ext}`);
  }
  return undefined;
}

function parseModule(path: string, text: string): Node | undefined {
  const typescript = /\.[cm]?tsx?$/i.test(path);
  const viaTs = parseTypeScript(text, /x$/i.test(path));
  if (viaTs || typescript) return viaTs;
  try {
    return parseJs(text, { ecmaVersion: 'latest', sourceType: 'module', range: true, ecmaFeatures: { jsx: true } }) as unknown as Node;
  } catch {
    return undefined;
  }
}

/** A module's exports, read again only when the file changes. */
function readModule(path: string): Module | undefined {
  const stamp = isFile(path);
  if (!stamp || Number(stamp.split(':')[1]) > MAX_MODULE_BYTES) return undefined;
  const hit = modules.get(path);
  if (hit !== undefined && (hit === null || hit.stamp === stamp)) return hit ?? undefined;
  const { text } = readRegular(path);
  const program = text === undefined ? undefined : parseModule(path, text);
  if (!program) {
    modules.set(path, null);
    return undefined;
  }
  const out: Module = { stamp, exports: new Map(), reexports: [], constants: new Map() };
  const exported: [string, string][] = [];
  for (const statement of nodes(program, 'body')) {
    const declaration = statement.type === 'ExportNamedDeclaration' ? prop(statement, 'declaration') : statement;
    if (declaration?.type === 'VariableDeclaration' && declaration['kind'] === 'const') {
      for (const d of nodes(declaration, 'declarations')) {
        const id = prop(d, 'id');
        const init = prop(d, 'init');
        if (id?.type !== 'Identifier' || !init) continue;
        out.constants.set(String(id['name']), init);
        if (statement !== declaration) out.exports.set(String(id['name']), init);
      }
    }
    const source = String(prop(statement, 'source')?.['value'] ?? '');
    if (statement.type === 'ExportNamedDeclaration' && !declaration) {
      for (const s of nodes(statement, 'specifiers')) {
        const local = nameOf(prop(s, 'local')) ?? '';
        const name = nameOf(prop(s, 'exported')) ?? local;
        if (source) out.reexports.push({ name, imported: local, from: source });
        else exported.push([name, local]);
      }
    } else if (statement.type === 'ExportAllDeclaration' && source && !prop(statement, 'exported')) {
      out.reexports.push({ name: '*', imported: '*', from: source });
    } else if (statement.type === 'ExportDefaultDeclaration') {
      const value = prop(statement, 'declaration');
      if (value?.type === 'Identifier') exported.push(['default', String(value['name'])]);
      else if (value && !/Declaration$/.test(value.type)) out.exports.set('default', value);
    }
  }
  for (const [name, local] of exported) {
    const value = out.constants.get(local);
    if (value) out.exports.set(name, value);
  }
  modules.set(path, out);
  return out;
}

/** What `name` is, exported from the module at `path`: its value and the module it is written in. */
function exportOf(path: string, name: string, hops = 0): { value: Node; module: Module } | undefined {
  const module = readModule(path);
  if (!module) return undefined;
  const value = module.exports.get(name);
  if (value) return { value, module };
  if (hops >= MAX_HOPS) return undefined;
  for (const r of module.reexports) {
    if (r.name !== name && r.name !== '*') continue;
    const next = moduleFile(r.from, path);
    const found = next && exportOf(next, r.name === '*' ? name : r.imported, hops + 1);
    if (found) return found;
  }
  return undefined;
}

/**
 * The value an import binding holds (`specifier` is its ImportSpecifier, ImportDefaultSpecifier or
 * ImportNamespaceSpecifier, `declaration` its ImportDeclaration), copied to `at`; undefined when the
 * module is not the project's own or does not export a constant by that name.
 */
export function importedValue(context: Context, specifier: Node, declaration: Node, at: Node): Node | undefined {
  const source = String(prop(declaration, 'source')?.['value'] ?? '');
  if (declaration['importKind'] === 'type' || specifier['importKind'] === 'type') return undefined;
  const path = moduleFile(source, context.physicalFilename);
  if (!path) return undefined;
  const place = { at: at.range, loc: (r: [number, number]) => ({ start: context.sourceCode.getLocFromIndex(r[0]), end: context.sourceCode.getLocFromIndex(r[1]) }) };
  if (specifier.type === 'ImportNamespaceSpecifier') {
    const module = readModule(path);
    if (!module) return undefined;
    const properties = [...module.exports].slice(0, MAX_NAMESPACE).map(([name, value]) => ({
      type: 'Property',
      key: { type: 'Identifier', name, range: at.range, loc: at.loc },
      value: copy(value, { ...place, constants: module.constants }),
      kind: 'init',
      computed: false,
      range: at.range,
      loc: at.loc,
    }));
    return { type: 'ObjectExpression', properties, range: at.range, loc: at.loc };
  }
  const imported = specifier.type === 'ImportDefaultSpecifier' ? 'default' : nameOf(prop(specifier, 'imported'));
  const found = imported ? exportOf(path, imported) : undefined;
  return found && copy(found.value, { ...place, constants: found.module.constants });
}
