// The manifest and the editor data the build writes describe what the package ships: dist/*.js
// modules, attribute values from the core, the event's detail; and the package ships them.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { ACTIONS, SHAPES } from '../../src/core/index.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const read = (file: string): unknown => {
  const path = join(ROOT, file);
  if (!existsSync(path)) throw new Error(`${file} is missing: run \`npm run build\` first.`);
  return JSON.parse(readFileSync(path, 'utf8'));
};
const union = (values: readonly string[]): string => values.map((v) => `'${v}'`).join(' | ');

interface Attr { name: string; type?: { text: string }; values?: { name: string }[]; value?: { type: string } }
interface Decl { tagName?: string; attributes?: Attr[]; events?: { name: string; type?: { text: string } }[]; members?: { name: string; privacy?: string }[] }
interface Manifest { modules: { path: string; declarations?: Decl[]; exports?: { declaration: { module?: string } }[] }[] }

let manifest: Manifest;
let button: Decl;
beforeAll(() => {
  manifest = read('custom-elements.json') as Manifest;
  button = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === 'mitid-button')!;
});

describe('custom-elements.json', () => {
  it('names only shipped dist/*.js modules, each of which exists', () => {
    const paths = manifest.modules.flatMap((m) => [m.path, ...(m.exports ?? []).map((e) => e.declaration.module).filter((p): p is string => !!p)]);
    expect(paths.length).toBeGreaterThan(3);
    for (const path of paths) {
      expect(path).toMatch(/^dist\/.*\.js$/);
      expect(existsSync(join(ROOT, path)), path).toBe(true);
    }
  });

  it('spells attribute types as the core\'s values and gives the event its detail', () => {
    const type = (name: string): string | undefined => button.attributes?.find((a) => a.name === name)?.type?.text;
    expect(type('action')).toBe(union(ACTIONS));
    expect(type('shape')).toBe(union(SHAPES));
    expect(type('type')).toBe("'button' | 'submit' | 'reset'");
    expect(type('disabled')).toBe('boolean');
    expect(button.events?.find((e) => e.name === 'mitid-launch')?.type?.text).toBe("CustomEvent<{ url: string; mode: 'redirect' | 'popup' }>");
    expect(button.members?.filter((m) => m.privacy === 'private')).toEqual([]);
    expect(JSON.stringify(manifest)).not.toMatch(/src\/|\.ts"|DEFAULT_/);
  });
});

describe('editor data', () => {
  it('VS Code custom data lists the values of each attribute', () => {
    const data = read('html-custom-data.json') as { tags: { name: string; attributes: Attr[] }[] };
    const tag = data.tags.find((t) => t.name === 'mitid-button')!;
    expect(tag.attributes.find((a) => a.name === 'action')?.values?.map((v) => v.name)).toEqual([...ACTIONS]);
    expect(tag.attributes.find((a) => a.name === 'shape')?.values?.map((v) => v.name)).toEqual([...SHAPES]);
  });

  it('JetBrains web-types has the element, its attributes and its event', () => {
    const data = read('web-types.json') as { name: string; contributions: { html: { elements: { name: string; attributes: Attr[]; events: { name: string }[] }[] } } };
    expect(data.name).toBe('mitid-ux-kit');
    const el = data.contributions.html.elements.find((e) => e.name === 'mitid-button')!;
    expect(el.attributes.find((a) => a.name === 'action')?.value?.type).toBe(union(ACTIONS));
    expect(el.events.map((e) => e.name)).toContain('mitid-launch');
  });

  it('the package exports and packs the manifest and both editor files', () => {
    const pkg = read('package.json') as { exports: Record<string, unknown>; 'web-types': string; customElements: string };
    for (const file of ['custom-elements.json', 'html-custom-data.json', 'web-types.json']) expect(pkg.exports[`./${file}`]).toBe(`./${file}`);
    expect(pkg['web-types']).toBe('./web-types.json');
    const pack = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8' });
    expect(pack.status, pack.stderr).toBe(0);
    const files = (JSON.parse(pack.stdout) as { files: { path: string }[] }[])[0]!.files.map((f) => f.path);
    expect(files).toEqual(expect.arrayContaining(['custom-elements.json', 'html-custom-data.json', 'web-types.json', 'dist/react.js', 'dist/vue.d.ts', 'dist/svelte.d.ts', 'dist/ssr.js']));
  });
});
