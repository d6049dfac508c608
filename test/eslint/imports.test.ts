// Constants imported from the project's own modules are read where they are written: a named or
// default export, an object's member path, a namespace import, a re-export through an index file,
// the `@/` alias of Vue/Nuxt/Next projects, in JSX and in Vue templates. Packages, type-only imports
// and modules that cannot be read stay unknown (silent).
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jsxTester, rules, vueTester } from './helpers.js';

const rule = rules['approved-text'] as never;
const root = mkdtempSync(join(tmpdir(), 'mitid-imports-'));
const write = (path: string, text: string): void => {
  mkdirSync(join(root, path, '..'), { recursive: true });
  writeFileSync(join(root, path), text);
};
write('package.json', '{"name":"app"}');
write('src/i18n/texts.ts', "export const texts = {\n  login: { mitid: 'Login med MitID', help: 'Hvad er MitID?' },\n  ok: 'Log ind med MitID',\n};\nexport const MITID_LABEL: string = 'Fortsæt med MitID';\nconst cta = 'Sign in with MitID';\nexport default { cta };\n");
write('src/i18n/index.ts', "export { texts as copy } from './texts';\nexport * from './texts';\n");
write('src/constants/labels.js', "const LABELS = { mitid: 'Log in with MitID' };\nexport default LABELS;\n");
write('src/broken.ts', 'export const X = ;\n');
const file = join(root, 'src/components/Login.tsx');
const vue = join(root, 'src/components/Login.vue');
const near = (line: number) => ({ messageId: 'useApprovedPhrase', line });

jsxTester.run('approved-text: constants imported from the project', rule, {
  valid: [
    { code: "import { texts } from '../i18n/texts';\nexport const L = () => <p>{texts.login.help}</p>;\n", filename: file },
    { code: "import { texts } from '../i18n/texts';\nexport const L = ({ go }) => <button onClick={go}>{texts.ok}</button>;\n", filename: file },
    // A package, a type-only import, a module that does not parse: unknown.
    { code: "import { label } from 'some-package';\nexport const L = ({ go }) => <button className=\"btn-mitid\" onClick={go}>{label}</button>;\n", filename: file },
    { code: "import type { Label } from '../i18n/texts';\nexport const L = ({ go, t }: { t: Label }) => <button onClick={go}>{t}</button>;\n", filename: file },
    { code: "import { X } from '../broken';\nexport const L = ({ go }) => <button className=\"btn-mitid\" onClick={go}>{X}</button>;\n", filename: file },
    // An imported paragraph text names MitID but is no call to action.
    { code: "import { MITID_LABEL } from '../i18n/texts';\nexport const L = () => <h2>{MITID_LABEL}</h2>;\n", filename: file },
  ],
  invalid: [
    { code: "import { texts } from '../i18n/texts';\nexport const L = ({ go }) => <button onClick={go}>{texts.login.mitid}</button>;\n", filename: file, errors: [near(2)] },
    { code: "import { MITID_LABEL } from '../i18n/texts';\nexport const L = () => <a href=\"/auth/mitid/login\">{MITID_LABEL}</a>;\n", filename: file, errors: [near(2)] },
    { code: "import t from '../i18n/texts';\nexport const L = ({ go }) => <button className=\"btn-mitid\" onClick={go}>{t.cta}</button>;\n", filename: file, errors: [near(2)] },
    { code: "import * as i18n from '../i18n/texts';\nexport const L = ({ go }) => <button onClick={go}>{i18n.MITID_LABEL}</button>;\n", filename: file, errors: [near(2)] },
    { code: "import { copy } from '../i18n';\nexport const L = ({ go }) => <button onClick={go}>{copy.login.mitid}</button>;\n", filename: file, errors: [near(2)] },
    { code: "import { MITID_LABEL } from '@/i18n';\nexport const L = ({ go }) => <button onClick={go}>{MITID_LABEL}</button>;\n", filename: file, errors: [near(2)] },
    { code: "import LABELS from '@/constants/labels';\nexport const L = ({ go }) => <button onClick={go}>{LABELS.mitid}</button>;\n", filename: file, errors: [near(2)] },
  ],
});

vueTester.run('approved-text: constants imported into a Vue component', rule, {
  valid: [{ code: "<script setup>\nimport { texts } from '@/i18n/texts';\n</script>\n<template><p>{{ texts.login.help }}</p></template>\n", filename: vue }],
  invalid: [{ code: "<script setup>\nimport { texts } from '@/i18n/texts';\n</script>\n<template><button @click=\"go\">{{ texts.login.mitid }}</button></template>\n", filename: vue, errors: [near(4)] }],
});
