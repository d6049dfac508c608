/**
 * Issue 13, stylelint: valid files that failed to parse, a file type without a syntax, and nesting
 * that ran out of memory. Everything through stylelint's `lint()` with the shareable config.
 */
import { createRequire } from 'node:module';
import type { Root, Syntax } from 'postcss';
import stylelint from 'stylelint';
import { describe, expect, test } from 'vitest';
import config from '../../stylelint-plugin/config.js';
import { linearLess } from '../../stylelint-plugin/lib/less-syntax.js';

async function lint(code: string, file: string, fix = false): Promise<{ result: stylelint.LintResult; code: string }> {
  const out = await stylelint.lint({ code, codeFilename: `/project/src/${file}`, config, fix });
  return { result: out.results[0] as stylelint.LintResult, code: out.code ?? code };
}

const mitidWarnings = (r: stylelint.LintResult): string[] =>
  r.warnings
    .filter((w) => w.rule.startsWith('mitid/'))
    .sort((a, b) => a.line - b.line || a.column - b.column)
    .map((w) => `${w.line}:${w.column} ${w.text}`);
const syntaxErrors = (r: stylelint.LintResult): string[] => r.warnings.filter((w) => w.rule === 'CssSyntaxError').map((w) => w.text);

describe('<style><!-- ... --></style> is valid HTML', () => {
  const page = '<!doctype html>\n<html><head>\n<style>\n<!--\n.mitid-btn { color: red; }\n-->\n</style>\n</head><body><button class="mitid-btn">Log ind med MitID</button></body></html>\n';

  test('the rules read the CSS inside the comment markers, at exact positions', async () => {
    const { result } = await lint(page, 'login.html');
    expect(syntaxErrors(result)).toEqual([]);
    expect(mitidWarnings(result)).toEqual([expect.stringMatching(/^5:21 MitID button "\.mitid-btn": color must be #ffffff/)]);
  });

  test('--fix keeps the markers', async () => {
    const { code } = await lint(page, 'login.html', true);
    expect(code).toBe(page.replace('color: red', 'color: #ffffff'));
  });

  test('markers on one line with the rules, in Vue and Svelte too', async () => {
    for (const file of ['Login.vue', 'Login.svelte']) {
      const { result } = await lint('<template><button class="mitid-btn">Log ind med MitID</button></template>\n<style><!-- .mitid-btn { height: 40px } --></style>\n', file);
      expect(syntaxErrors(result)).toEqual([]);
      expect(mitidWarnings(result)).toEqual([expect.stringMatching(/^2:34 .*height must be 48px/)]);
    }
  });

  test('a marker inside a rule is invalid CSS and still a parse error (never a silent pass)', async () => {
    const { result } = await lint('<style>.mitid-btn { <!-- color: red; --> }</style>', 'bad.html');
    expect(syntaxErrors(result)).toHaveLength(1);
  });
});

describe('.less files have a syntax (postcss-less)', () => {
  test('variables, nesting, mixins and guards', async () => {
    const code = [
      '@brand: #ff0000;',
      '@ok: #0060e6;',
      '.rounded() { border-radius: 4px; }',
      '.eid-btn {',
      '  height: 60px;',
      '  &--mitid { background: @brand; .rounded(); }',
      '  &--mitid:hover { background: @ok; }',
      '}',
      '.mitid-btn when (@mode = dark) { color: black; }',
      '.mitid-logo { background: url(logo@2x.png) no-repeat; }',
      '.@{prefix}-mitid { color: red; }',
    ].join('\n');
    const { result } = await lint(code, 'buttons.less');
    expect(syntaxErrors(result)).toEqual([]);
    expect(mitidWarnings(result)).toEqual([
      expect.stringMatching(/^5:11 "\.eid-btn" reaches the MitID button "\.eid-btn--mitid": height must be 48px/),
      expect.stringMatching(/^6:26 .*background must be #0060e6 \(found "@brand"\)/),
      expect.stringMatching(/^9:41 MitID button "\.mitid-btn when \(@mode = dark\)": color must be #ffffff/),
    ]);
  });

  test('an unknown or ambiguous Less variable is skipped, not guessed', async () => {
    const { result } = await lint('@a: red;\n.x { @a: blue; }\n.mitid-btn { background: @a; color: @elsewhere; }\n', 'vars.less');
    expect(result.warnings).toEqual([]);
  });
});

describe('deep SCSS nesting', () => {
  test('10,000 levels: the MitID rule at the bottom is checked, in bounded memory, with a readable message', { timeout: 60_000 }, async () => {
    const depth = 10_000;
    const code = `${'.a {\n'.repeat(depth)}.mitid-btn { color: red; }\n${'}\n'.repeat(depth)}`;
    const { result } = await lint(code, 'deep.scss');
    const warnings = result.warnings.filter((w) => w.rule.startsWith('mitid/') || /could not/.test(w.text));
    expect(warnings.map((w) => w.line)).toEqual([depth + 1]);
    expect(warnings[0]?.text).toMatch(/color must be #ffffff/);
    expect(warnings[0]?.text.length).toBeLessThan(3_000);
  });

  test('nearer ancestors stay exact: a box ancestor two levels up is still found', async () => {
    const code = `${'.a {\n'.repeat(3_000)}.frame { max-height: 50vh; verify { display: block; } }\n${'}\n'.repeat(3_000)}`;
    const { result } = await lint(code, 'deep-box.scss');
    expect(result.warnings.map((w) => w.rule)).toContain('mitid/box-min-height');
  });
});

describe('20,000 MitID buttons with style attributes', () => {
  test('every one is checked', { timeout: 60_000 }, async () => {
    const code = `<!doctype html><html><body>${'<button class="mitid-btn" style="height: 40px">Log ind med MitID</button>\n'.repeat(20_000)}</body></html>`;
    const { result } = await lint(code, 'many.html');
    expect(result.warnings.filter((w) => w.rule === 'mitid/button-style')).toHaveLength(20_000);
  });
});

describe('valid TypeScript is read for its styles (Babel gets the plugins of the file type)', () => {
  const STYLE = "static styles = css`.mitid-btn { background: #0061e6; }`;";
  test.each([
    ['a standard decorator `accessor` field (Lit docs)', 'x.ts', `import { LitElement, css } from 'lit';\nexport class X extends LitElement {\n  @property() accessor label = 'x';\n  ${STYLE}\n}\n`, 4],
    ['a `<string>x` type assertion in .ts', 'x.ts', `import { css } from 'lit';\nconst x: unknown = 1;\nconst y = <string>x;\nclass X {\n  ${STYLE}\n}\n`, 5],
    ['a decorator after `export`', 'x.ts', `import { css } from 'lit';\nexport @customElement('x-a') class X {\n  ${STYLE}\n}\n`, 3],
    ['`using`, `override` without a base class, `satisfies`', 'x.mts', `import { css } from 'lit';\n{ using r = open(); }\nconst o = {} satisfies object;\nclass X {\n  override f() {}\n  ${STYLE}\n}\n`, 6],
    ['JSX and generics in .tsx', 'x.tsx', `import { css } from 'lit';\nconst e = <div>{f<number>(1)}</div>;\nclass X {\n  ${STYLE}\n}\n`, 4],
  ])('%s', async (_, file, code, line) => {
    const { result } = await lint(code, file);
    expect(syntaxErrors(result)).toEqual([]);
    expect(mitidWarnings(result)).toEqual([expect.stringMatching(new RegExp(`^${line}:\\d+ MitID button "\\.mitid-btn": background must be #0060e6`))]);
  });

  test('JSX in a .ts file is not TypeScript: a parse note, never a pass', async () => {
    const { result } = await lint("import { css } from 'lit';\nconst e = <div>x</div>;\nexport const s = css`.mitid-btn { background: #0061e6; }`;\n", 'x.ts');
    expect(syntaxErrors(result)).toEqual([expect.stringMatching(/Could not parse the script to find its styles/)]);
  });

  test('--fix keeps the TypeScript around the styles as written', async () => {
    const code = "import { css } from 'lit';\nconst y = <string>(1 as unknown);\nclass X {\n  @property() accessor label = 'x';\n  static styles = css`.mitid-btn { background: #0060e6; border-radius: 4px; }`;\n}\n";
    const out = await lint(code, 'x.ts', true);
    expect(syntaxErrors(out.result)).toEqual([]);
    expect(out.code).toBe(code);
  });
});

describe('Svelte: a style attribute after a `{…}` handler belongs to its element', () => {
  test('the element is read past `on:click={() => go()}` and `class={…}` values', async () => {
    const code = '<button class="mitid-btn" on:click={() => { if (a > b) go(); }} style="background:#0061e6">Log ind med MitID</button>\n<div class={cls} style="background:#0061e6">x</div>\n';
    const { result } = await lint(code, 'B.svelte');
    expect(syntaxErrors(result)).toEqual([]);
    expect(mitidWarnings(result)).toEqual([expect.stringMatching(/^1:\d+ MitID button "button\.mitid-btn\[on:click\]": background must be #0060e6/)]);
  });
});

describe('a file the kit cannot parse is a parse note, not a crash and not a MitID problem', () => {
  test('a script the JavaScript parser cannot read', async () => {
    const { result } = await lint("export const a = css`.mitid-btn { color: red }`;\nconst = ;\n", 'broken.ts');
    expect(syntaxErrors(result)).toEqual([expect.stringMatching(/Could not parse the script to find its styles/)]);
    expect(mitidWarnings(result)).toEqual([]);
  });

  test('invalid Less', async () => {
    const { result } = await lint('.mitid-btn { color: red;\n', 'broken.less');
    expect(syntaxErrors(result)).toHaveLength(1);
    expect(mitidWarnings(result)).toEqual([]);
  });
});

describe('Less parses in linear time (postcss-less 6.0.0 alone scans the file once per node)', () => {
  const require = createRequire(import.meta.url);
  const library = require('postcss-less') as Syntax;
  const ours = linearLess(require.resolve('postcss-less'));
  const positions = (root: Root): string[] => {
    const out: string[] = [];
    root.walk((n) => void out.push(`${n.type}:${n.source?.start?.line}:${n.source?.start?.column}:${n.source?.start?.offset}-${n.source?.end?.offset}`));
    return out;
  };

  test('the same nodes and positions as postcss-less, inline comments included, and the same text back', () => {
    const code = '@a: red; // c1\n.x { color: @a; // inline\n  .m(); height: 1px } // tail\n/* b */ .y { a: b }\n// last\n.z { c: d }\n';
    const parse = (s: Syntax): Root => (s.parse as (css: string, opts: object) => Root)(code, {});
    expect(positions(parse(ours))).toEqual(positions(parse(library)));
    expect(parse(ours).toString(ours.stringify)).toBe(code);
  });

  test('16,000 MitID rules with inline comments, every one checked', { timeout: 60_000 }, async () => {
    const code = `@brand: #ff0000;\n${Array.from({ length: 16_000 }, (_, i) => `.mitid-btn-${i} { background: @brand; } // ${i}\n`).join('')}`;
    const { result } = await lint(code, 'many.less');
    expect(result.warnings.filter((w) => w.rule === 'mitid/button-style')).toHaveLength(16_000);
  });
});
