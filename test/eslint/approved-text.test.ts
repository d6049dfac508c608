import { PHRASE_LIST } from '../../src/core/index.js';
import { at, catalogSettings, code, FRAMEWORKS, NEAR_MISSES, testers, valid, type Fw } from './cases.js';
import { rules } from './helpers.js';

const rule = rules['approved-text'] as never;

/** A near miss inside <button>: reported with a suggestion that puts the approved phrase in its place. */
function nearMiss(fw: Fw, text: string, phrase: string, markup = `<button>${text}</button>`) {
  return at(fw, markup, {
    errors: [{ messageId: 'useApprovedPhrase', data: { text, phrase }, suggestions: [{ messageId: 'replaceWithPhrase', data: { phrase }, output: code(fw, markup.replace(text, phrase)) }] }],
  });
}

for (const fw of FRAMEWORKS) {
  const tester = testers[fw];
  const common = {
    valid: [
      ...PHRASE_LIST.map(({ phrase }) => valid(fw, `<button>${phrase}</button>`)),
      ...PHRASE_LIST.map(({ phrase }) => valid(fw, `<a href="/auth/mitid" class="mitid-login">${phrase}</a>`)),
      ...PHRASE_LIST.map(({ phrase }) => valid(fw, `<button class="mitid" aria-label="${phrase}"><img src="/mitid-logo.svg" alt="">${phrase}</button>`)),
      valid(fw, '<button>Log on with <img src="/img/wordmark.svg" alt="MitID"></button>'),
      valid(fw, '<button>\n  Log ind med MitID&nbsp;\n</button>'),
      valid(fw, '<h1>Log ind med MitId</h1><p>Login with MitID is easy.</p>'),
      valid(fw, '<a href="https://www.mitid.dk/">Hvad er MitID?</a>'),
      valid(fw, '<button>Log ind</button><button>Save</button>'),
      valid(fw, '<mitid-button action="sign" lang="en"></mitid-button>'),
      valid(fw, '<button>Accepter med MitID</button>', { options: [{ allowUnaccentedAccept: true }] }),
    ],
    invalid: [
      ...NEAR_MISSES.map(([text, phrase]) => nearMiss(fw, text, phrase)),
      nearMiss(fw, 'Log in with MitID', 'Log on with MitID', '<a href="/login">Log in with MitID</a>'),
      nearMiss(fw, 'Login med MitID', 'Log ind med MitID', '<div role="button" tabindex="0">Login med MitID</div>'),
      nearMiss(fw, 'Log ind med MITID', 'Log ind med MitID', '<button><span>Log ind med MITID</span></button>'),
      at(fw, '<button class="btn mitid-login">Log ind</button>', { errors: [{ messageId: 'notAPhrase', data: { text: 'Log ind', phrases: '"Log ind med MitID" or "Log on with MitID"' } }] }),
      at(fw, '<button id="mitidButton"><img src="/assets/mitid-logo.svg" alt=""></button>', { errors: [{ messageId: 'noVisibleText' }] }),
      at(fw, '<button aria-label="Login with MitID">Log on with MitID</button>', {
        errors: [{ messageId: 'ariaLabelNotPhrase', data: { text: 'Login with MitID', phrase: 'Log on with MitID' }, suggestions: [{ messageId: 'replaceWithPhrase', output: code(fw, '<button aria-label="Log on with MitID">Log on with MitID</button>') }] }],
      }),
    ],
  };
  tester.run(`approved-text (${fw})`, rule, common);
}

// Framework-specific mistakes.
testers.jsx.run('approved-text (jsx: branches, constants, wrappers, React Native, translations)', rule, {
  valid: [
    valid('jsx', "<button>{loading ? 'Log ind med MitID' : 'Log ind med MitID'}</button>"),
    valid('jsx', "<Button title=\"Sign with MitID\" onPress={sign} />"),
    valid('jsx', '<button>{t(\'auth.ok\')}</button>', { settings: catalogSettings }),
    valid('jsx', "<button>{t('auth.mitid')}</button>"),
    valid('jsx', '<Button>{label}</Button>'),
    valid('jsx', '<FormattedMessage id="auth.ok" />', { settings: catalogSettings }),
    valid('jsx', '<MitIDButton action="login" />'),
    valid('jsx', '<Button variant="primary" onClick={login}><MitIDLogo /> Log ind med MitID</Button>'),
    valid('jsx', "<button><Icon />{' '}Log ind med <strong>MitID</strong></button>"),
    valid('jsx', '<p>Log ind med MitId for at fortsætte til din side</p>'),
  ],
  invalid: [
    at('jsx', "<button>{loading ? 'Sender dig til MitID…' : 'Log ind med MitID'}</button>", {
      errors: [{ messageId: 'useApprovedPhrase', data: { text: 'Sender dig til MitID…', phrase: 'Log ind med MitID' }, suggestions: [{ messageId: 'replaceWithPhrase', output: code('jsx', "<button>{loading ? 'Log ind med MitID' : 'Log ind med MitID'}</button>") }] }],
    }),
    at('jsx', "<button>{error && 'Prøv igen med MitID'}</button>", { errors: [{ messageId: 'useApprovedPhrase', suggestions: [{ messageId: 'replaceWithPhrase', output: code('jsx', "<button>{error && 'Log ind med MitID'}</button>") }] }] }),
    {
      code: "const LABEL = 'Login with MitID';\nexport const C = () => <button>{LABEL}</button>;\n",
      filename: 'c.tsx',
      errors: [{ messageId: 'useApprovedPhrase', line: 1, column: 15, suggestions: [{ messageId: 'replaceWithPhrase', output: "const LABEL = 'Log on with MitID';\nexport const C = () => <button>{LABEL}</button>;\n" }] }],
    },
    {
      code: "const LABELS = { login: 'Log ind med MitId' } as const;\nexport const C = () => <button>{LABELS.login}</button>;\n",
      filename: 'c.tsx',
      errors: [{ messageId: 'useApprovedPhrase', suggestions: [{ messageId: 'replaceWithPhrase', output: "const LABELS = { login: 'Log ind med MitID' } as const;\nexport const C = () => <button>{LABELS.login}</button>;\n" }] }],
    },
    at('jsx', '<button>{`${verb} med MitID`}</button>', { options: [{ reportUnverifiable: true }], errors: [{ messageId: 'unverifiable' }] }),
    at('jsx', "<button>{`Log ind med ${'MitId'}`}</button>", { errors: [{ messageId: 'useApprovedPhrase' }] }),
    at('jsx', "<button>{'Log ind med MitID'.toUpperCase()}</button>", { errors: [{ messageId: 'useApprovedPhrase', data: { text: 'LOG IND MED MITID', phrase: 'Log ind med MitID' } }] }),
    at('jsx', '<Button title="Login with MitID" onPress={login} />', { errors: [{ messageId: 'useApprovedPhrase', suggestions: [{ messageId: 'replaceWithPhrase', output: code('jsx', '<Button title="Log on with MitID" onPress={login} />') }] }] }),
    at('jsx', '<Pressable onPress={login}><Text>Login med MitID</Text></Pressable>', { errors: [{ messageId: 'useApprovedPhrase', suggestions: [{ messageId: 'replaceWithPhrase', output: code('jsx', '<Pressable onPress={login}><Text>Log ind med MitID</Text></Pressable>') }] }] }),
    at('jsx', '<TouchableOpacity onPress={login}><Text>Sign in with MitID</Text></TouchableOpacity>', { errors: [{ messageId: 'useApprovedPhrase', suggestions: [{ messageId: 'replaceWithPhrase', output: code('jsx', '<TouchableOpacity onPress={login}><Text>Log on with MitID</Text></TouchableOpacity>') }] }] }),
    at('jsx', '<LoadingButton loading={busy}>Login with MitID</LoadingButton>', { errors: [{ messageId: 'useApprovedPhrase', suggestions: [{ messageId: 'replaceWithPhrase', output: code('jsx', '<LoadingButton loading={busy}>Log on with MitID</LoadingButton>') }] }] }),
    at('jsx', '<UI.IconButton>Log in with MitID</UI.IconButton>', { errors: [{ messageId: 'useApprovedPhrase', suggestions: [{ messageId: 'replaceWithPhrase', output: code('jsx', '<UI.IconButton>Log on with MitID</UI.IconButton>') }] }] }),
    at('jsx', '<NavLink to="/login">Log på med MitID</NavLink>', { errors: [{ messageId: 'useApprovedPhrase', suggestions: [{ messageId: 'replaceWithPhrase', output: code('jsx', '<NavLink to="/login">Log ind med MitID</NavLink>') }] }] }),
    at('jsx', '<Box as="button">Login with MitID</Box>', { errors: [{ messageId: 'useApprovedPhrase', suggestions: [{ messageId: 'replaceWithPhrase', output: code('jsx', '<Box as="button">Log on with MitID</Box>') }] }] }),
    at('jsx', '<Cta>Login with MitID</Cta>', {
      settings: { mitid: { components: { Cta: 'button' } } },
      errors: [{ messageId: 'useApprovedPhrase', suggestions: [{ messageId: 'replaceWithPhrase', output: code('jsx', '<Cta>Log on with MitID</Cta>') }] }],
    }),
    at('jsx', "<button>{t('auth.mitid')}</button>", {
      settings: catalogSettings,
      errors: [
        { messageId: 'useApprovedPhraseInCatalog', data: { key: 'auth.mitid', lang: 'da', text: 'Login med MitID', phrase: 'Log ind med MitID' } },
        { messageId: 'useApprovedPhraseInCatalog', data: { key: 'auth.mitid', lang: 'en', text: 'Login with MitID', phrase: 'Log on with MitID' } },
      ],
    }),
    at('jsx', "<button>{error ? i18n.t('auth.retry') : i18n.t('auth.ok')}</button>", { settings: catalogSettings, errors: [{ messageId: 'useApprovedPhraseInCatalog', data: { key: 'auth.retry', lang: 'da', text: 'Prøv igen med MitID', phrase: 'Log ind med MitID' } }, { messageId: 'useApprovedPhraseInCatalog', data: { key: 'auth.retry', lang: 'en', text: 'Try again with MitID', phrase: 'Log on with MitID' } }] }),
    at('jsx', '<button><FormattedMessage id="auth.mitid" /></button>', { settings: catalogSettings, errors: [{ messageId: 'useApprovedPhraseInCatalog' }, { messageId: 'useApprovedPhraseInCatalog' }] }),
    at('jsx', "<button>{intl.formatMessage({ id: 'auth.unknown', defaultMessage: 'Login with MitID' })}</button>", { settings: catalogSettings, errors: [{ messageId: 'useApprovedPhrase', suggestions: [{ messageId: 'replaceWithPhrase', output: code('jsx', "<button>{intl.formatMessage({ id: 'auth.unknown', defaultMessage: 'Log on with MitID' })}</button>") }] }] }),
    at('jsx', "<button>{t('auth.mitid.cta')}</button>", { options: [{ reportUnverifiable: true }], errors: [{ messageId: 'unverifiable' }] }),
    at('jsx', '<a href={authUrl} className={styles.mitidButton}>Log ind</a>', { errors: [{ messageId: 'notAPhrase' }] }),
    at('jsx', "<button className={cx('btn', { [styles.mitid]: true })}>Log in</button>", { errors: [{ messageId: 'notAPhrase' }] }),
  ],
});

testers.lit.run('approved-text (lit: holes, aliases, exact locations)', rule, {
  valid: [
    valid('lit', "<button @click=${go}>${'Log ind med MitID'}</button>"),
    { code: "import { html as h } from 'lit';\nh`<button>${msg('Log on with MitID')}</button>`;\n", filename: 'a.ts' },
    // Another tag's template is not markup (untagged literals are: recall-script.test.ts).
    { code: 'other`<button>Login with MitID</button>`;\n', filename: 'a.ts' },
  ],
  invalid: [
    // Line 2 starts with "export const t = html`" (22 characters): the markup begins at column 23.
    at('lit', '<button class="${cls}">Login with MitID</button>', {
      errors: [{ messageId: 'useApprovedPhrase', line: 2, column: 46, endLine: 2, endColumn: 62, suggestions: [{ messageId: 'replaceWithPhrase', output: code('lit', '<button class="${cls}">Log on with MitID</button>') }] }],
    }),
    at('lit', "<button>${loading ? 'Sender dig til MitID…' : 'Log ind med MitID'}</button>", {
      errors: [{ messageId: 'useApprovedPhrase', line: 2, column: 43, endLine: 2, endColumn: 66, suggestions: [{ messageId: 'replaceWithPhrase', output: code('lit', "<button>${loading ? 'Log ind med MitID' : 'Log ind med MitID'}</button>") }] }],
    }),
    {
      code: "import { html as h } from 'lit-html';\nconst t = h`<a href=${url}>\n  ${icon}\n  Log in with MitID\n</a>`;\n",
      filename: 'a.ts',
      errors: [{ messageId: 'useApprovedPhrase', line: 4, column: 3, endLine: 4, endColumn: 20, suggestions: [{ messageId: 'replaceWithPhrase', output: "import { html as h } from 'lit-html';\nconst t = h`<a href=${url}>\n  ${icon}\n  Log on with MitID\n</a>`;\n" }] }],
    },
    {
      code: "import * as lit from 'lit';\nlit.html`<button>${msg('Login med MitID')}</button>`;\n",
      filename: 'a.ts',
      errors: [{ messageId: 'useApprovedPhrase', line: 2, column: 24, endLine: 2, endColumn: 41, suggestions: [{ messageId: 'replaceWithPhrase', output: "import * as lit from 'lit';\nlit.html`<button>${msg('Log ind med MitID')}</button>`;\n" }] }],
    },
    at('lit', "<button>${busy ? html`<span>Sender dig til MitID…</span>` : 'Log ind med MitID'}</button>", {
      errors: [{ messageId: 'useApprovedPhrase', line: 2, column: 51, suggestions: [{ messageId: 'replaceWithPhrase', output: code('lit', "<button>${busy ? html`<span>Log ind med MitID</span>` : 'Log ind med MitID'}</button>") }] }],
    }),
    at('lit', "<button aria-label=${'Login with MitID'}>Log on with MitID</button>", { errors: [{ messageId: 'ariaLabelNotPhrase', line: 2, column: 44, suggestions: [{ messageId: 'replaceWithPhrase', output: code('lit', "<button aria-label=${'Log on with MitID'}>Log on with MitID</button>") }] }] }),
    at('lit', '<button>${t(\'auth.mitid\')}</button>', { settings: catalogSettings, errors: [{ messageId: 'useApprovedPhraseInCatalog' }, { messageId: 'useApprovedPhraseInCatalog' }] }),
  ],
});

testers.html.run('approved-text (html: inputs, entities, interpolation)', rule, {
  valid: [
    valid('html', '<input type="submit" value="Log ind med MitID">'),
    valid('html', '<button class="mitid">{{ label }}</button>'),
    valid('html', '<!doctype html><html><body><button>Bekræft med MitID</button></body></html>'),
  ],
  invalid: [
    at('html', '<input type="submit" class="mitid" value="Login with MitID">', { errors: [{ messageId: 'useApprovedPhrase', line: 1, column: 43, suggestions: [{ messageId: 'replaceWithPhrase', output: code('html', '<input type="submit" class="mitid" value="Log on with MitID">') }] }] }),
    at('html', '<button>Godkend med MitID &rarr;</button>', { errors: [{ messageId: 'useApprovedPhrase', suggestions: [{ messageId: 'replaceWithPhrase', output: code('html', '<button>Godkend med MitID</button>') }] }] }),
    at('html', '<button class="mitid">{{ label }}</button>', { options: [{ reportUnverifiable: true }], errors: [{ messageId: 'unverifiable' }] }),
  ],
});

testers.vue.run('approved-text (vue: mustaches, v-if chains, $t, component libraries)', rule, {
  valid: [
    valid('vue', '<button><span v-if="busy">Log ind med MitID</span><span v-else>Log ind med MitID</span></button>'),
    valid('vue', "<button>{{ $t('auth.ok') }}</button>", { settings: catalogSettings }),
  ],
  invalid: [
    at('vue', "<button>{{ busy ? 'Sender dig til MitID…' : 'Log ind med MitID' }}</button>", { errors: [{ messageId: 'useApprovedPhrase', suggestions: [{ messageId: 'replaceWithPhrase', output: code('vue', "<button>{{ busy ? 'Log ind med MitID' : 'Log ind med MitID' }}</button>") }] }] }),
    at('vue', '<button><span v-if="busy">Sender dig til MitID…</span><span v-else>Log ind med MitID</span></button>', { errors: [{ messageId: 'useApprovedPhrase', suggestions: [{ messageId: 'replaceWithPhrase', output: code('vue', '<button><span v-if="busy">Log ind med MitID</span><span v-else>Log ind med MitID</span></button>') }] }] }),
    at('vue', "<button>{{ $t('auth.mitid') }}</button>", { settings: catalogSettings, errors: [{ messageId: 'useApprovedPhraseInCatalog' }, { messageId: 'useApprovedPhraseInCatalog' }] }),
    at('vue', "<button v-text=\"'Login with MitID'\"></button>", { errors: [{ messageId: 'useApprovedPhrase', suggestions: [{ messageId: 'replaceWithPhrase', output: code('vue', "<button v-text=\"'Log on with MitID'\"></button>") }] }] }),
    at('vue', '<el-button type="primary">Login with MitID</el-button>', { errors: [{ messageId: 'useApprovedPhrase', suggestions: [{ messageId: 'replaceWithPhrase', output: code('vue', '<el-button type="primary">Log on with MitID</el-button>') }] }] }),
    at('vue', "<button :aria-label=\"'Login with MitID'\">Log on with MitID</button>", { errors: [{ messageId: 'ariaLabelNotPhrase', suggestions: [{ messageId: 'replaceWithPhrase', output: code('vue', "<button :aria-label=\"'Log on with MitID'\">Log on with MitID</button>") }] }] }),
  ],
});
