/**
 * A reviewer's cases from issue 5 and MITID-RULES.md, written against the spec (not the code):
 * what a demanding user tries on real stylesheets, through stylelint's `lint()` with the
 * shareable config, and a few through the PostCSS plugin.
 */
import postcss from 'postcss';
import postcssLit from 'postcss-lit';
import stylelint from 'stylelint';
import { describe, expect, test } from 'vitest';
import config from '../../stylelint-plugin/config.js';
import mitid from '../../stylelint-plugin/postcss.js';

interface Warning {
  rule: string;
  line: number;
  column: number;
  text: string;
}

async function lint(code: string, file = 'styles.css', rules?: stylelint.Config['rules']): Promise<{ warnings: Warning[]; fixed: string }> {
  const result = await stylelint.lint({ code, codeFilename: `/project/src/${file}`, config: rules ? { ...config, rules } : config, fix: false });
  const r = result.results[0] as stylelint.LintResult;
  expect(r.parseErrors).toEqual([]);
  expect(r.invalidOptionWarnings).toEqual([]);
  const fixed = await stylelint.lint({ code, codeFilename: `/project/src/${file}`, config: rules ? { ...config, rules } : config, fix: true });
  return {
    warnings: r.warnings.map((w) => ({ rule: w.rule, line: w.line, column: w.column, text: w.text })).sort((x, y) => x.line - y.line || x.column - y.column),
    fixed: fixed.code ?? code,
  };
}

const rulesOf = (ws: Warning[]): string[] => ws.map((w) => w.rule);

/** Clean: no MitID warning at all, and --fix leaves the text as it is. */
async function expectClean(code: string, file = 'styles.css'): Promise<void> {
  const { warnings, fixed } = await lint(code, file);
  expect(warnings).toEqual([]);
  expect(fixed).toBe(code);
}

describe('button-style: the brand blue in every notation is accepted', () => {
  test.each([
    '#0060e6', '#0060E6', '#0060e6ff', 'rgb(0, 96, 230)', 'rgb(0 96 230)', 'rgba(0, 96, 230, 1)', 'rgb(0 96 230 / 100%)',
    'rgb(0% 37.65% 90.2%)', 'hsl(215, 100%, 45.1%)', 'hsl(215deg 100% 45%)', 'RGB(0,96,230)',
  ])('background-color: %s', async (blue) => {
    await expectClean(`.btn-mitid { background-color: ${blue}; }\n`);
  });

  test.each([
    '#0060e6 url(mitid-logo.svg) no-repeat 1rem center',
    'url(mitid-logo.svg) no-repeat left 1rem center, #0060e6',
    '#0060e6 !important',
  ])('background shorthand with other layers: %s', async (value) => {
    await expectClean(`.btn-mitid { background: ${value}; }\n`);
  });
});

describe('button-style: wrong blues are reported and fixed to #0060e6', () => {
  test.each([
    ['#06e', '#0060e6'],
    ['#0066EE', '#0060e6'],
    ['rgb(0, 100, 230)', '#0060e6'],
    ['blue', '#0060e6'],
  ])('background: %s', async (wrong, right) => {
    const code = `.btn-mitid {\n  background: ${wrong};\n}\n`;
    const { warnings, fixed } = await lint(code);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ rule: 'mitid/button-style', line: 2, column: 15 });
    expect(warnings[0]?.text).toMatch(/#0060e6/);
    expect(fixed).toBe(`.btn-mitid {\n  background: ${right};\n}\n`);
  });

  test('a wrong colour in a layered shorthand is reported, not rewritten (not one to one)', async () => {
    const code = '.btn-mitid { background: url(logo.svg) no-repeat, #06e; }\n';
    const { warnings, fixed } = await lint(code);
    expect(rulesOf(warnings)).toEqual(['mitid/button-style']);
    expect(warnings[0]?.text).toMatch(/#0060e6/);
    expect([code, '.btn-mitid { background: url(logo.svg) no-repeat, #0060e6; }\n']).toContain(fixed);
  });

  test('a gradient is not the brand blue', async () => {
    const { warnings } = await lint('.btn-mitid { background: linear-gradient(#0060e6, #003d99); }\n');
    expect(rulesOf(warnings)).toEqual(['mitid/button-style']);
  });
});

describe('button-style: white text', () => {
  test.each(['#fff', '#FFFFFF', 'white', 'WHITE', 'rgb(255 255 255)', 'rgb(100%, 100%, 100%)', 'hsl(0 0% 100%)', '#ffff'])(
    'color: %s is white',
    async (white) => {
      await expectClean(`.btn-mitid { color: ${white}; }\n`);
    },
  );

  test('off-white is reported and fixed to #ffffff', async () => {
    const { warnings, fixed } = await lint('.btn-mitid { color: #fafafa; }\n');
    expect(warnings).toMatchObject([{ rule: 'mitid/button-style', line: 1, column: 21 }]);
    expect(warnings[0]?.text).toMatch(/#ffffff/);
    expect(fixed).toBe('.btn-mitid { color: #ffffff; }\n');
  });
});

describe('button-style: fonts', () => {
  test.each([
    '"IBM Plex Sans", Helvetica, Arial, sans-serif',
    "'IBM Plex Sans', Helvetica, Arial, sans-serif",
    'IBM Plex Sans, Helvetica, Arial, sans-serif',
    '"ibm plex sans", sans-serif',
  ])('font-family: %s', async (stack) => {
    await expectClean(`.btn-mitid { font-family: ${stack}; }\n`);
  });

  test.each([
    '600 16px/1.5 "IBM Plex Sans", Helvetica, Arial, sans-serif',
    'normal 600 1rem "IBM Plex Sans", Helvetica, Arial, sans-serif',
    'inherit',
  ])('font: %s', async (font) => {
    await expectClean(`.btn-mitid { font: ${font}; }\n`);
  });

  test.each([
    ['font-family', 'Arial, "IBM Plex Sans", sans-serif'],
    ['font-family', 'Roboto'],
    ['font', '600 16px Arial, sans-serif'],
    ['font', 'italic bold 1rem/2 Georgia'],
  ])('%s: %s is reported, never fixed', async (prop, value) => {
    const code = `.btn-mitid { ${prop}: ${value}; }\n`;
    const { warnings, fixed } = await lint(code);
    expect(rulesOf(warnings)).toEqual(['mitid/button-style']);
    expect(warnings[0]?.text).toMatch(/IBM Plex Sans/);
    expect(fixed).toBe(code);
  });

  test('a custom property declared in the same file is resolved; an unknown one is skipped', async () => {
    const { warnings } = await lint(':root { --font: Arial, sans-serif; }\n.btn-mitid { font-family: var(--font); }\n');
    expect(rulesOf(warnings)).toEqual(['mitid/button-style']);
    await expectClean('.btn-mitid { font-family: var(--app-font); color: var(--text); background: var(--brand); height: var(--h); }\n');
  });
});

describe('button-style: height', () => {
  test.each(['48px', '3rem', 'calc(2rem + 16px)', 'calc(3 * 16px)', '36pt', 'auto'])('height: %s is fine', async (h) => {
    await expectClean(`.btn-mitid { height: ${h}; }\n`);
  });

  test.each([
    ['50px', 'height: 48px'],
    ['2.5rem', 'height: 48px'],
    ['calc(2rem + 20px)', 'height: 48px'],
  ])('height: %s is reported and fixed', async (h, after) => {
    const { warnings, fixed } = await lint(`.btn-mitid { height: ${h}; }\n`);
    expect(warnings).toMatchObject([{ rule: 'mitid/button-style', line: 1, column: 22 }]);
    expect(warnings[0]?.text).toMatch(/48px/);
    expect(fixed).toBe(`.btn-mitid { ${after}; }\n`);
  });

  test('a custom property in the same file is resolved, reported, never rewritten', async () => {
    const code = ':root { --btn-h: 60px; }\n.btn-mitid { height: var(--btn-h); }\n';
    const { warnings, fixed } = await lint(code);
    expect(warnings).toMatchObject([{ rule: 'mitid/button-style', line: 2 }]);
    expect(warnings[0]?.text).toMatch(/48px/);
    expect(fixed).toBe(code);
  });

  test('an SCSS variable in the same file is resolved, reported, never rewritten', async () => {
    const code = '$btn-height: 3.5rem;\n.btn-mitid { height: $btn-height; }\n';
    const { warnings, fixed } = await lint(code, 'styles.scss');
    expect(warnings).toMatchObject([{ rule: 'mitid/button-style', line: 2 }]);
    expect(fixed).toBe(code);
  });

  test('an SCSS variable with the right value is fine', async () => {
    await expectClean('$h: 48px;\n$blue: #0060e6;\n.btn-mitid { height: $h; background: $blue; }\n', 'styles.scss');
  });
});

describe('button-style: radius and padding', () => {
  test.each(['0', '4px', '.25rem', '24px', '9999px', '100vmax', '4px 4px 4px 4px'])('border-radius: %s is allowed', async (r) => {
    await expectClean(`.btn-mitid { border-radius: ${r}; }\n`);
  });

  test.each(['.25rem .75rem .25rem 1rem', '0.25rem 0.75rem 0.25rem 1rem', '4px 12px 4px 16px'])('padding: %s is the brand', async (p) => {
    await expectClean(`.btn-mitid { padding: ${p}; padding-left: 1rem; }\n`);
  });

  test.each(['padding: 10px', 'padding: .5rem 1rem', 'padding-left: 2rem'])('%s is reported with the brand padding, not fixed', async (decl) => {
    const code = `.btn-mitid { ${decl}; }\n`;
    const { warnings, fixed } = await lint(code);
    expect(rulesOf(warnings)).toEqual(['mitid/button-style']);
    expect(warnings[0]?.text).toMatch(/rem/);
    expect(fixed).toBe(code);
  });
});

describe('button-style: base class plus modifier', () => {
  test('the base height reaches the MitID modifier and is reported at the base declaration', async () => {
    const code = '.eid-btn {\n  height: 60px;\n  border-radius: 4px;\n}\n.eid-btn--mitid {\n  background: #0060e6;\n}\n';
    const { warnings } = await lint(code);
    expect(warnings).toMatchObject([{ rule: 'mitid/button-style', line: 2, column: 11 }]);
    expect(warnings[0]?.text).toMatch(/48px/);
  });

  test('fixing a shared base class would change the other providers\' buttons: not one to one', async () => {
    const code = '.eid-btn { height: 60px; background: #333; }\n.eid-btn--mitid { color: #fff; }\n.eid-btn--bankid { color: #fff; }\n';
    const { warnings, fixed } = await lint(code);
    expect(warnings.map((w) => w.column)).toEqual([20, 38]);
    expect(fixed).toBe(code);
  });

  test('a compound .btn.btn-mitid makes .btn a base', async () => {
    const { warnings } = await lint('.btn { height: 40px; }\n.btn.btn-mitid { background: #0060e6; }\n');
    expect(warnings).toMatchObject([{ rule: 'mitid/button-style', line: 1, column: 16 }]);
  });

  test('a selector list shared with another button is reported but not rewritten', async () => {
    const code = '.btn-primary, .btn-mitid { background: red; }\n';
    const { warnings, fixed } = await lint(code);
    expect(warnings).toMatchObject([{ rule: 'mitid/button-style', line: 1, column: 40 }]);
    expect(fixed).toBe(code);
  });

  test('!important survives the fix', async () => {
    const { fixed } = await lint('.btn-mitid { height: 60px !important; }\n');
    expect(fixed).toBe('.btn-mitid { height: 48px !important; }\n');
  });

  test('a base class without any MitID modifier in the file is not a MitID button', async () => {
    await expectClean('.eid-btn { height: 60px; background: #333; }\n.eid-btn--bankid { background: #333; }\n');
  });

  test('nested SCSS &--mitid', async () => {
    const code = '.eid-btn {\n  height: 60px;\n  &--mitid {\n    background: #06e;\n    &:hover { background: #0050c0; }\n  }\n}\n';
    const { warnings, fixed } = await lint(code, 'styles.scss');
    expect(warnings.map((w) => [w.line, w.column])).toEqual([[2, 11], [4, 17]]);
    expect(fixed).toContain('background: #0060e6;');
    expect(fixed).toContain('&:hover { background: #0050c0; }');
  });
});

describe('button-style: states', () => {
  test.each([
    '.btn-mitid:hover { background: #0050c0; }',
    '.btn-mitid:active { background-color: #003d99; }',
    '.btn-mitid:focus-visible { background: #0060e6; outline: 3px solid #003d99; outline-offset: 2px; }',
    '.btn-mitid:hover { background: hsl(215 100% 35%); color: #fff; }',
    '.btn-mitid:hover:not(:disabled) { background: #0050c0; }',
  ])('%s is allowed', async (code) => {
    await expectClean(`${code}\n`);
  });

  test.each([
    ['.btn-mitid:hover { background: #3385ff; }', 32],
    ['.btn-mitid:hover { color: #000; }', 27],
    ['.btn-mitid:focus { font-family: Georgia; }', 33],
    ['.btn-mitid:active { background: #ff0000; }', 33],
  ])('%s is reported; a state colour has many right answers, so no fix', async (code, column) => {
    const { warnings, fixed } = await lint(`${code}\n`);
    expect(warnings).toMatchObject([{ rule: 'mitid/button-style', line: 1, column }]);
    if (/background/.test(code)) expect(fixed).toBe(`${code}\n`);
  });

  test('SCSS &:hover inside the MitID rule changing the text colour', async () => {
    const { warnings } = await lint('.btn-mitid {\n  &:hover { color: black; }\n}\n', 'styles.scss');
    expect(warnings).toMatchObject([{ rule: 'mitid/button-style', line: 2, column: 20 }]);
  });
});

describe('button-style: which selectors are the MitID button', () => {
  test.each([
    'mitid-button { height: 60px; }',
    '[data-provider="mitid"] { height: 60px; }',
    'button[data-idp=mitid] { height: 60px; }',
    '#mitIdLogin { height: 60px; }',
    '.login .btn-mitid { height: 60px; }',
    '.MitID-button { height: 60px; }',
  ])('%s', async (code) => {
    const { warnings } = await lint(`${code}\n`);
    expect(rulesOf(warnings)).toEqual(['mitid/button-style']);
  });

  test.each([
    '.submit-id { background: red; height: 60px; }',
    '.permit-id-field { background: red; }',
    '.summit-idea { color: red; }',
    '.btn-primary { background: red; height: 60px; }',
    '[data-provider="nemid"] { background: red; }',
    '.mitid-logo { height: 24px; width: 24px; }',
    '.btn-mitid::before { content: ""; background: url(logo.svg); width: 24px; height: 24px; }',
    'mitid-button { display: block; width: 100%; margin-block: 1rem; }',
    '.btn-mitid { background: currentColor; color: var(--x); font-weight: 600; width: 100%; }',
  ])('not reported: %s', async (code) => {
    await expectClean(`${code}\n`);
  });

  test('patterns option marks a team\'s own class', async () => {
    const { warnings } = await lint('.cta-login { height: 60px; }\n', 'styles.css', { 'mitid/button-style': [true, { patterns: ['^cta-login$'] }] });
    expect(rulesOf(warnings)).toEqual(['mitid/button-style']);
  });
});

describe('box-min-height', () => {
  test('verify with a fixed height under 588px', async () => {
    const { warnings, fixed } = await lint('verify {\n  height: 500px;\n}\n');
    expect(warnings).toMatchObject([{ rule: 'mitid/box-min-height', line: 2, column: 11 }]);
    expect(warnings[0]?.text).toMatch(/588px/);
    expect(fixed).toBe('verify {\n  height: 500px;\n}\n');
  });

  test('the broker sample: max-height 93vh names the 633px viewport', async () => {
    const { warnings } = await lint('body.broker {\n  max-height: 93vh;\n}\n');
    expect(warnings).toMatchObject([{ rule: 'mitid/box-min-height', line: 2, column: 15 }]);
    expect(warnings[0]?.text).toMatch(/633px/);
  });

  test('93vh with overflow hidden on .broker', async () => {
    const { warnings } = await lint('.broker { max-height: 93vh; overflow: hidden; }\n');
    expect(warnings.length).toBeGreaterThanOrEqual(1);
    expect(warnings.every((w) => w.rule === 'mitid/box-min-height')).toBe(true);
    expect(warnings.some((w) => /633px/.test(w.text))).toBe(true);
  });

  test.each([
    ['verify { height: 36rem; }', /588px/],
    ['verify { max-height: 90vh; }', /654px/],
    ['verify { height: calc(100vh - 100px); }', /688px/],
    ['.broker { height: 100dvh; overflow: hidden; }', /588px/],
    ['verify { max-block-size: 400px; }', /588px/],
  ])('%s', async (code, message) => {
    const { warnings } = await lint(`${code}\n`);
    expect(warnings.length).toBeGreaterThanOrEqual(1);
    expect(warnings.every((w) => w.rule === 'mitid/box-min-height')).toBe(true);
    expect(warnings[0]?.text).toMatch(message);
  });

  test('an ancestor known from the file\'s own selectors', async () => {
    const { warnings } = await lint('.content { max-height: 400px; overflow: auto; }\n.content verify { width: 100%; }\n');
    expect(warnings).toMatchObject([{ rule: 'mitid/box-min-height', line: 1, column: 24 }]);
  });

  test('overflow hidden with a short height on an ancestor', async () => {
    const { warnings } = await lint('.wrap { height: 300px; overflow: hidden; }\n.wrap > verify { display: block; }\n');
    expect(warnings.length).toBeGreaterThanOrEqual(1);
    expect(warnings.every((w) => w.rule === 'mitid/box-min-height' && w.line === 1)).toBe(true);
  });

  test('custom properties and SCSS variables in the same file are resolved', async () => {
    const css = await lint(':root { --box-h: 500px; }\nverify { height: var(--box-h); }\n');
    expect(css.warnings).toMatchObject([{ rule: 'mitid/box-min-height', line: 2 }]);
    const scss = await lint('$max: 90vh;\n.broker { max-height: $max; }\n', 'styles.scss');
    expect(scss.warnings).toMatchObject([{ rule: 'mitid/box-min-height', line: 2 }]);
    expect(scss.warnings[0]?.text).toMatch(/654px/);
  });

  test.each([
    'verify { min-height: 588px; }',
    'verify { height: 600px; }',
    'verify { height: 36.75rem; }',
    'verify { height: auto; max-height: none; }',
    'verify { height: 50%; }',
    'verify { height: var(--elsewhere); }',
    '.broker { overflow: hidden; }',
    '.broker { height: 800px; overflow: hidden; }',
    '.broker .header { height: 60px; overflow: hidden; }',
    '.sidebar { height: 100px; max-height: 10vh; }',
    'verify { max-height: min(93vh, 700px); }',
    'verify { height: 100vw; }',
  ])('not reported: %s', async (code) => {
    await expectClean(`${code}\n`);
  });

  test('html and body enclose the box once the file shows it', async () => {
    const css = await lint('body { max-height: 93vh; overflow: hidden; }\nverify { display: block; }\n');
    expect(css.warnings.map((w) => [w.rule, w.line, w.column])).toEqual([['mitid/box-min-height', 1, 20], ['mitid/box-min-height', 1, 36]]);
    const html = await lint('<style>\n  html, body { height: 100vh; overflow: hidden; }\n</style>\n<verify />\n', 'page.html');
    expect(html.warnings).toMatchObject([{ rule: 'mitid/box-min-height', line: 2, column: 24 }, { rule: 'mitid/box-min-height', line: 2, column: 41 }]);
    expect(html.warnings[0]?.text).toMatch(/588px/);
  });

  test('an app stylesheet that only says "verify" in a class name is not the broker page', async () => {
    await expectClean('body { height: 100vh; overflow: hidden; }\n.verify-email { color: red; }\n');
  });

  test('a viewport height behind @media (min-height) that leaves room is fine; a shorter guard is not', async () => {
    await expectClean('@media (min-height: 700px) { .broker { max-height: 93vh; } }\n@media screen and (height >= 40rem) { verify { max-height: 93vh; } }\n');
    const { warnings } = await lint('@media (min-height: 600px) { .broker { max-height: 93vh; } }\n@media (min-height: 700px), print { .broker { max-height: 93vh; } }\n');
    expect(warnings.map((w) => [w.line, /633px/.test(w.text)])).toEqual([[1, true], [2, true]]);
  });

  test('custom box selectors', async () => {
    const rules = { 'mitid/box-min-height': [true, { boxSelectors: ['verify', '.login-box'] }] } as stylelint.Config['rules'];
    const { warnings } = await lint('.login-box { max-height: 400px; }\n', 'styles.css', rules);
    expect(warnings).toMatchObject([{ rule: 'mitid/box-min-height', line: 1, column: 26 }]);
  });
});

describe('no-box-restyle', () => {
  test.each([
    ['verify iframe { border: 0; }', 'styles.css'],
    ['verify > * { color: red; }', 'styles.css'],
    ['.broker verify iframe { height: 600px; }', 'styles.css'],
    ['verify { filter: grayscale(1); }', 'styles.css'],
    ['verify {\n  iframe { border: 0; }\n}', 'styles.scss'],
  ])('%s', async (code, file) => {
    const { warnings } = await lint(`${code}\n`, file);
    expect(rulesOf(warnings)).toContain('mitid/no-box-restyle');
  });

  test.each(['verify { display: block; margin: 0 auto; }', 'verify + p { margin-top: 1rem; }', '.verify-hint iframe { border: 0; }', 'verify { opacity: 1; }'])(
    'not reported: %s',
    async (code) => {
      await expectClean(`${code}\n`);
    },
  );

  test('Vue :deep() and Svelte :global() reaching into the box', async () => {
    const vue = await lint('<template><verify /></template>\n<style scoped>\n:deep(verify iframe) { border: 0; }\n</style>\n', 'Login.vue');
    expect(vue.warnings).toMatchObject([{ rule: 'mitid/no-box-restyle', line: 3 }]);
    const svelte = await lint('<verify />\n<style>\n  :global(verify iframe) { border: 0; }\n</style>\n', 'Login.svelte');
    expect(svelte.warnings).toMatchObject([{ rule: 'mitid/no-box-restyle', line: 3 }]);
  });
});

describe('keep-required-links', () => {
  test.each([
    '.powered-by { display: none; }',
    '.privacy-link { visibility: hidden; }',
    'a[href*="mitid.dk"] { opacity: 0; }',
    'a[href^="https://mitid.dk/"] { display: none; }',
    'a[href="https://www.mitid.dk/hjaelp/"] { visibility: hidden; }',
    '.powered-by { font-size: 0; }',
    '.powered-by { position: absolute; left: -9999px; }',
    '.mitid-support { transform: translateX(-9999px); }',
    '.footer .privacy-link { display: none; }',
  ])('%s', async (code) => {
    const { warnings, fixed } = await lint(`${code}\n`);
    expect(rulesOf(warnings)).toEqual(['mitid/keep-required-links']);
    expect(fixed).toBe(`${code}\n`);
  });

  test('hiding an element that encloses a required link in the same file', async () => {
    const { warnings } = await lint('.footer { display: none; }\n.footer .powered-by { font-size: 12px; }\n');
    expect(warnings).toMatchObject([{ rule: 'mitid/keep-required-links', line: 1, column: 20 }]);
  });

  test.each(['.powered-by { display: flex; opacity: .8; font-size: 12px; }', '.ad-banner { display: none; }', '.powered-by::after { content: none; display: none; }', 'a[href*="notmitid.dk"] { display: none; }'])(
    'not reported: %s',
    async (code) => {
      await expectClean(`${code}\n`);
    },
  );
});

describe('where it looks: Vue, Svelte, HTML, Lit', () => {
  test('Vue <style scoped>: position in the file and the fix inside the block', async () => {
    const code = '<template>\n  <button class="btn-mitid">Log ind med MitID</button>\n</template>\n<style scoped>\n.btn-mitid {\n  background: #06e;\n}\n</style>\n';
    const { warnings, fixed } = await lint(code, 'Login.vue');
    expect(warnings).toMatchObject([{ rule: 'mitid/button-style', line: 6, column: 15 }]);
    expect(fixed).toBe(code.replace('#06e', '#0060e6'));
  });

  test('Svelte <style lang="scss"> with a variable', async () => {
    const code = '<button class="btn-mitid">Log ind med MitID</button>\n<style lang="scss">\n  $h: 60px;\n  .btn-mitid { height: $h; }\n</style>\n';
    const { warnings } = await lint(code, 'Login.svelte');
    expect(warnings).toMatchObject([{ rule: 'mitid/button-style', line: 4 }]);
  });

  test('HTML style="" attributes on the box and the button', async () => {
    const code = '<body class="broker">\n  <verify style="height: 500px"></verify>\n  <button class="btn-mitid" style="background: #ff0000">Log ind med MitID</button>\n</body>\n';
    const { warnings, fixed } = await lint(code, 'page.html');
    expect(warnings.map((w) => [w.rule, w.line, w.column])).toEqual([
      ['mitid/box-min-height', 2, 26],
      ['mitid/button-style', 3, 48],
    ]);
    expect(fixed).toBe(code.replace('#ff0000', '#0060e6'));
  });

  test('HTML <style> block with the broker sample', async () => {
    const code = '<html>\n<head>\n<style>\n  body.broker { max-height: 93vh; }\n</style>\n</head>\n<body class="broker"><verify /></body>\n</html>\n';
    const { warnings } = await lint(code, 'page.html');
    expect(warnings).toMatchObject([{ rule: 'mitid/box-min-height', line: 4, column: 29 }]);
    expect(warnings[0]?.text).toMatch(/633px/);
  });

  test('Lit css`` placeholders are never reported or rewritten', async () => {
    const code = [
      "import { css, unsafeCSS } from 'lit';",
      "const blue = unsafeCSS('#ff0000');",
      'export const styles = css`',
      '  .btn-mitid { background: ${blue}; height: ${48}px; color: ${blue}; font-family: ${blue}, sans-serif; }',
      '  verify { max-height: ${93}vh; }',
      '  .powered-by { display: ${blue}; }',
      '  ${blue} iframe { border: 0; }',
      '`;',
      '',
    ].join('\n');
    await expectClean(code, 'login-styles.ts');
  });

  test('Lit css`` with a literal wrong blue is reported and fixed', async () => {
    const code = "import { css } from 'lit';\nexport const styles = css`\n  .btn-mitid { background: #06e; }\n`;\n";
    const { warnings, fixed } = await lint(code, 'login-styles.ts');
    expect(warnings).toMatchObject([{ rule: 'mitid/button-style', line: 3, column: 28 }]);
    expect(fixed).toBe(code.replace('#06e', '#0060e6'));
  });
});

describe('the PostCSS plugin on the same cases', () => {
  test('warns with position and the expected value; fix rewrites one to one', async () => {
    const code = '.btn-mitid {\n  background: #06e;\n  padding: 10px;\n}\n';
    const warned = await postcss([mitid()]).process(code, { from: 'a.css' });
    expect(warned.warnings().map((w) => [w.line, w.column])).toEqual([[2, 15], [3, 12]]);
    expect(warned.css).toBe(code);
    const fixed = await postcss([mitid({ fix: true })]).process(code, { from: 'a.css' });
    expect(fixed.css).toBe(code.replace('#06e', '#0060e6'));
    expect(fixed.warnings().map((w) => w.line)).toEqual([3]);
  });

  test('the 93vh message and failOnWarning', async () => {
    const result = await postcss([mitid()]).process('body.broker { max-height: 93vh; }', { from: 'a.css' });
    expect(result.warnings()[0]?.text).toMatch(/633px/);
    await expect(postcss([mitid({ failOnWarning: true })]).process('body.broker { max-height: 93vh; }', { from: 'a.css' })).rejects.toThrow(/633px/);
  });

  test('base plus modifier through postcss()', async () => {
    const result = await postcss([mitid()]).process('.eid-btn { height: 60px }\n.eid-btn--mitid { background: #0060e6 }\n', { from: 'a.css' });
    expect(result.warnings().map((w) => [w.line, w.column])).toEqual([[1, 20]]);
  });

  test('Lit placeholders through postcss-lit are left alone', async () => {
    const code = "import { css } from 'lit';\nexport const s = css`\n  .btn-mitid { background: ${'x'}; height: ${1}px; }\n`;\n";
    const result = await postcss([mitid({ fix: true })]).process(code, { from: 'a.ts', syntax: postcssLit as postcss.Syntax });
    expect(result.warnings()).toEqual([]);
    expect(result.css).toBe(code);
  });
});
