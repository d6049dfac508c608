// Where a message key lives: next-intl's namespaces (`useTranslations('Login')` then `t('cta')` is
// `Login.cta`), i18next's `useTranslation('auth', { keyPrefix })`, and a Vue component's own
// `<i18n>` block (vue-i18n's messages in the SFC, used before the project's catalogs).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jsxTester, rules, vueTester } from './helpers.js';

const rule = rules['approved-text'] as never;
const dir = mkdtempSync(join(tmpdir(), 'mitid-scopes-'));
writeFileSync(join(dir, 'da.json'), JSON.stringify({ Login: { cta: 'Fortsæt med MitID', ok: 'Log ind med MitID' }, cta: 'Gem', login: { mitid: 'Login med MitID' } }));
const settings = { mitid: { catalogs: { da: join(dir, 'da.json') } } };
const catalog = (key: string, text: string, line: number) => ({ messageId: 'useApprovedPhraseInCatalog', data: { key, lang: 'da', text, phrase: 'Log ind med MitID' }, line });

jsxTester.run('approved-text: namespaced translate functions', rule, {
  valid: [
    { code: "import { useTranslations } from 'next-intl';\nexport function A({ go }) {\n  const t = useTranslations('Login');\n  return <button onClick={go}>{t('ok')}</button>;\n}\n", filename: 'a.tsx', settings },
    // Without a namespace the key is read as written: `cta` is "Gem", no MitID text.
    { code: "export function A({ go, t }) {\n  return <button onClick={go}>{t('cta')}</button>;\n}\n", filename: 'a.tsx', settings },
  ],
  invalid: [
    { code: "import { useTranslations } from 'next-intl';\nexport function A({ go }) {\n  const t = useTranslations('Login');\n  return <button onClick={go}>{t('cta')}</button>;\n}\n", filename: 'a.tsx', settings, errors: [catalog('Login.cta', 'Fortsæt med MitID', 4)] },
    { code: "import { getTranslations } from 'next-intl/server';\nexport default async function Page() {\n  const t = await getTranslations({ locale: 'da', namespace: 'Login' });\n  return <a href=\"/auth/start\">{t('cta')}</a>;\n}\n", filename: 'a.tsx', settings, errors: [catalog('Login.cta', 'Fortsæt med MitID', 4)] },
    { code: "import { useTranslation } from 'react-i18next';\nexport function A({ go }) {\n  const { t } = useTranslation('common', { keyPrefix: 'login' });\n  return <button onClick={go}>{t('mitid')}</button>;\n}\n", filename: 'a.tsx', settings, errors: [catalog('common:login.mitid', 'Login med MitID', 4)] },
  ],
});

vueTester.run("approved-text: a Vue component's <i18n> block", rule, {
  valid: [
    { code: '<i18n lang="json">\n{ "da": { "loginBtn": "Log ind med MitID" }, "en": { "loginBtn": "Log on with MitID" } }\n</i18n>\n<template><button class="btn" @click="go">{{ $t(\'loginBtn\') }}</button></template>\n', filename: 'Login.vue' },
    // YAML blocks are not read: unknown.
    { code: '<i18n lang="yaml">\nda:\n  loginBtn: Login med MitID\n</i18n>\n<template><button class="btn" @click="go">{{ $t(\'loginBtn\') }}</button></template>\n', filename: 'Login.vue' },
  ],
  invalid: [
    {
      code: '<i18n lang="json">\n{ "da": { "loginBtn": "Login med MitID" }, "en": { "loginBtn": "Log on with MitID" } }\n</i18n>\n<template><button class="btn" @click="go">{{ $t(\'loginBtn\') }}</button></template>\n',
      filename: 'Login.vue',
      errors: [catalog('loginBtn', 'Login med MitID', 4)],
    },
    {
      code: '<i18n locale="da">\n{ "cta": { "mitid": "Fortsæt med MitID" } }\n</i18n>\n<template><button @click="go">{{ t(\'cta.mitid\') }}</button></template>\n',
      filename: 'Login.vue',
      errors: [catalog('cta.mitid', 'Fortsæt med MitID', 4)],
    },
  ],
});
