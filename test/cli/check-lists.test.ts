// `mitid-ux check` as a process, from another folder, on calls to action rendered once per item of
// a data list (eslint-plugin/lists.ts): the MitID item's text is reported where it is written, in
// JSX, Vue and Svelte; another eID's item, a settings list, a test's fixtures and an i18n file stay silent.
import { beforeAll, expect, it } from 'vitest';
import { checkElsewhere, ensureBuilt, writeProject } from './run-cli.js';

beforeAll(ensureBuilt);

const ITEMS = `[
  { id: 'mitid', label: 'Login with MitID', acr: 'urn:grn:authn:dk:mitid:substantial' },
  { id: 'bankid', label: 'Login with BankID', acr: 'urn:grn:authn:se:bankid' },
]`;
const CHOOSER = `const methods = ${ITEMS};\nexport function Chooser({ login }) {\n  return <div>{methods.map((m) => <button key={m.id} onClick={() => login(m.acr)}>{m.label}</button>)}</div>;\n}\n`;

it('reports the MitID item of a list at its literal, in JSX, Vue and Svelte, and nothing else', async () => {
  const root = writeProject(
    {
      'src/Chooser.tsx': CHOOSER,
      'src/Chooser.vue': `<script setup>\nconst methods = ${ITEMS};\n</script>\n\n<template>\n  <button v-for="m in methods" :key="m.id" @click="login(m.acr)">{{ m.label }}</button>\n</template>\n`,
      'src/Chooser.svelte': `<script>\n  export let login;\n  const methods = ${ITEMS};\n</script>\n\n{#each methods as m (m.id)}\n  <button on:click={() => login(m.acr)}>{m.label}</button>\n{/each}\n`,
      // A name every item shows: "MitID" alone for the MitID item, reported at the element.
      'src/Names.tsx': "const methods = [\n  { id: 'mitid', name: 'MitID' },\n  { id: 'bankid', name: 'BankID' },\n];\nexport const Names = ({ choose }) => (\n  <div>{methods.map((m) => <button key={m.id} onClick={() => choose(m.id)}>{m.name}</button>)}</div>\n);\n",
      // Must stay silent: a settings page, the approved phrase, a test's fixtures, an i18n file.
      'src/settings/Methods.tsx': `const methods = ${ITEMS};\nexport const Methods = ({ remove }) => (\n  <table>{methods.map((m) => <tr key={m.id}><td>{m.label}</td><td><button onClick={() => remove(m.id)}>Fjern</button></td></tr>)}</table>\n);\n`,
      'src/Approved.tsx': CHOOSER.replace("'Login with MitID'", "'Log on with MitID'"),
      'src/Chooser.test.tsx': CHOOSER,
      'src/i18n/da.ts': `export const methods = ${ITEMS};\n`,
    },
    'mitid-ux-lists-',
  );
  const { code, list, report } = await checkElsewhere(root, 'src');
  expect(code, JSON.stringify(report.errors)).toBe(1);
  expect(report.errors).toEqual([]);
  expect(list).toEqual(['src/Chooser.svelte:4:25 mitid/approved-text', 'src/Chooser.tsx:2:25 mitid/approved-text', 'src/Chooser.vue:3:25 mitid/approved-text', 'src/Names.tsx:6:29 mitid/approved-text']);
  const messages = report.findings.map((f) => f.message);
  expect(messages.filter((m) => m.startsWith('"Login with MitID" is not an approved MitID phrase: use "Log on with MitID".'))).toHaveLength(3);
  expect(messages).toContain('For the item "mitid" of methods, this MitID call to action reads "MitID": its text must be an approved phrase, such as "Log ind med MitID" or "Log on with MitID".');
});
