/** Laravel message catalogs: `lang/da/auth.php` (`return ['mitid' => '...']`, nested) and `lang/da.json`. */
import { basename } from 'node:path';
import { descendants, withTree, type SyntaxNode } from './tree-sitter.js';

const stringValue = (n: SyntaxNode | null): string | undefined =>
  n && (n.type === 'string' || n.type === 'encapsed_string') && n.namedChildren.every((c) => c?.type === 'string_content' || c?.type === 'string_value' || c?.type === 'escape_sequence') ? n.text.slice(1, -1).replace(/\\(['"\\])/g, '$1') : undefined;

function flattenArray(node: SyntaxNode, prefix: string, out: Map<string, string>): void {
  for (const el of node.namedChildren) {
    if (el?.type !== 'array_element_initializer' || el.namedChildren.length !== 2) continue;
    const [k, v] = el.namedChildren as [SyntaxNode, SyntaxNode];
    const key = stringValue(k) ?? (k.type === 'integer' ? k.text : undefined);
    if (key === undefined) continue;
    const name = prefix ? `${prefix}.${key}` : key;
    const text = stringValue(v);
    if (text !== undefined) out.set(name, text);
    else if (v.type === 'array_creation_expression') flattenArray(v, name, out);
  }
}

/** A PHP language file's messages, keyed `file.key.sub` as `__('file.key.sub')` reads them. */
export async function laravelPhp(file: string, text: string, out: Map<string, string>): Promise<void> {
  const group = basename(file, '.php');
  await withTree('php', text, (root) => {
    for (const n of descendants(root)) {
      if (n.type === 'return_statement') {
        const array = n.namedChildren.find((c) => c?.type === 'array_creation_expression');
        if (array) flattenArray(array, group, out);
        return;
      }
    }
  });
}

/** `lang/da.json`: keys are the source sentences (`__('Log in with MitID')`). */
export function laravelJson(text: string, out: Map<string, string>): void {
  const data = JSON.parse(text) as unknown;
  if (data && typeof data === 'object') for (const [k, v] of Object.entries(data)) if (typeof v === 'string') out.set(k, v);
}
