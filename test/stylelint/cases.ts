/**
 * The case table both entry points run (stylelint and the PostCSS plugin). Each `⟦` in `code`
 * marks where one warning must start; the harness removes the markers and asserts line and column.
 */
export type Syntax = 'css' | 'scss' | 'less' | 'html' | 'vue' | 'svelte' | 'lit' | 'styled' | 'angular';

export interface Case {
  name: string;
  rule: 'button-style' | 'box-min-height' | 'no-box-restyle' | 'keep-required-links';
  syntax: Syntax;
  code: string;
  options?: Record<string, unknown>;
  /** Every warning's text must match these (in order of position). */
  messages?: RegExp[];
  /** The code after autofix (markers removed); without it, fixing must leave the code unchanged. */
  fixed?: string;
}

export const FILE_OF: Record<Syntax, string> = {
  css: 'styles.css', scss: 'styles.scss', less: 'styles.less', html: 'page.html', vue: 'Login.vue', svelte: 'Login.svelte', lit: 'login-styles.ts',
  styled: 'LoginButton.tsx', angular: 'login.component.ts',
};

const MARK = '⟦';

/** Code without markers, and the 1-based line/column of each marker. */
export function unmark(code: string): { code: string; at: { line: number; column: number }[] } {
  const at: { line: number; column: number }[] = [];
  let out = '';
  let line = 1;
  let column = 1;
  for (const ch of code) {
    if (ch === MARK) {
      at.push({ line, column });
      continue;
    }
    out += ch;
    if (ch === '\n') {
      line++;
      column = 1;
    } else column++;
  }
  return { code: out, at };
}

const lit = (body: string): string => `import { css } from 'lit';\n\nexport const styles = css\`\n${body}\n\`;\n`;

export const CASES: Case[] = [
  // mitid/button-style
  {
    name: 'wrong colours and height on a MitID class, fixed one to one',
    rule: 'button-style', syntax: 'css',
    code: '.btn-mitid {\n  background: ⟦#ff0000;\n  color: ⟦black;\n  height: ⟦60px;\n  font-family: ⟦Arial, sans-serif;\n}\n',
    messages: [/background must be #0060e6 \(found "#ff0000"\)/, /color must be #ffffff/, /height must be 48px/, /"IBM Plex Sans" first/],
    fixed: '.btn-mitid {\n  background: #0060e6;\n  color: #ffffff;\n  height: 48px;\n  font-family: Arial, sans-serif;\n}\n',
  },
  {
    name: 'brand values in other notations, states that darken, parts that are not the button',
    rule: 'button-style', syntax: 'css',
    code: [
      '.btn-mitid { background: rgb(0 96 230); color: #FFF; height: 48px; padding: .25rem .75rem .25rem 1rem; border-radius: 9999px;',
      '  font-family: "IBM Plex Sans", Helvetica, Arial, sans-serif; }',
      '.btn-mitid:hover { background-color: #0050c0 } .btn-mitid:active { background: hsl(215 100% 30%) }',
      '.mitid-logo { height: 24px } .submitId { background: red } .btn-mitid::before { color: red }',
    ].join('\n'),
  },
  {
    name: 'a base class reaches the MitID modifier in the same file',
    rule: 'button-style', syntax: 'css',
    code: '.eid-btn { height: ⟦60px; border-radius: 4px }\n.eid-btn--mitid { background: #0060e6 }\n',
    messages: [/"\.eid-btn" reaches the MitID button "\.eid-btn--mitid": height must be 48px \(found "60px"\)/],
  },
  {
    name: 'a base class overridden by the MitID modifier is fine',
    rule: 'button-style', syntax: 'css',
    code: '.eid-btn { height: 60px; background: #333 }\n.eid-btn--mitid { height: 48px; background: #0060e6 }\n.eid-btn:hover { background: #555 }\n.eid-btn--mitid:hover { background: #0050c0 }\n',
  },
  {
    name: 'hover may darken the blue but not change the text colour or font',
    rule: 'button-style', syntax: 'css',
    code: '.mitid-button:hover, .mitid-button:focus-visible { background: ⟦#ff0000; color: ⟦#000; font: ⟦600 16px Georgia, serif }\n.mitid-button:active { background: #003d99 }\n',
    messages: [/background must be #0060e6 or a darker blue/, /color must be #ffffff/, /font must be "IBM Plex Sans" first/],
    fixed: '.mitid-button:hover, .mitid-button:focus-visible { background: #ff0000; color: #ffffff; font: 600 16px Georgia, serif }\n.mitid-button:active { background: #003d99 }\n',
  },
  {
    name: 'the <mitid-button> element and configured patterns',
    rule: 'button-style', syntax: 'css', options: { patterns: ['^cta-login$'] },
    code: 'mitid-button { height: ⟦60px }\n.cta-login { background-color: ⟦red }\n',
    fixed: 'mitid-button { height: 48px }\n.cta-login { background-color: #0060e6 }\n',
  },
  {
    name: 'custom properties in the same file are resolved; unknown or ambiguous ones are skipped',
    rule: 'button-style', syntax: 'css',
    code: ':root { --cta: #123456; --ok: #0060e6; --twice: red }\n.theme { --twice: blue }\n.btn-mitid { background: ⟦var(--cta); color: var(--elsewhere) }\n.btn-mitid:focus { background: var(--ok); color: var(--twice) }\n',
    messages: [/background must be #0060e6 \(found "var\(--cta\)"\)/],
  },
  {
    name: 'SCSS variables, nesting and BEM modifiers',
    rule: 'button-style', syntax: 'scss',
    code: '$brand: #ff0000;\n$h: 48px;\n.eid-btn {\n  height: ⟦60px;\n  &--mitid {\n    background: ⟦$brand;\n    min-height: $h;\n    &:hover { color: ⟦black; }\n  }\n}\n// .mitid-btn { color: red }\n',
    messages: [/"\.eid-btn" reaches/, /found "\$brand"/, /color must be #ffffff/],
    fixed: '$brand: #ff0000;\n$h: 48px;\n.eid-btn {\n  height: 60px;\n  &--mitid {\n    background: $brand;\n    min-height: $h;\n    &:hover { color: #ffffff; }\n  }\n}\n// .mitid-btn { color: red }\n',
  },
  {
    name: 'SCSS interpolation and functions stay unknown',
    rule: 'button-style', syntax: 'scss',
    code: '$blue: #0060e6;\n.btn-mitid { background: darken($blue, 10%); height: #{$h}px; color: map-get($c, text); }\n.btn-#{$name}-mitid { color: red }\n',
  },
  {
    name: '<style> blocks and style attributes in HTML',
    rule: 'button-style', syntax: 'html',
    code: '<!doctype html>\n<html><head><style>\n  .mitid-btn { color: ⟦red; }\n</style></head>\n<body><button class="btn mitid-btn" style="height: ⟦40px">Log ind med MitID</button>\n<button class="other" style="height: 40px">Other</button></body></html>\n',
    fixed: '<!doctype html>\n<html><head><style>\n  .mitid-btn { color: #ffffff; }\n</style></head>\n<body><button class="btn mitid-btn" style="height: 48px">Log ind med MitID</button>\n<button class="other" style="height: 40px">Other</button></body></html>\n',
  },
  {
    name: 'Vue single-file component styles',
    rule: 'button-style', syntax: 'vue',
    code: '<template>\n  <button class="mitid-login">Log ind med MitID</button>\n</template>\n\n<style scoped lang="css">\n.mitid-login {\n  background: ⟦blue;\n}\n</style>\n',
    fixed: '<template>\n  <button class="mitid-login">Log ind med MitID</button>\n</template>\n\n<style scoped lang="css">\n.mitid-login {\n  background: #0060e6;\n}\n</style>\n',
  },
  {
    name: 'Svelte component styles',
    rule: 'button-style', syntax: 'svelte',
    code: '<script>\n  export let href;\n</script>\n<a class="mitid-cta" {href}>Log ind med MitID</a>\n<style>\n  .mitid-cta { padding: ⟦8px 16px; border-radius: ⟦50% / 10%; }\n</style>\n',
    messages: [/padding must be \.25rem \.75rem \.25rem 1rem/, /a radius from 0 to fully rounded/],
  },
  {
    name: 'Lit css templates: placeholders are never reported or rewritten',
    rule: 'button-style', syntax: 'lit',
    code: lit('  .mitid-btn { background: ${brand}; height: ${gap}; color: ⟦red; }\n  ${unsafeCSS(extra)}\n  .mitid-btn:hover { background: #0050c0; }'),
    fixed: lit('  .mitid-btn { background: ${brand}; height: ${gap}; color: #ffffff; }\n  ${unsafeCSS(extra)}\n  .mitid-btn:hover { background: #0050c0; }'),
  },

  // mitid/box-min-height
  {
    name: 'the broker sample: max-height 93vh clips below a 633px screen',
    rule: 'box-min-height', syntax: 'css',
    code: 'body.broker {\n  max-height: ⟦93vh;\n  overflow: ⟦hidden;\n}\n.content verify { display: block; }\n.content { height: ⟦500px; }\nverify { height: ⟦80vh; }\n',
    messages: [/max-height: 93vh on "body\.broker", which encloses the MitID box clips it on screens shorter than 633px: the MitID box needs at least 588px/, /overflow: hidden .* expected overflow: visible/, /height: 500px on "\.content", which encloses the MitID box can clip it/, /the MitID box "verify" clips it on screens shorter than 735px/],
  },
  {
    name: 'room for the box, unknown heights and unrelated rules are fine',
    rule: 'box-min-height', syntax: 'css',
    code: 'verify { min-height: 588px; height: 600px; }\n.wrap verify { width: 100%; }\n.wrap { height: 100%; max-height: calc(100vh + 600px); overflow: hidden auto; }\n.other { max-height: 10px; overflow: hidden; }\nbody.broker { min-height: 100vh; }\n',
  },
  {
    name: 'SCSS variables and nesting around the box',
    rule: 'box-min-height', syntax: 'scss',
    code: '$short: 500px;\n.login {\n  max-height: ⟦$short;\n  verify { height: calc(#{$short}); max-height: ⟦$short; }\n}\n',
    messages: [/max-height: \$short on "\.login"/, /max-height: \$short on the MitID box/],
  },
  {
    name: 'custom properties and configured box selectors',
    rule: 'box-min-height', syntax: 'css', options: { boxSelectors: ['.login-box'], ancestorSelectors: ['#app'] },
    code: ':root { --box: 400px; }\n.login-box { height: ⟦var(--box); }\n#app { max-height: ⟦50vh; }\nverify { height: 10px; }\n',
  },
  {
    name: 'style attributes and <style> in HTML',
    rule: 'box-min-height', syntax: 'html',
    code: '<body class="broker">\n<style>.frame verify { display: block } .frame { max-height: ⟦93vh }</style>\n<div class="frame"><verify style="height: ⟦300px"></verify></div>\n</body>\n',
  },
  {
    name: 'Lit css templates',
    rule: 'box-min-height', syntax: 'lit',
    code: lit('  :host { display: block; }\n  verify { max-height: ⟦90vh; height: ${h}; }'),
  },

  // mitid/no-box-restyle
  {
    name: 'selectors that reach inside the box, and filters on it',
    rule: 'no-box-restyle', syntax: 'css',
    code: '⟦verify iframe { border: 0; }\n⟦.page verify > * { color: red; }\nverify { display: block; filter: ⟦grayscale(1); opacity: 1; transform: none; }\n',
    messages: [/"verify iframe" reaches inside the MitID box/, /"\.page verify > \*" reaches inside/, /filter: grayscale\(1\) on the MitID box "verify" changes how its content looks/],
  },
  {
    name: 'styling around the box is fine',
    rule: 'no-box-restyle', syntax: 'css',
    code: 'verify { display: block; margin: 0 auto; width: 100%; }\n.page verify { min-height: 588px; }\nverify + p { color: #333; }\n.verify-email input { border: 0 }\n',
  },
  {
    name: 'SCSS nesting resolves into the box',
    rule: 'no-box-restyle', syntax: 'scss',
    code: '.login {\n  verify {\n    display: block;\n    ⟦iframe { border: 0; }\n    ⟦& > div { padding: 0; }\n  }\n}\n',
  },
  {
    name: 'configured box selectors, in Vue',
    rule: 'no-box-restyle', syntax: 'vue', options: { boxSelectors: ['.mitid-box'] },
    code: '<template><div class="mitid-box"></div></template>\n<style>\n⟦.mitid-box iframe { height: 100px; }\n.mitid-box { margin: 0 auto; }\n</style>\n',
  },
  {
    name: 'Svelte and Lit styles that reach into the box',
    rule: 'no-box-restyle', syntax: 'svelte',
    code: '<verify />\n<style>\n  ⟦:global(verify iframe) { border: 0; }\n</style>\n',
  },
  {
    name: 'Lit: a placeholder selector is never reported',
    rule: 'no-box-restyle', syntax: 'lit',
    code: lit('  ${sel} { color: red; }\n  ⟦verify ${sel} div { color: red; }\n  verify { display: block; }'),
  },

  // mitid/keep-required-links
  {
    name: 'hiding the Powered by text and the support and privacy links',
    rule: 'keep-required-links', syntax: 'css',
    code: [
      '.powered-by { display: ⟦none; }',
      '.footer .privacy-link { visibility: ⟦hidden; }',
      '.footer { opacity: ⟦0; }',
      '#mitid-support { position: absolute; left: ⟦-9999px; }',
      '.powered-by-idura { clip: ⟦rect(0 0 0 0); width: ⟦0; }',
      'a[href*="mitid.dk"] { font-size: ⟦0; transform: ⟦translateX(-10000px); }',
    ].join('\n'),
    messages: [/"\.powered-by" is a required MitID text or link and must stay visible: display: none hides it/, /visibility: hidden hides it/, /"\.footer" encloses a required MitID text or link .*zero opacity/, /moves it off screen/, /clip: rect\(0 0 0 0\) cuts it away/, /width: 0 gives it no size/, /font-size: 0 gives it no size/, /moves it off screen/],
  },
  {
    name: 'visible links, unrelated hidden things and generated content are fine',
    rule: 'keep-required-links', syntax: 'css',
    code: '.powered-by { color: #333; font-size: 12px; opacity: .8; left: 0; }\n.privacy-banner { display: none; }\n.powered-by::after { display: none; }\n.footer .privacy-link:hover { text-decoration: underline; }\n.sr-only { clip: rect(0 0 0 0); }\n',
  },
  {
    name: 'configured selectors and SCSS variables',
    rule: 'keep-required-links', syntax: 'scss', options: { selectors: ['.legal'] },
    code: '$hide: none;\n.legal { display: ⟦$hide; }\n.powered-by { &.is-hidden { visibility: ⟦hidden; } }\n',
  },
  {
    name: 'a link to mitid.dk alone',
    rule: 'keep-required-links', syntax: 'css',
    code: 'a[href^="https://www.mitid.dk/"] { display: ⟦none; }\n',
  },
  {
    name: 'style attributes in HTML',
    rule: 'keep-required-links', syntax: 'html',
    code: '<p class="powered-by" style="display: ⟦none">Powered by Idura</p>\n<a href="https://www.mitid.dk/hjaelp/" style="opacity: 0.5">MitID support</a>\n',
  },
  {
    name: 'Lit css templates',
    rule: 'keep-required-links', syntax: 'lit',
    code: lit('  .privacy-policy { visibility: ⟦hidden; opacity: ${o}; }'),
  },
];
