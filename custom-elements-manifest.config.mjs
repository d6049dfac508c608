// The custom-elements manifest (custom-elements.json) for editors, Storybook and docs tools. It
// describes what the package ships: the public .js modules under dist/ (not src/*.ts), attribute
// and property types as their value unions ('login' | 'approve' | ...), and each event's detail.
// scripts/custom-data.mjs turns it into VS Code's and JetBrains' editor data.
import { posix } from 'node:path';
import ts from 'typescript';

const PUBLIC = ['src/index.ts', 'src/define.ts', 'src/components/*/*.ts'];
const INTERNAL = ['src/components/**/*.styles.ts', 'src/components/*/form.ts', 'src/components/*/lang.ts', 'src/components/*/launch.ts', 'src/components/*/report.ts'];

/** `src/a/b.ts` -> `dist/a/b.js`: the module a user imports; `./x.js` from `src/a.ts` -> `dist/x.js`. */
const shipped = (path, from) => {
  const full = from && path.startsWith('.') ? posix.join(posix.dirname(from), path) : path;
  return full.replace(/^\/?src\//, 'dist/').replace(/\.ts$/, '.js');
};

/** One TypeScript program over the public entry, to spell type names as their values. */
function typeResolver() {
  const program = ts.createProgram(['src/index.ts', 'src/define.ts'], { strict: true, experimentalDecorators: true, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, noEmit: true });
  const checker = program.getTypeChecker();
  const flags = ts.TypeFormatFlags.NoTruncation | ts.TypeFormatFlags.InTypeAlias | ts.TypeFormatFlags.UseSingleQuotesForStringLiteralType;
  const aliases = new Map();
  for (const file of program.getSourceFiles()) {
    if (!file.fileName.includes('/src/')) continue;
    ts.forEachChild(file, (node) => {
      if (ts.isTypeAliasDeclaration(node)) aliases.set(node.name.text, checker.typeToString(checker.getTypeAtLocation(node.name), undefined, flags));
      // `const DEFAULT_ACTION: MitIDAction = 'login'`: a default named by a constant shows its value.
      if (ts.isVariableStatement(node)) {
        for (const d of node.declarationList.declarations) if (ts.isIdentifier(d.name) && d.initializer && ts.isStringLiteral(d.initializer)) aliases.set(d.name.text, `'${d.initializer.text}'`);
      }
      if (ts.isInterfaceDeclaration(node)) {
        const fields = checker.getPropertiesOfType(checker.getTypeAtLocation(node.name)).map((p) => `${p.name}: ${checker.typeToString(checker.getTypeOfSymbol(p), undefined, flags)}`);
        aliases.set(node.name.text, `{ ${fields.join('; ')} }`);
      }
    });
  }
  // Whole words only: `MitIDAction` becomes its union, `string | undefined` stays.
  return (text) => text?.replace(/\b[A-Z]\w*\b/g, (name) => (aliases.has(name) ? aliases.get(name) : name));
}

/** `new CustomEvent<Detail>('name', ...)` in a class: the event's type with its detail. */
function eventTypes(ats, source) {
  const found = new Map();
  const visit = (node) => {
    if (ats.isNewExpression(node) && node.expression.getText(source) === 'CustomEvent' && node.typeArguments?.length && node.arguments?.[0] && ats.isStringLiteral(node.arguments[0])) {
      found.set(node.arguments[0].text, `CustomEvent<${node.typeArguments[0].getText(source)}>`);
    }
    ats.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function shippedModules() {
  let resolve;
  const events = new Map();
  return {
    name: 'mitid-shipped-modules',
    // The analyzer hands over nodes of its own TypeScript copy: walk them with that copy.
    analyzePhase({ ts: ats, node, moduleDoc }) {
      if (node.kind === ats.SyntaxKind.SourceFile) for (const [name, type] of eventTypes(ats, node)) events.set(`${moduleDoc.path}#${name}`, type);
    },
    packageLinkPhase({ customElementsManifest: manifest }) {
      resolve ??= typeResolver();
      const strip = (text) => text?.replace(/\s*\|\s*undefined\b/g, '');
      for (const mod of manifest.modules) {
        for (const decl of mod.declarations ?? []) {
          decl.members = decl.members?.filter((m) => m.privacy !== 'private' && m.privacy !== 'protected' && !m.static);
          for (const item of [...(decl.members ?? []), ...(decl.attributes ?? [])]) {
            if (item.type?.text) item.type.text = strip(resolve(item.type.text));
            if (item.default) item.default = resolve(item.default);
          }
          for (const event of decl.events ?? []) {
            const type = events.get(`${mod.path}#${event.name}`);
            if (type) event.type = { text: resolve(type) };
          }
        }
        for (const ref of [...(mod.exports ?? []).map((e) => e.declaration), ...(mod.declarations ?? []).map((d) => d.superclass)]) {
          if (ref?.module) ref.module = shipped(ref.module, mod.path);
        }
        mod.path = shipped(mod.path);
      }
    },
  };
}

export default {
  globs: PUBLIC,
  exclude: INTERNAL,
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [shippedModules()],
};
