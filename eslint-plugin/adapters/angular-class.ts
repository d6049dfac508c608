/**
 * What the names of an Angular template hold: the members of its component class. A field's
 * initialiser (`@Input() label = '…'` too), a signal's or signal input's initial value
 * (`signal('…')`, `input<string>('…')`, `model('…')`, read where the template calls it), a
 * `computed(() => …)`, a getter's or a method's return values, and every value the class gives the
 * member later (`this.label = '…'` in the constructor, `ngOnInit` or a handler, `this.label.set('…')`),
 * each a branch: a state of the text. A translate service's `instant('key')`, `get('key')` and
 * `stream('key')` (ngx-translate) or `translate('key')`/`selectTranslate('key')` (Transloco) is the
 * translation call `translate('key')`, its `subscribe(text => this.label = text)` too; Angular's own
 * `$localize` message is its source text.
 *
 * A `templateUrl` file's class is read from the TypeScript file beside it whose `@Component` names
 * it (`./login.component.html` or `login.component.html`): read with typescript-estree, once per
 * file version, size-capped. Its values are copied to where the template uses the name: a string
 * written in the class has no source in the template, so no suggestion rewrites the template. An
 * unreadable or unmatched class gives no names: the template's values stay unknown, as before.
 */
import { readdirSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { childNodes, dottedName, keyName, nodes, prop } from '../ast.js';
import { readRegular } from '../catalogs.js';
import { copy, unknown, type Loc, type Place, type Rewrite } from '../foreign.js';
import { returnValues } from '../resolve.js';
import { oneOf } from '../states.js';
import { parseTypeScript } from './svelte-typescript.js';
import type { Node } from './types.js';

/** What a name of the template holds (`called`: the template calls it, `label()`), when the component is known. */
export type Names = (id: Node, called: boolean) => Node | undefined;

/** Class nodes looked at for assignments, and nodes copied per value: bounded work on any class. */
const MAX_NODES = 20_000;
/** A component file is small; a bigger one is generated code, not read. */
const MAX_CLASS_BYTES = 1024 * 1024;
/** Sibling TypeScript files looked at for the component of a template (its own name first). */
const MAX_SIBLINGS = 64;
const SIGNALS = new Set(['signal', 'input', 'model', 'input.required', 'model.required']);
const TRANSLATE_METHODS = new Set(['instant', 'get', 'stream', 'translate', 'selectTranslate']);
const OBSERVABLE_METHODS = new Set(['get', 'stream', 'selectTranslate']);
const TRANSLATE_SERVICE = /^(?:TranslateService|TranslocoService)$/;
const TRANSLATE_MEMBER = /^(?:translate|translator|translateService|transloco|translocoService|i18n)$/i;
/** The metadata block that may open a `$localize` message: `:meaning|description@@id:`. */
const LOCALIZE_META = /^:[^:]*:/;
const NOT_SOURCE = /\.(?:spec|test|d|stories|e2e|cy)\.ts$/i;


/** Several values of one member as one node: a conditional whose branches are every state (states.ts). */
const branches = (list: Node[]): Node | undefined => oneOf(list);

/** A translate service's call (`this.translate.instant('key')`), as the translation call `translate('key')`. */
function translateCall(n: Node, services: Set<string>): { key: Node; observable: boolean } | undefined {
  const callee = prop(n, 'callee');
  const method = callee?.type === 'MemberExpression' && !callee['computed'] ? String(prop(callee, 'property')?.['name']) : '';
  const owner = TRANSLATE_METHODS.has(method) && callee ? dottedName(prop(callee, 'object')) : undefined;
  const service = owner?.replace(/^this\./, '');
  const key = nodes(n, 'arguments')[0];
  if (!service || service.includes('.') || !key || !(services.has(service) || TRANSLATE_MEMBER.test(service))) return undefined;
  return { key, observable: OBSERVABLE_METHODS.has(method) };
}

/** Angular's rewrites of a copied value: a translate service's call as `translate('key')`, `$localize` as its source text. */
function angularRewrite(services: Set<string>): Rewrite {
  return (n, copyOf, at) => {
    const call = n.type === 'CallExpression' ? translateCall(n, services) : undefined;
    if (call) {
      const callee = { type: 'Identifier', name: 'translate', range: at.range, loc: at.loc };
      return { type: 'CallExpression', callee, arguments: [copyOf(call.key)], optional: false, range: at.range, loc: at.loc, parent: n.parent, observable: call.observable };
    }
    // Angular's i18n: `$localize`:@@login:Log ind med MitID`` shows its source text (its `:meaning|id:` block left out) until translated.
    const quasi = n.type === 'TaggedTemplateExpression' && dottedName(prop(n, 'tag')) === '$localize' ? prop(n, 'quasi') : undefined;
    if (!quasi) return undefined;
    const [first, ...rest] = nodes(quasi, 'quasis');
    const value = first?.['value'] as { cooked?: string; raw: string } | undefined;
    const meta = value && LOCALIZE_META.exec(value.raw);
    if (!first || !value || !meta) return copyOf(quasi);
    const cooked = (value.cooked ?? value.raw).replace(LOCALIZE_META, '');
    // Without the metadata the text is no longer written verbatim: no suggestion may rewrite it (a Literal without raw text).
    if (rest.length === 0) return { type: 'Literal', value: cooked, range: at.range, loc: at.loc };
    return copyOf({ ...quasi, quasis: [{ ...first, value: { raw: value.raw.slice(meta[0].length), cooked } }, ...rest] });
  };
}

interface Member {
  values: Node[];
  /** Read where the template calls it (`label()`): a signal, a signal input, a computed or a method. */
  called: boolean;
}

/** The value a function returns, every `return` a branch. */
function returned(fn: Node | undefined): Node | undefined {
  const body = fn && prop(fn, 'body');
  if (!body) return undefined;
  const values = body.type === 'BlockStatement' ? returnValues(body) : [body];
  return values && !values.includes(undefined) ? branches(values as Node[]) : undefined;
}

/** A field's initialiser as the template reads it: `signal('…')` and `input('…')` hold their argument, `computed(() => …)` its result. */
function fieldValue(value: Node): Member {
  const name = value.type === 'CallExpression' ? dottedName(prop(value, 'callee')) : undefined;
  const first = nodes(value, 'arguments')[0];
  if (name && SIGNALS.has(name)) return { values: first && !name.endsWith('.required') ? [first] : [], called: true };
  if (name === 'computed') return { values: [returned(first)].filter((v): v is Node => !!v), called: true };
  return { values: [value], called: false };
}

/** Names of members holding a translate service: `constructor(private translate: TranslateService)`, `i18n = inject(TranslocoService)`. */
function translateServices(body: Node): Set<string> {
  const out = new Set<string>();
  // `x: TranslateService`: an annotation holding a type reference.
  const typeName = (n: Node): string | undefined => {
    const annotation = prop(n, 'typeAnnotation');
    const ref = annotation && prop(annotation, 'typeAnnotation');
    return ref && dottedName(prop(ref, 'typeName'));
  };
  for (const m of nodes(body, 'body')) {
    const name = keyName(m);
    if (m.type === 'PropertyDefinition' && name) {
      const value = prop(m, 'value');
      const injected = value?.type === 'CallExpression' && dottedName(prop(value, 'callee')) === 'inject' ? dottedName(nodes(value, 'arguments')[0]) : undefined;
      if (TRANSLATE_SERVICE.test(injected ?? typeName(m) ?? '')) out.add(name);
    }
    if (m.type === 'MethodDefinition' && m['kind'] === 'constructor') {
      for (let p of nodes(prop(m, 'value') ?? m, 'params')) {
        if (p.type === 'TSParameterProperty') p = prop(p, 'parameter') ?? p;
        if (p.type === 'Identifier' && TRANSLATE_SERVICE.test(typeName(p) ?? '')) out.add(String(p['name']));
      }
    }
  }
  return out;
}

/** `this.name` written as the target of an assignment or a signal's `set`; undefined otherwise. */
const thisMember = (n: Node | undefined): string | undefined => (n?.type === 'MemberExpression' && !n['computed'] && prop(n, 'object')?.type === 'ThisExpression' ? String(prop(n, 'property')?.['name']) : undefined);

/** The members of a class body, read once, lazily. */
function readMembers(body: Node): { members: Map<string, Member>; services: Set<string>; params: Map<string, Node> } {
  const members = new Map<string, Member>();
  const services = translateServices(body);
  const params = new Map<string, Node>();
  for (const m of nodes(body, 'body')) {
    const name = keyName(m);
    if (!name || m['static']) continue;
    const value = prop(m, 'value');
    if (m.type === 'PropertyDefinition' && value) members.set(name, fieldValue(value));
    else if (m.type === 'MethodDefinition' && (m['kind'] === 'get' || m['kind'] === 'method')) {
      const result = returned(value);
      if (result) members.set(name, { values: [result], called: m['kind'] === 'method' });
    }
  }
  const stack: Node[] = [body];
  for (let seen = 0; stack.length && seen < MAX_NODES; seen++) {
    const n = stack.pop() as Node;
    if (n.type === 'AssignmentExpression' || n.type === 'CallExpression') {
      const callee = prop(n, 'callee');
      const method = callee?.type === 'MemberExpression' ? String(prop(callee, 'property')?.['name']) : '';
      // `this.label = '…'`, `this.label.set('…')`; `+=` or `update(fn)` make the text unknown.
      const name = n.type === 'AssignmentExpression' ? thisMember(prop(n, 'left')) : method === 'set' || method === 'update' ? thisMember(prop(callee ?? n, 'object')) : undefined;
      const value = n.type === 'AssignmentExpression' ? (n['operator'] === '=' ? prop(n, 'right') : undefined) : method === 'set' ? nodes(n, 'arguments')[0] : undefined;
      const member = name ? members.get(name) : undefined;
      // `set` and `update` change a signal; on anything else (`this.cache.set(k, v)`) they say nothing of a text.
      if (name && member && (n.type === 'AssignmentExpression' || member.called)) member.values.push(value ?? unknown(n.range));
      else if (name && n.type === 'AssignmentExpression') members.set(name, { values: [value ?? unknown(n.range)], called: false });
      // `this.translate.get('key').subscribe((text) => (this.label = text))`: the parameter is the translation.
      const source = method === 'subscribe' ? prop(callee ?? n, 'object') : undefined;
      const call = source?.type === 'CallExpression' ? translateCall(source, services) : undefined;
      const param = call ? nodes(nodes(n, 'arguments')[0] ?? n, 'params')[0] : undefined;
      if (source && call && param?.type === 'Identifier') params.set(String(param['name']), source);
    }
    // In source order: the states are reported as they are written.
    stack.push(...childNodes(n).reverse());
  }
  return { members, services, params };
}

/** The names of a class body's template; `where` re-ranges values to the template (a class of another file). */
export function classNames(body: Node, where?: { loc: Loc; constants: Map<string, Node> }): Names {
  let read: ReturnType<typeof readMembers> | undefined;
  return (id, called) => {
    read ??= readMembers(body);
    const member = read.members.get(String(id['name']));
    const value = member && member.called === called ? branches(member.values) : undefined;
    if (!value) return undefined;
    const place: Place = { names: read.params, rewrite: angularRewrite(read.services), ...(where ? { at: id.range, loc: where.loc, constants: where.constants } : {}) };
    return copy(value, place);
  };
}

/** The `@Component({ … })` options of a class, if it has one. */
function componentOptions(cls: Node): Node | undefined {
  for (const d of nodes(cls, 'decorators')) {
    const call = prop(d, 'expression');
    const name = call?.type === 'CallExpression' ? dottedName(prop(call, 'callee')) : undefined;
    const options = call && (name === 'Component' || name?.endsWith('.Component')) ? nodes(call, 'arguments')[0] : undefined;
    if (options?.type === 'ObjectExpression') return options;
  }
  return undefined;
}

/** A string written as a literal or a template literal without holes. */
function staticString(n: Node | undefined): string | undefined {
  if (n?.type === 'Literal' && typeof n['value'] === 'string') return n['value'];
  if (n?.type === 'TemplateLiteral' && nodes(n, 'expressions').length === 0) return (nodes(n, 'quasis')[0]?.['value'] as { cooked?: string } | undefined)?.cooked ?? undefined;
  return undefined;
}

interface ClassFile {
  path: string;
  stamp: string;
  /** The templates its `templateUrl`s name, found in the text (no parse needed to tell a file's component apart). */
  urls: string[];
  text?: string;
  /** Parsed on the first name asked for: template path -> its class body; the file's top-level `const`s. */
  parsed?: { templates: Map<string, Node>; constants: Map<string, Node> };
}

const TEMPLATE_URL = /\btemplateUrl\s*:\s*(['"`])([^'"`\r\n]+)\1/g;
const files = new Map<string, ClassFile>();
const listings = new Map<string, { stamp: number; names: string[] }>();

function stampOf(path: string): { stamp: string; size: number } | undefined {
  try {
    const s = statSync(path);
    return s.isFile() ? { stamp: `${s.mtimeMs}:${s.size}`, size: s.size } : undefined;
  } catch {
    return undefined;
  }
}

/** A TypeScript file and the templates its components name (read again only when the file changes). */
function classFile(path: string): ClassFile | undefined {
  const at = stampOf(path);
  if (!at) return undefined;
  const hit = files.get(path);
  if (hit?.stamp === at.stamp) return hit;
  const text = at.size <= MAX_CLASS_BYTES ? readRegular(path).text : undefined;
  // Angular resolves `templateUrl` from the component's file, with or without `./`.
  const urls = text ? [...text.matchAll(TEMPLATE_URL)].map((m) => resolve(dirname(path), m[2] as string)) : [];
  const file: ClassFile = { path, stamp: at.stamp, urls, ...(urls.length && text ? { text } : {}) };
  files.set(path, file);
  return file;
}

/** The components of a file, by the template each one's `@Component({ templateUrl })` names. */
function parsed(file: ClassFile): NonNullable<ClassFile['parsed']> {
  if (file.parsed) return file.parsed;
  const out = (file.parsed = { templates: new Map<string, Node>(), constants: new Map<string, Node>() });
  const program = file.text === undefined ? undefined : parseTypeScript(file.text);
  for (let s of program ? nodes(program, 'body') : []) {
    if (s.type === 'ExportNamedDeclaration' || s.type === 'ExportDefaultDeclaration') s = prop(s, 'declaration') ?? s;
    if (s.type === 'VariableDeclaration' && s['kind'] === 'const') {
      for (const d of nodes(s, 'declarations')) {
        const id = prop(d, 'id');
        const init = prop(d, 'init');
        if (id?.type === 'Identifier' && init) out.constants.set(String(id['name']), init);
      }
    }
    const options = s.type === 'ClassDeclaration' ? componentOptions(s) : undefined;
    const templateUrl = options && nodes(options, 'properties').find((p) => p.type === 'Property' && keyName(p) === 'templateUrl');
    const url = templateUrl && staticString(prop(templateUrl, 'value'));
    const body = prop(s, 'body');
    if (url && body) out.templates.set(resolve(dirname(file.path), url), body);
  }
  return out;
}

/** The TypeScript files of a folder (test and declaration files left out), listed again when the folder changes. */
function typescriptFiles(dir: string): string[] {
  let stamp: number;
  try {
    stamp = statSync(dir).mtimeMs;
  } catch {
    return [];
  }
  let listing = listings.get(dir);
  if (listing?.stamp !== stamp) {
    let names: string[];
    try {
      names = readdirSync(dir).filter((n) => n.endsWith('.ts') && !NOT_SOURCE.test(n)).sort().slice(0, MAX_SIBLINGS);
    } catch {
      names = [];
    }
    listings.set(dir, (listing = { stamp, names }));
  }
  return listing.names.map((n) => join(dir, n));
}

/**
 * Where a template's component may be: its own name first (`login.component.ts` for
 * `login.component.html`), then the folder's other TypeScript files, then the parent folder's
 * (`templateUrl: './templates/login.html'`).
 */
function siblings(template: string): string[] {
  const dir = dirname(template);
  const own = join(dir, `${basename(template).replace(/\.html?$/i, '')}.ts`);
  return [own, ...typescriptFiles(dir).filter((n) => n !== own), ...typescriptFiles(dirname(dir))];
}

/** The TypeScript file of the component whose `templateUrl` is this file. */
function componentFile(template: string): ClassFile | undefined {
  for (const path of siblings(template)) {
    const file = classFile(path);
    if (file?.urls.includes(template)) return file;
  }
  return undefined;
}

/** The text of the file holding a template's component class (it may name MitID where the template does not); undefined when none is found. */
export function componentText(filePath: string | undefined): string | undefined {
  try {
    return filePath && /\.html?$/i.test(filePath) ? componentFile(resolve(filePath))?.text : undefined;
  } catch {
    return undefined;
  }
}

/** The file of a template's component: its path, text and how many templates it names (its `styleUrl`s are read from it). */
export function templateComponentFile(filePath: string | undefined): { path: string; text: string; templates: number } | undefined {
  try {
    const file = filePath && /\.html?$/i.test(filePath) ? componentFile(resolve(filePath)) : undefined;
    return file?.text === undefined ? undefined : { path: file.path, text: file.text, templates: file.urls.length };
  } catch {
    return undefined;
  }
}

/** The class body of the component whose `templateUrl` is this file (its methods are what the template's handlers call); undefined when none is found. */
export function templateClass(filePath: string | undefined): Node | undefined {
  try {
    const file = filePath && /\.html?$/i.test(filePath) ? componentFile(resolve(filePath)) : undefined;
    return file && parsed(file).templates.get(resolve(filePath as string));
  } catch {
    return undefined;
  }
}

/**
 * The names of a component template file (`login.component.html`): its class's members, read
 * from the sibling TypeScript file on the first name asked for. Undefined for a file that cannot
 * be a template.
 */
export function templateFileNames(filePath: string | undefined, loc: Loc): Names | undefined {
  if (!filePath || !/\.html?$/i.test(filePath)) return undefined;
  const template = resolve(filePath);
  let names: Names | null | undefined;
  return (id, called) => {
    if (names === undefined) {
      let file: ClassFile | undefined;
      let body: Node | undefined;
      try {
        file = componentFile(template);
        body = file && parsed(file).templates.get(template);
      } catch {
        body = undefined;
      }
      names = file && body ? classNames(body, { loc, constants: parsed(file).constants }) : null;
    }
    return names?.(id, called);
  };
}
