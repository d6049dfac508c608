/**
 * Issue 10, items 6 and 7: text written into a MitID CTA from script (textContent, innerText,
 * innerHTML, insertAdjacentHTML, jQuery's .text()/.html()), and markup inside untagged strings and
 * template literals, read like an .html file with exact positions. Plain JS, TS and Vue scripts.
 */
import { RuleTester } from 'eslint';
import { afterAll, describe, it } from 'vitest';
import { jsxTester, litTester, rules, vueTester } from './helpers.js';

(RuleTester as unknown as { afterAll: typeof afterAll }).afterAll = afterAll;
RuleTester.describe = describe;
RuleTester.it = it;
const jsTester = new RuleTester({ languageOptions: { ecmaVersion: 'latest', sourceType: 'module' } });

const text = rules['approved-text'] as never;
const element = rules['cta-element'] as never;
const vue = (script: string): string => `<template><div></div></template>\n<script>\n${script}\n</script>\n`;

const DOM_VALID = [
  // Approved text written from script.
  "document.getElementById('mitid-login').textContent = 'Log ind med MitID';",
  // The element is a help toggle, a status line, or nothing that names MitID.
  "document.querySelector('#mitid-help').textContent = 'Luk';",
  "document.querySelector('#status').textContent = 'Login with MitID';",
  "const b = document.querySelector('.save'); b.addEventListener('click', (e) => { e.target.textContent = 'Gemmer…'; });",
  // Plain strings mentioning MitID, and markup without a CTA.
  "const p = '<p>Login with MitID is easy</p>';",
  "const message = 'Login with MitID';",
];

const DOM_INVALID: [string, string, string?][] = [
  ["const btn = document.getElementById('mitid-login');\nbtn.addEventListener('click', () => { btn.textContent = 'Bekræfter…'; });", 'notAPhrase'],
  ["const btn = document.querySelector('[data-testid=\"mitid-button\"]');\nbtn.addEventListener('click', (e) => { e.target.innerText = 'Vent'; });", 'notAPhrase'],
  ["document.querySelector('.btn-mitid').innerHTML = 'Login med MitID';", 'useApprovedPhrase', "document.querySelector('.btn-mitid').innerHTML = 'Log ind med MitID';"],
  ["$('#mitidButton').text('Login with MitID');", 'useApprovedPhrase', "$('#mitidButton').text('Log on with MitID');"],
  ["$('.mitid-btn').on('click', function () { $(this).html('<span class=\"spinner\"></span> Logger ind'); });", 'notAPhrase'],
  ["document.querySelectorAll('.mitid-btn')[0].insertAdjacentHTML('beforeend', 'Vent…');", 'notAPhrase'],
  ["app.get('/', (req, res) => res.send('<a href=\"/login\">Log in with MitID</a>'));", 'useApprovedPhrase', "app.get('/', (req, res) => res.send('<a href=\"/login\">Log on with MitID</a>'));"],
  ['el.innerHTML = `<button class="x">${label ?? \'Continue with MitID\'}</button>`;', 'useApprovedPhrase', 'el.innerHTML = `<button class="x">${label ?? \'Log on with MitID\'}</button>`;'],
  ["const html = '<button class=\"mitid-button\">Log ind</button>';", 'notAPhrase'],
];

const cases = (wrap: (s: string) => string, filename: string) => ({
  valid: DOM_VALID.map((c) => ({ code: wrap(c), filename })),
  invalid: DOM_INVALID.map(([c, messageId, fixed]) => ({
    code: wrap(c),
    filename,
    errors: [{ messageId, ...(fixed ? { suggestions: [{ messageId: 'replaceWithPhrase', output: wrap(fixed) }] } : {}) }],
  })),
});

jsTester.run('approved-text (js): DOM text and markup in strings', text, cases((s) => s, 'login.js'));
litTester.run('approved-text (ts): DOM text and markup in strings', text, cases((s) => s, 'login.ts'));
vueTester.run('approved-text (vue script): DOM text and markup in strings', text, cases(vue, 'Login.vue'));
jsxTester.run('approved-text (tsx): markup in a string beside JSX', text, {
  valid: [{ code: "export const C = () => <div dangerouslySetInnerHTML={{ __html: '<p>Log ind med MitID</p>' }} />;", filename: 'c.tsx' }],
  invalid: [{ code: "export const C = () => <div dangerouslySetInnerHTML={{ __html: '<button>Login with MitID</button>' }} />;", filename: 'c.tsx', errors: [{ messageId: 'useApprovedPhrase', suggestions: [{ messageId: 'replaceWithPhrase', output: "export const C = () => <div dangerouslySetInnerHTML={{ __html: '<button>Log on with MitID</button>' }} />;" }] }] }],
});

// Test files assert strings: their markup is no product's button.
jsTester.run('approved-text: test files stay silent', text, {
  valid: [
    { code: "const html = '<button>Login with MitID</button>';\ndocument.querySelector('.btn-mitid').textContent = 'x';", filename: 'src/login.test.js' },
    { code: "expect(screen.getByRole('button').textContent).toBe('Login with MitID');", filename: 'src/__tests__/login.js' },
  ],
  invalid: [],
});

jsTester.run('cta-element (js): markup in strings', element, {
  valid: [{ code: "res.send('<a href=\"/auth/mitid\">Log ind med MitID</a>');", filename: 'server.js' }],
  invalid: [
    { code: "res.send('<div class=\"mitid-btn\" onclick=\"go()\">Log ind med MitID</div>');", filename: 'server.js', errors: [{ messageId: 'notAButton', line: 1, column: 12 }] },
    { code: "const t = `<a href=\"#\">Log ind med MitID</a>`;", filename: 'view.js', errors: [{ messageId: 'anchorFakeHref' }] },
  ],
});
