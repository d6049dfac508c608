// A list of toggles or tabs with a `mitid` entry (`capabilities = [{ key: 'mitid', label: … }]`,
// each button calling `toggle(cap.key)`) is no login: the entry's data makes the item MitID's, but
// a handler that only changes the page says the button is not a call to action. The same list whose
// buttons start a login still is one.
import { jsxTester, rules, vueTester } from './helpers.js';

const rule = rules['approved-text'] as never;
const list = "const caps = [\n  { key: 'bpmn', label: 'BPMN' },\n  { key: 'mitid', label: 'MitID OIDC' },\n];\n";

jsxTester.run('approved-text: a list of toggles with a mitid entry (jsx)', rule, {
  valid: [
    { code: `${list}export const Row = ({ toggle }) => <ul>{caps.map((c) => <li key={c.key}><button type="button" onClick={() => toggle(c.key)}>{c.label}</button></li>)}</ul>;\n`, filename: 'a.tsx' },
    { code: `${list}export const Tabs = ({ setActiveTab }) => <div>{caps.map((c) => <button key={c.key} onClick={() => setActiveTab(c.key)}>{c.label}</button>)}</div>;\n`, filename: 'a.tsx' },
  ],
  invalid: [
    { code: `${list}export const Row = ({ login }) => <div>{caps.map((c) => <button key={c.key} onClick={() => login(c.key)}>{c.label}</button>)}</div>;\n`, filename: 'a.tsx', errors: 1 },
  ],
});

vueTester.run('approved-text: a list of toggles with a mitid entry (vue)', rule, {
  valid: [
    { code: `<template><ul><li v-for="c in caps" :key="c.key"><button type="button" @click="toggle(c.key)">{{ c.label }}</button></li></ul></template>\n<script setup>\n${list}function toggle(k) {}\n</script>\n`, filename: 'Row.vue' },
  ],
  invalid: [
    { code: `<template><ul><li v-for="c in caps" :key="c.key"><button type="button" @click="signIn(c.key)">{{ c.label }}</button></li></ul></template>\n<script setup>\n${list}</script>\n`, filename: 'Row.vue', errors: 1 },
  ],
});
