/**
 * A call to action rendered once per item of a data list the file declares (eslint-plugin/lists.ts):
 * the MitID item's instance is judged, reported at the item's text; another eID's instance is not a
 * MitID call to action. JSX and Lit here; Vue, Svelte and Angular in lists-markup.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import plugin from '../../eslint-plugin/index.js';
import { jsxTester, litTester, rules } from './helpers.js';

const PHRASES = '"Log ind med MitID" or "Log on with MitID"';
const METHODS = `const methods = [
  { id: 'mitid', label: 'Login with MitID', acr: 'urn:grn:authn:dk:mitid:substantial' },
  { id: 'bankid', label: 'Login with BankID', acr: 'urn:grn:authn:se:bankid' },
];
`;
const chooser = (jsx: string, pre = METHODS): string => `${pre}export function Chooser({ login }) {\n  return <div>{${jsx}}</div>;\n}\n`;
const lit = (template: string, pre = METHODS): string => `import { html, LitElement } from 'lit';\nimport { repeat } from 'lit/directives/repeat.js';\n${pre}export class Chooser extends LitElement {\n  render() {\n    return html\`${template}\`;\n  }\n}\n`;
const fixed = (code: string, from = 'Login with MitID', to = 'Log on with MitID'): string => code.replace(`'${from}'`, `'${to}'`);
/** An invalid case whose one report is a near miss at the item's literal, with its suggestion. */
const nearMiss = (code: string, filename: string, text: string, phrase: string, line: number) => ({
  code,
  filename,
  errors: [{ messageId: 'useApprovedPhrase', data: { text, phrase }, line, suggestions: [{ messageId: 'replaceWithPhrase', output: fixed(code, text, phrase) }] }],
});

jsxTester.run('approved-text: per-item CTA from a data list (jsx)', rules['approved-text'] as never, {
  valid: [
    // The MitID item's button reads an approved phrase; BankID's is no MitID call to action.
    { code: fixed(chooser('methods.map((m) => <button key={m.id} onClick={() => login(m.acr)}>{m.label}</button>)')), filename: 'Chooser.tsx' },
    // Another login method in the same list is not MitID's instance, whatever its words.
    { code: chooser("methods.map((m) => <button key={m.id} onClick={() => login(m.acr)}>{m.label}</button>)", "const methods = [\n  { id: 'mitid', label: 'Log ind med MitID', acr: 'urn:grn:authn:dk:mitid:substantial' },\n  { id: 'email', label: 'Log ind med e-mail', acr: 'email' },\n];\n"), filename: 'Chooser.tsx' },
    // A settings page lists the methods: names only in cells, its buttons remove or toggle.
    { code: chooser("methods.map((m) => <tr key={m.id}><td>{m.label}</td><td><button onClick={() => remove(m.id)}>Fjern</button></td><td><button onClick={() => toggle(m.id)}>{m.enabled ? 'Slå fra' : 'Slå til'}</button></td></tr>)"), filename: 'Settings.tsx' },
    // Navigation links (no eIDs) that mention MitID in a paragraph.
    { code: chooser("links.map((l) => <li key={l.href}><a href={l.href}>{l.title}</a><p>{l.about}</p></li>)", "const links = [\n  { href: '/help', title: 'Hjælp', about: 'Sådan logger du ind med MitID' },\n  { href: '/contact', title: 'Kontakt', about: 'Skriv til os' },\n];\n"), filename: 'Nav.tsx' },
    // A docs page links to a page per eID level: plain links, the MitID items named by their acr value only.
    { code: chooser("levels.map((l) => <li key={l.acr}><a href={`/docs/${l.slug}`}>{l.title}</a></li>)", "const levels = [\n  { title: 'Low', slug: 'mitid-low', acr: 'urn:grn:authn:dk:mitid:low' },\n  { title: 'Substantial', slug: 'mitid-substantial', acr: 'urn:grn:authn:dk:mitid:substantial' },\n];\n"), filename: 'Docs.tsx' },
    // Items from a prop or fetched data: unknown, silent.
    { code: "export function Chooser({ methods, login }) {\n  return <div>{methods.map((m) => <button key={m.id} onClick={() => login(m.acr)}>{m.label}</button>)}</div>;\n}\n", filename: 'Chooser.tsx' },
    { code: "import { useEffect, useState } from 'react';\nexport function Chooser({ login }) {\n  const [methods, setMethods] = useState([]);\n  useEffect(() => { fetch('/api/methods').then((r) => r.json()).then(setMethods); }, []);\n  return <div>{methods.map((m) => <button key={m.id} onClick={() => login(m.acr)}>{m.label}</button>)}</div>;\n}\n", filename: 'Chooser.tsx' },
    // A test's fixture list holds the texts it asserts.
    { code: chooser('methods.map((m) => <button key={m.id} onClick={() => login(m.acr)}>{m.label}</button>)'), filename: 'src/Chooser.test.tsx' },
    // An i18n file: the list is data, nothing renders it here.
    { code: `${METHODS}export default { methods, title: 'Vælg login' };\n`, filename: 'src/i18n/da.ts' },
    // A list longer than the linter reads item by item: unknown, silent (reportUnverifiable says so).
    { code: chooser('methods.map((m) => <button key={m.id} onClick={() => login(m.acr)}>{m.label}</button>)', `const methods = [\n${Array.from({ length: 40 }, (_, i) => `  { id: 'm${i}', label: 'Login with MitID ${i}' },`).join('\n')}\n];\n`), filename: 'Chooser.tsx' },
  ],
  invalid: [
    // The issue's repro: reported at the item's literal, with the closest phrase.
    {
      code: chooser('methods.map((m) => <button key={m.id} onClick={() => login(m.acr)}>{m.label}</button>)'),
      filename: 'Chooser.tsx',
      errors: [{ messageId: 'useApprovedPhrase', data: { text: 'Login with MitID', phrase: 'Log on with MitID' }, line: 2, column: 25, suggestions: [{ messageId: 'replaceWithPhrase', output: fixed(chooser('methods.map((m) => <button key={m.id} onClick={() => login(m.acr)}>{m.label}</button>)')) }] }],
    },
    // After .filter(), destructured, in a nested element.
    nearMiss(chooser('methods.filter((m) => m.enabled !== false).map(({ id, label }) => <li key={id}><button type="button" onClick={() => login(id)}><span>{label}</span></button></li>)'), 'Chooser.tsx', 'Login with MitID', 'Log on with MitID', 2),
    // An object of objects, its entries: the key names the eID.
    nearMiss(chooser("Object.entries(providers).map(([key, p]) => <button key={key} onClick={() => signIn(key)}>{p.label}</button>)", "const providers = {\n  mitid: { label: 'Fortsæt med MitID' },\n  google: { label: 'Continue with Google' },\n};\n"), 'Chooser.tsx', 'Fortsæt med MitID', 'Log ind med MitID', 2),
    // Object.values, a link whose text is built around the item's name.
    // (Two parts of one item, never one item's verb with another's name; no single literal to rewrite.)
    {
      code: chooser("Object.values(eids).map((e) => <a key={e.id} href={e.href}>{e.verb + ' ' + e.name}</a>)", "const eids = {\n  mitid: { id: 'mitid', verb: 'Log ind via', name: 'MitID', href: '/login?acr_values=urn:grn:authn:dk:mitid:substantial' },\n  bankid: { id: 'bankid', verb: 'Log ind via', name: 'BankID', href: '/login?bankid' },\n  nemlog: { id: 'nemlog', verb: 'Fortsæt til', name: 'NemLog-in', href: '/login?nemlog' },\n};\n"),
      filename: 'Chooser.tsx',
      errors: [{ messageId: 'useApprovedPhrase', data: { text: 'Log ind via MitID', phrase: 'Log ind med MitID' }, line: 7, suggestions: [] }],
    },
    // A name every item shows: the MitID item's instance reads "MitID" alone. Once, at the element, naming the item.
    {
      code: chooser("methods.map((m) => <button key={m.id} onClick={() => choose(m.id)}>{m.name}</button>)", "const methods = [\n  { id: 'mitid', name: 'MitID' },\n  { id: 'bankid', name: 'BankID' },\n];\n"),
      filename: 'Chooser.tsx',
      errors: [{ messageId: 'notAPhraseForItem', data: { item: 'mitid', list: 'methods', text: 'MitID', phrases: PHRASES }, line: 6, column: 36 }],
    },
    // A fixed text for every item while the MitID item starts a MitID login.
    {
      code: chooser("methods.map((m) => <button key={m.id} onClick={() => login(m.acr)}>Verify</button>)"),
      filename: 'Chooser.tsx',
      errors: [{ messageId: 'notAPhraseForItem', data: { item: 'mitid', list: 'methods', text: 'Verify', phrases: PHRASES }, line: 6, column: 36 }],
    },
    // Nested lists: groups of methods.
    nearMiss(chooser("groups.map((g) => <section key={g.title}><h2>{g.title}</h2>{g.methods.map((m) => <button key={m.id} onClick={() => login(m.acr)}>{m.label}</button>)}</section>)", "const groups = [\n  { title: 'Danmark', methods: [{ id: 'mitid', label: 'Sign in with MitID', acr: 'urn:grn:authn:dk:mitid:low' }] },\n  { title: 'Sverige', methods: [{ id: 'bankid', label: 'Sign in with BankID', acr: 'urn:grn:authn:se:bankid' }] },\n];\n"), 'Chooser.tsx', 'Sign in with MitID', 'Log on with MitID', 2),
  ],
});

const rn = (jsx: string): string => `import { Pressable, Text } from 'react-native';\n${METHODS}export const Chooser = ({ login }) => (\n  <>{${jsx}}</>\n);\n`;

jsxTester.run('approved-text: per-item CTA from a data list (react native)', rules['approved-text'] as never, {
  valid: [
    { code: fixed(rn('methods.map((m) => <Pressable key={m.id} onPress={() => login(m.acr)}><Text>{m.label}</Text></Pressable>)')), filename: 'LoginScreen.tsx' },
    { code: rn('methods.map((m) => <Text key={m.id}>{m.label}</Text>)'), filename: 'SettingsScreen.tsx' },
  ],
  invalid: [
    nearMiss(rn('methods.map((m) => <Pressable key={m.id} onPress={() => login(m.acr)}><Text>{m.label}</Text></Pressable>)'), 'LoginScreen.tsx', 'Login with MitID', 'Log on with MitID', 3),
  ],
});

const vueH = (render: string): string => `import { defineComponent, h } from 'vue';\n${METHODS}export default defineComponent({\n  setup(props, { emit }) {\n    return () => ${render};\n  },\n});\n`;

litTester.run('approved-text: per-item CTA from a data list (vue h())', rules['approved-text'] as never, {
  valid: [
    { code: fixed(vueH("h('div', methods.map((m) => h('button', { key: m.id, onClick: () => emit('login', m.acr) }, m.label)))")), filename: 'Chooser.ts' },
    { code: vueH("h('ul', methods.map((m) => h('li', { key: m.id }, m.label)))"), filename: 'Settings.ts' },
  ],
  invalid: [
    nearMiss(vueH("h('div', methods.map((m) => h('button', { key: m.id, onClick: () => emit('login', m.acr) }, m.label)))"), 'Chooser.ts', 'Login with MitID', 'Log on with MitID', 3),
  ],
});

litTester.run('approved-text: per-item CTA from a data list (lit)', rules['approved-text'] as never, {
  valid: [
    { code: fixed(lit('${methods.map((m) => html`<button @click=${() => this.login(m.acr)}>${m.label}</button>`)}')), filename: 'chooser.ts' },
    { code: lit('<ul>${methods.map((m) => html`<li><span>${m.label}</span></li>`)}</ul>'), filename: 'settings.ts' },
    { code: lit('${this.methods.map((m) => html`<button @click=${() => this.login(m.acr)}>${m.label}</button>`)}', ''), filename: 'chooser.ts' },
  ],
  invalid: [
    { code: lit('${methods.map((m) => html`<button @click=${() => this.login(m.acr)}>${m.label}</button>`)}'), filename: 'chooser.ts', errors: [{ messageId: 'useApprovedPhrase', data: { text: 'Login with MitID', phrase: 'Log on with MitID' }, line: 4, suggestions: [{ messageId: 'replaceWithPhrase', output: fixed(lit('${methods.map((m) => html`<button @click=${() => this.login(m.acr)}>${m.label}</button>`)}')) }] }] },
    nearMiss(lit('${repeat(methods, (m) => m.id, (m) => html`<button @click=${() => this.login(m.acr)}>${m.label}</button>`)}'), 'chooser.ts', 'Login with MitID', 'Log on with MitID', 4),
  ],
});

describe('lists: bounded work', () => {
  const lint = (code: string, options: Record<string, unknown> = {}): Linter.LintMessage[] =>
    new Linter().verify(code, [{ files: ['**/*.tsx'], plugins: { mitid: plugin }, rules: { 'mitid/approved-text': ['error', options] }, languageOptions: { parser: tseslint.parser, parserOptions: { ecmaFeatures: { jsx: true } } } }], 'Chooser.tsx');
  const button = 'methods.map((m) => <button key={m.id} onClick={() => login(m.acr)}>{m.label}</button>)';
  const many = (n: number, mitid: (i: number) => boolean): string =>
    `const methods = [\n${Array.from({ length: n }, (_, i) => (mitid(i) ? `  { id: 'mitid', label: 'Login with MitID', acr: 'urn:grn:authn:dk:mitid:substantial' },` : `  { id: 'eid${i}', label: 'Login with eID ${i}', acr: 'urn:grn:authn:x:${i}' },`)).join('\n')}\n];\n`;

  it('a list of 10,000 items is read in one pass for its MitID item', () => {
    const messages = lint(chooser(button, many(10_000, (i) => i === 5_000)));
    expect(messages.map((m) => [m.messageId, m.line])).toEqual([['useApprovedPhrase', 5_002]]);
  });

  it('more MitID items than are read one by one: unknown, silent', () => {
    expect(lint(chooser(button, many(10_000, () => true)))).toEqual([]);
  });

  it('maps nested 40 deep over lists of 32 items are read level by level; 80 deep is not read', () => {
    const nested = (depth: number): string => {
      let list = "[{ id: 'mitid', label: 'Login with MitID', acr: 'urn:grn:authn:dk:mitid:substantial' }]";
      for (let d = 1; d < depth; d++) list = `[${Array.from({ length: 32 }, (_, i) => `{ id: 'g${d}-${i}', children: ${i === 0 ? list : `[{ id: 'x${i}', label: 'Log ind med e-mail' }]`} }`).join(', ')}]`;
      let body = '<button key={m.id} onClick={() => login(m.acr)}>{m.label}</button>';
      for (let d = depth - 1; d >= 1; d--) body = `<div key={g${d}.id}>{g${d}.children.map((${d === depth - 1 ? 'm' : `g${d + 1}`}) => ${body})}</div>`;
      return `const methods = ${list};\nexport function Chooser({ login }) {\n  return <div>{methods.map((g1) => ${body})}</div>;\n}\n`;
    };
    const reported = [['useApprovedPhrase', '"Login with MitID" is not an approved MitID phrase: use "Log on with MitID".']];
    // One candidate per level: each level's items are read in one pass for those whose source names MitID.
    expect(lint(nested(40)).map((m) => [m.messageId, m.message])).toEqual(reported);
    expect(lint(nested(3)).map((m) => [m.messageId, m.message])).toEqual(reported);
    // Lists nested deeper than MAX_NESTING are not read: unknown, silent.
    expect(lint(nested(80))).toEqual([]);
  });
});
