// mitid/button-style reads the file's own style sheets for a MitID call to action whose classes do
// not name MitID: `<style>` blocks (HTML, Vue, Svelte, markup in strings), an Angular component's
// inline `styles`, and the CSS module the file imports. Only rules that certainly reach the button
// count; a property another rule may settle (context, media query, inline style, utility) is skipped.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkButtonDeclaration } from '../../src/core/index.js';
import { htmlTester, jsxTester, rules, vueTester } from './helpers.js';

const rule = rules['button-style'] as never;
const expected = (property: string, actual: string): string => checkButtonDeclaration(property, actual)?.expected ?? 'n/a';
const ruleError = (selector: string, property: string, actual: string, line: number) => ({ messageId: 'offBrandRule', data: { selector, property, actual, expected: expected(property, actual) }, line });

const page = (css: string, body: string): string => `<!doctype html>\n<html><head>\n<style>\n${css}\n</style>\n</head><body>\n${body}\n</body></html>\n`;
const BUTTON = '<button class="login-btn" type="button"><img src="mitid-logo.svg" alt=""> Log ind med MitID</button>';

const dir = mkdtempSync(join(tmpdir(), 'mitid-sheets-'));
writeFileSync(join(dir, 'Login.module.css'), '.primary {\n  background: #1a1a1a;\n  color: #fff;\n}\n.cancel { background: red; }\n');
const TSX = join(dir, 'Login.tsx');

htmlTester.run('button-style: <style> blocks of an HTML page', rule, {
  valid: [
    { code: page('.login-btn { background: #0060e6; color: #fff; height: 48px; }', BUTTON), filename: 'index.html' },
    // Not a MitID call to action: the class's look is its own.
    { code: page('.save-btn { background: #333; }', '<button class="save-btn">Gem</button><p>Du logger ind med MitID.</p>'), filename: 'index.html' },
    // A class naming MitID is stylelint's to judge (its selectors name MitID): not reported twice.
    { code: page('.btn-mitid { background: #333; }', '<button class="btn-mitid">Log ind med MitID</button>'), filename: 'index.html' },
    // Only under a context the reading cannot settle (a descendant selector, a media query): skipped.
    { code: page('.dark .login-btn { background: #111; }\n@media (max-width: 400px) { .login-btn { height: 40px; } }', BUTTON), filename: 'index.html' },
    // A later, more specific or !important rule keeps the brand: the losing declaration is not the button's look.
    { code: page('.login-btn { background: #333; }\nbutton.login-btn { background: #0060e6; }', BUTTON), filename: 'index.html' },
    { code: page('.login-btn { background: #0060e6 !important; }\n.login-btn { background: #333; }', BUTTON), filename: 'index.html' },
    // An inline style decides the property: the sheet's value is not the button's look.
    { code: page('.login-btn { background: #333; }', '<button class="login-btn" style="background: #0060e6">Log ind med MitID</button>'), filename: 'index.html' },
    // Pseudo-elements and other elements' rules are not the button.
    { code: page('.login-btn::before { background: #333; }\n.login-btn img { height: 20px; }', BUTTON), filename: 'index.html' },
    // A variable the sheet does not resolve is unknown.
    { code: page('.login-btn { background: var(--brand); }', BUTTON), filename: 'index.html' },
  ],
  invalid: [
    {
      code: page('.login-btn { background: #333; color: #fff; height: 40px; }', BUTTON),
      filename: 'index.html',
      errors: [ruleError('.login-btn', 'background', '#333', 4), ruleError('.login-btn', 'height', '40px', 4)],
    },
    // The winner is judged: the later rule of the same specificity.
    { code: page('.login-btn { background: #0060e6; }\n.btn { background: #2b2b2b; }', '<a class="btn login-btn" href="/auth/mitid">Log ind med MitID</a>'), filename: 'index.html', errors: [ruleError('.btn', 'background', '#2b2b2b', 5)] },
    // A state: a hover that turns the button another colour.
    { code: page('.login-btn:hover { background: #e0001b; }', BUTTON), filename: 'index.html', errors: [{ messageId: 'offBrandRule', line: 4 }] },
    // The rule is shared by two MitID buttons: reported once.
    {
      code: page('.cta { font-family: Roboto, sans-serif; }', '<button class="cta">Log ind med MitID</button>\n<button class="cta">Godkend med MitID</button>'),
      filename: 'index.html',
      errors: [ruleError('.cta', 'font-family', 'Roboto, sans-serif', 4)],
    },
  ],
});

vueTester.run('button-style: a Vue component\'s <style> blocks', rule, {
  valid: [
    { code: '<template><button class="primary" @click="login">Log ind med MitID</button></template>\n<style scoped>\n.primary { background: #0060e6; }\n</style>\n', filename: 'Login.vue' },
    // SCSS: a nested rule is under a context (unsettled), a variable is unknown.
    { code: '<template><button class="primary" @click="login">Log ind med MitID</button></template>\n<style scoped lang="scss">\n.wrap {\n  .primary { height: 44px; }\n}\n.primary { background: $brand; border-radius: 4px; }\n</style>\n', filename: 'Login.vue' },
    // Less and Stylus are not read: unknown, silent.
    { code: '<template><button class="primary" @click="login">Log ind med MitID</button></template>\n<style lang="less">\n.primary { background: #333; }\n</style>\n', filename: 'Login.vue' },
  ],
  invalid: [
    {
      code: '<template><button :class="$style.cta" @click="login">Log ind med MitID</button></template>\n<style module>\n.cta { background-color: #222; }\n</style>\n',
      filename: 'Login.vue',
      errors: [ruleError('.cta', 'background-color', '#222', 3)],
    },
    {
      code: '<template><button class="primary" @click="login">{{ busy ? "Vent" : "Log ind med MitID" }}</button></template>\n<style scoped>\n.primary { height: 36px; }\n</style>\n',
      filename: 'Login.vue',
      errors: [{ messageId: 'offBrandRule', line: 3 }],
    },
  ],
});

htmlTester.run('button-style: a Svelte component\'s <style>', rule, {
  valid: [{ code: '<button class="go" on:click={login}>Log ind med MitID</button>\n<style>\n.go { background: #0060e6; }\n</style>\n', filename: 'Login.svelte' }],
  invalid: [
    {
      code: '<button class="go" on:click={login}>Log ind med MitID</button>\n<style>\n.go { background: #0a0a0a; }\n</style>\n',
      filename: 'Login.svelte',
      errors: [ruleError('.go', 'background', '#0a0a0a', 3)],
    },
  ],
});

const styledFile = (css: string, use: string): string => `import styled from 'styled-components';\nconst Action = styled.button\`\n${css}\n\`;\nexport const L = ({ go }) => (\n  ${use}\n);\n`;

jsxTester.run('button-style: a styled component used as the MitID button', rule, {
  valid: [
    { code: styledFile('  background: #0060e6;\n  color: #fff;\n  height: 48px;', '<Action onClick={go}>Log ind med MitID</Action>'), filename: 'a.tsx' },
    // The same component as another button: its look is its own.
    { code: styledFile('  background: #333;', '<Action onClick={go}>Gem</Action>'), filename: 'a.tsx' },
    // Holes: a value from props or the theme is unknown; a mixin of whole declarations is skipped.
    { code: styledFile('  ${({ theme }) => theme.buttonBase};\n  background: ${(p) => p.bg};\n  height: ${(p) => p.h}px;', '<Action onClick={go}>Log ind med MitID</Action>'), filename: 'a.tsx' },
    // Nested rules for other elements are not the button.
    { code: styledFile('  .icon { height: 20px; }\n  & > span { color: #333; }', '<Action onClick={go}>Log ind med MitID</Action>'), filename: 'a.tsx' },
  ],
  invalid: [
    {
      code: styledFile('  background: #1a1a1a;\n  height: 40px;', '<Action onClick={go}>Log ind med MitID</Action>'),
      filename: 'a.tsx',
      errors: [ruleError('Action', 'background', '#1a1a1a', 3), ruleError('Action', 'height', '40px', 4)],
    },
    {
      code: styledFile('  ${({ theme }) => theme.reset};\n  &:hover { background: #e0001b; }', '<Action onClick={go}>Godkend med MitID</Action>'),
      filename: 'a.tsx',
      errors: [{ messageId: 'offBrandRule', line: 4 }],
    },
    // `styled.a.attrs(...)`: a link.
    {
      code: "import styled from 'styled-components';\nconst Go = styled.a.attrs({ rel: 'noopener' })`\n  font-family: Roboto, sans-serif;\n`;\nexport const L = () => <Go href=\"/auth/mitid/login\">Log ind med MitID</Go>;\n",
      filename: 'a.tsx',
      errors: [ruleError('Go', 'font-family', 'Roboto, sans-serif', 3)],
    },
  ],
});

jsxTester.run('button-style: CSS modules, inline styles of an Angular component, <style> in strings', rule, {
  valid: [
    // The module's rule for another class is not this button's.
    { code: "import styles from './Login.module.css';\nexport const L = () => <button className={styles.cancel}>Annullér</button>;\n", filename: TSX },
    // A module that cannot be read: unknown, silent.
    { code: "import styles from './Missing.module.css';\nexport const L = () => <button className={styles.primary}>Log ind med MitID</button>;\n", filename: TSX },
  ],
  invalid: [
    {
      code: "import styles from './Login.module.css';\nexport const L = () => <button className={styles.primary} onClick={login}>Log ind med MitID</button>;\n",
      filename: TSX,
      errors: [{ messageId: 'offBrandModule', data: { className: 'primary', file: 'Login.module.css', line: '2', selector: '.primary', property: 'background', actual: '#1a1a1a', expected: expected('background', '#1a1a1a') }, line: 2 }],
    },
    {
      code: "@Component({\n  selector: 'app-login',\n  template: '<button class=\"cta\" (click)=\"login()\">Log ind med MitID</button>',\n  styles: [`.cta { height: 42px; }`],\n})\nexport class LoginComponent {}\n",
      filename: 'login.component.ts',
      errors: [ruleError('.cta', 'height', '42px', 4)],
    },
    {
      code: "export const html = `<style>.login { background: #444; }</style>\n<a class=\"login\" href=\"/auth/mitid\">Log ind med MitID</a>`;\n",
      filename: 'page.js',
      errors: [ruleError('.login', 'background', '#444', 1)],
    },
  ],
});
