/**
 * Spec review: what a demanding user tries on real application code, written from issue 4 and the
 * rules sheet (not from the implementation), run through ESLint's real Linter with the plugin's
 * own configs (recommended / strict) as a user would spread them.
 */
import { Linter } from 'eslint';
import { resolve } from 'node:path';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import plugin from '../../eslint-plugin/index.js';

process.env['MITID_ESLINT_DEBUG'] = '1';

type Ext = 'tsx' | 'ts' | 'html' | 'vue';
interface Opts {
  strict?: boolean;
  settings?: Record<string, unknown>;
  rules?: Linter.RulesRecord;
}

const catalogs = {
  da: resolve(import.meta.dirname, 'fixtures/spec-review/da.json'),
  en: resolve(import.meta.dirname, 'fixtures/spec-review/en.json'),
};
const withCatalogs = { mitid: { catalogs } };

const linter = new Linter({ configType: 'flat' });

function lint(code: string, ext: Ext, opts: Opts = {}): Linter.LintMessage[] {
  const config: Linter.Config[] = [
    ...(opts.strict ? plugin.configs.strict : plugin.configs.recommended),
    { files: ['**/*.ts', '**/*.tsx'], languageOptions: { parser: tseslint.parser as Linter.Parser } },
    { settings: opts.settings ?? {}, rules: opts.rules ?? {} },
  ];
  const messages = linter.verify(code, config, { filename: resolve(process.cwd(), `src/spec-review.${ext}`) });
  const fatal = messages.filter((m) => m.fatal === true || m.ruleId === null);
  expect(fatal.map((m) => m.message)).toEqual([]);
  return messages;
}

/** rule:messageId of every report, sorted. */
function ids(messages: Linter.LintMessage[]): string[] {
  return messages.map((m) => `${(m.ruleId ?? '').replace('mitid/', '')}:${m.messageId ?? ''}`).sort();
}

/** Markup in each framework's own file. */
function wrap(ext: Ext, markup: string): string {
  if (ext === 'tsx') return `export const C = () => (<>${markup}</>);\n`;
  if (ext === 'ts') return `import { html } from 'lit';\nexport const view = () => html\`${markup}\`;\n`;
  if (ext === 'vue') return `<template>\n  <div>${markup}</div>\n</template>\n`;
  return `<!doctype html>\n<html><body>${markup}</body></html>\n`;
}

const MARKUP: Ext[] = ['tsx', 'ts', 'html', 'vue'];

/** Applies the first suggestion of the first message. */
function suggested(code: string, m: Linter.LintMessage | undefined): string | undefined {
  const fix = m?.suggestions?.[0]?.fix;
  return fix ? code.slice(0, fix.range[0]) + fix.text + code.slice(fix.range[1]) : undefined;
}

const AT = 'approved-text:useApprovedPhrase';

// ---------------------------------------------------------------------------------------------
describe('approved-text: near misses from the rules sheet, in every framework', () => {
  const nearMisses: [string, string | null][] = [
    ['Log in with MitID', 'Log on with MitID'],
    ['Login with MitID', 'Log on with MitID'],
    ['Login med MitID', 'Log ind med MitID'],
    ['Log på med MitID', 'Log ind med MitID'],
    ['Sign in with MitID', 'Log on with MitID'],
    ['Verify with MitID', null],
    ['Log ind med MitId', 'Log ind med MitID'],
    ['Godkend med MitID →', 'Godkend med MitID'],
    ['Sender dig til MitID…', 'Log ind med MitID'],
    ['Prøv igen med MitID', 'Log ind med MitID'],
    ['LOG IND MED MITID', 'Log ind med MitID'],
    ['Log ind med Mit ID', 'Log ind med MitID'],
  ];
  for (const ext of MARKUP) {
    for (const [text, phrase] of nearMisses) {
      it(`${ext}: <button>${text}</button>`, () => {
        const code = wrap(ext, `<button type="button">${text}</button>`);
        const messages = lint(code, ext);
        expect(ids(messages)).toEqual([AT]);
        if (phrase) expect(suggested(code, messages[0])).toBe(wrap(ext, `<button type="button">${phrase}</button>`));
      });
    }
    it(`${ext}: the ten approved phrases pass in button, a href and role=button-free markup`, () => {
      for (const p of ['Log ind med MitID', 'Log on with MitID', 'Godkend med MitID', 'Approve with MitID', 'Bekræft med MitID', 'Confirm with MitID', 'Acceptér med MitID', 'Accept with MitID', 'Underskriv med MitID', 'Sign with MitID']) {
        expect(ids(lint(wrap(ext, `<button type="button">${p}</button><a href="/auth/mitid">${p}</a>`), ext))).toEqual([]);
      }
    });
    it(`${ext}: headings, paragraphs and help links mentioning MitID are not calls to action`, () => {
      const markup = '<h2>Login with MitID</h2><p>Brug MitId til at logge ind. Login with MitID.</p><a href="https://www.mitid.dk/">Hvad er MitID?</a><a href="https://www.mitid.dk/hjaelp/">Get help with MitID</a><label>MitID</label>';
      expect(ids(lint(wrap(ext, markup), ext))).toEqual([]);
    });
    it(`${ext}: the <img alt="MitID"> wordmark stands for the word`, () => {
      expect(ids(lint(wrap(ext, '<button>Log on with <img src="/w.svg" alt="MitID" /></button>'), ext))).toEqual([]);
      expect(ids(lint(wrap(ext, '<button>Login with <img src="/w.svg" alt="MitID" /></button>'), ext))).toEqual([AT]);
    });
    it(`${ext}: a logo with alt text adds to the accessible name (B8)`, () => {
      expect(ids(lint(wrap(ext, '<button><img src="/mitid-logo.svg" alt="" />Log ind med MitID</button>'), ext))).toEqual([]);
      expect(ids(lint(wrap(ext, '<button><img src="/mitid-logo.svg" alt="MitID logo" />Log ind med MitID</button>'), ext))).toHaveLength(1);
    });
    it(`${ext}: a class naming MitID makes "Log ind" a MitID call to action`, () => {
      expect(ids(lint(wrap(ext, '<a href="/login" class="mitid-login">Log ind</a>'), ext))).toEqual(['approved-text:notAPhrase']);
    });
    it(`${ext}: aria-label differing from the text`, () => {
      expect(ids(lint(wrap(ext, '<button aria-label="Login with MitID">Log on with MitID</button>'), ext))).toEqual(['approved-text:ariaLabelNotPhrase']);
      expect(ids(lint(wrap(ext, '<button aria-label="Log on with MitID">Log on with MitID</button>'), ext))).toEqual([]);
    });
  }
});

describe('approved-text: JSX branches, constants and the broker React library', () => {
  it('broker library strings', () => {
    const code = wrap('tsx', "<button>{'Login with MitID'}</button><button>{'Accepter med MitID\\u00a0'}</button>");
    const m = lint(code, 'tsx');
    expect(ids(m)).toEqual([AT, AT]);
    expect(m[1]?.suggestions?.[0]?.desc).toContain('Acceptér med MitID');
  });
  it('Accepter med MitID is accepted with allowUnaccentedAccept', () => {
    const code = wrap('tsx', '<button>Accepter med MitID</button>');
    expect(ids(lint(code, 'tsx'))).toEqual([AT]);
    expect(ids(lint(code, 'tsx', { rules: { 'mitid/approved-text': ['error', { allowUnaccentedAccept: true }] } }))).toEqual([]);
  });
  it('the loading branch of a ternary is reported on its own literal', () => {
    const code = wrap('tsx', "<button onClick={go}>{busy ? 'Sender dig til MitID…' : 'Log ind med MitID'}</button>");
    const m = lint(code, 'tsx');
    expect(ids(m)).toEqual([AT]);
    expect(m[0]?.column).toBe(code.indexOf("'Sender") + 1);
  });
  it('&& loading text and error text', () => {
    expect(ids(lint(wrap('tsx', "<button>{error ? 'Prøv igen med MitID' : 'Log ind med MitID'}</button>"), 'tsx'))).toEqual([AT]);
    expect(lint(wrap('tsx', "<button>{busy && 'Sender dig til MitID…'}{!busy && 'Log ind med MitID'}</button>"), 'tsx').length).toBeGreaterThan(0);
  });
  it('a spinner branch is not text, but a state without the phrase (issue 10: the kit keeps the text beside its spinner)', () => {
    expect(ids(lint(wrap('tsx', "<button>{busy ? <Spinner /> : 'Log ind med MitID'}</button>"), 'tsx'))).toEqual(['approved-text:noTextInState']);
    expect(ids(lint(wrap('tsx', "<button>{busy && <Spinner />} Log ind med MitID</button>"), 'tsx'))).toEqual([]);
  });
  it('constants in the same file', () => {
    expect(ids(lint("const LABEL = 'Login with MitID';\nexport const C = () => <button>{LABEL}</button>;\n", 'tsx'))).toEqual([AT]);
    expect(ids(lint("const labels = { da: 'Login med MitID', en: 'Log on with MitID' };\nexport const C = () => <button>{labels.da}</button>;\n", 'tsx'))).toEqual([AT]);
  });
});

describe('approved-text: translations', () => {
  const s = { settings: withCatalogs };
  it('t() with a nested key: the en text is reported, da passes', () => {
    const m = lint(wrap('tsx', "<button className=\"mitid\">{t('login.mitid')}</button>"), 'tsx', s);
    expect(ids(m)).toEqual(['approved-text:useApprovedPhraseInCatalog']);
    expect(m[0]?.message).toContain('(en)');
  });
  it('a loading key fails in both languages', () => {
    expect(ids(lint(wrap('tsx', "<button>{t('login.busy')}</button>"), 'tsx', s))).toEqual(['approved-text:useApprovedPhraseInCatalog', 'approved-text:useApprovedPhraseInCatalog']);
  });
  it('an approved key passes', () => {
    expect(ids(lint(wrap('tsx', "<button>{t('sign.mitid')}</button>"), 'tsx', s))).toEqual([]);
  });
  it('FormattedMessage, intl.formatMessage, Trans, i18n.t', () => {
    for (const markup of ['<button><FormattedMessage id="login.mitid" /></button>', "<button>{intl.formatMessage({ id: 'login.mitid' })}</button>", '<button><Trans i18nKey="login.mitid" /></button>', "<button>{i18n.t('login.mitid')}</button>"]) {
      expect(ids(lint(wrap('tsx', markup), 'tsx', s)), markup).toEqual(['approved-text:useApprovedPhraseInCatalog']);
    }
  });
  it('$t in Vue', () => {
    expect(ids(lint(wrap('vue', "<button>{{ $t('login.mitid') }}</button>"), 'vue', s))).toEqual(['approved-text:useApprovedPhraseInCatalog']);
  });
  it('a help link from the catalog is not a call to action', () => {
    expect(ids(lint(wrap('tsx', "<a href=\"https://www.mitid.dk/\">{t('login.help')}</a>"), 'tsx', s))).toEqual([]);
  });
  it('unresolvable keys: silent by default, reported in configs.strict', () => {
    const code = wrap('tsx', "<button className=\"mitid-login\">{t('does.not.exist')}</button><button className=\"mitid-login\">{label}</button>");
    expect(ids(lint(code, 'tsx', s))).toEqual([]);
    expect(ids(lint(code, 'tsx', { ...s, strict: true }))).toEqual(['approved-text:unverifiable', 'approved-text:unverifiable']);
  });
});

describe('approved-text: design-system wrappers and React Native', () => {
  const one = (markup: string, opts: Opts = {}) => expect(ids(lint(wrap('tsx', markup), 'tsx', opts)), markup).toEqual([AT]);
  it('MUI / Chakra / HeroUI Button', () => {
    one('<Button variant="contained" onClick={login}>Login with MitID</Button>');
    one('<Button colorScheme="blue">Login with MitID</Button>');
    one('<UI.Button>Login with MitID</UI.Button>');
  });
  it('shadcn <Button asChild> is reported once', () => {
    one('<Button asChild><a href="/auth/mitid">Login with MitID</a></Button>');
    expect(ids(lint(wrap('tsx', '<Button asChild><Link href="/auth/mitid">Log ind med MitID</Link></Button>'), 'tsx'))).toEqual([]);
  });
  it('Link with href / to', () => {
    one('<Link href="/auth/mitid">Login with MitID</Link>');
    one('<NavLink to="/auth">Login med MitID</NavLink>');
  });
  it('polymorphic as and settings components', () => {
    one('<Box as="button" onClick={login}>Login with MitID</Box>');
    one('<PrimaryCta>Login with MitID</PrimaryCta>', { settings: { mitid: { components: { PrimaryCta: 'button' } } } });
    expect(ids(lint(wrap('tsx', '<Box as="a" href="#">Log ind med MitID</Box>'), 'tsx'))).toEqual(['cta-element:anchorFakeHref']);
  });
  it('React Native Button title and Pressable', () => {
    one('<Button title="Login with MitID" onPress={login} />');
    one('<Pressable onPress={login}><Text>Login with MitID</Text></Pressable>');
    expect(ids(lint(wrap('tsx', '<TouchableOpacity onPress={login}><Text>Log ind med MitID</Text></TouchableOpacity>'), 'tsx'))).toEqual([]);
  });
  it('IconButton with aria-label', () => {
    // An icon-only MitID button has no approved visible text (B7): one report, whatever its aria-label says.
    expect(ids(lint(wrap('tsx', '<IconButton aria-label="Login with MitID"><MitIDIcon /></IconButton>'), 'tsx'))).toEqual(['approved-text:noVisibleText']);
  });
});

describe('cta-element', () => {
  const cases: [string, string[]][] = [
    ['<div onClick={login}>Log ind med MitID</div>', ['cta-element:notAButton']],
    ['<span className="mitid-btn" onClick={login}>Log ind med MitID</span>', ['cta-element:notAButton']],
    ['<a onClick={login}>Log ind med MitID</a>', ['cta-element:anchorWithoutHref']],
    ['<a href="#" onClick={login}>Log ind med MitID</a>', ['cta-element:anchorFakeHref']],
    ['<a href="javascript:void(0)" onClick={login}>Log ind med MitID</a>', ['cta-element:anchorFakeHref']],
    ['<div role="button" tabIndex={0} onClick={login}>Log ind med MitID</div>', ['cta-element:roleButton']],
    ['<div onClick={login}>Login with MitID</div>', [AT, 'cta-element:notAButton']],
    ['<button onClick={login}>Log ind med MitID</button>', []],
    ['<a href="/auth/mitid">Log ind med MitID</a>', []],
    ['<a href="https://www.mitid.dk/">Hvad er MitID?</a>', []],
    ['<div className="card">MitID er Danmarks digitale ID</div>', []],
  ];
  for (const [markup, expected] of cases) it(`tsx: ${markup}`, () => expect(ids(lint(wrap('tsx', markup), 'tsx'))).toEqual(expected));
  it('allowRoleButton', () => {
    expect(ids(lint(wrap('tsx', '<div role="button" tabIndex={0} onClick={login}>Log ind med MitID</div>'), 'tsx', { rules: { 'mitid/cta-element': ['error', { allowRoleButton: true }] } }))).toEqual([]);
  });
  it('html, vue, lit clickable elements', () => {
    expect(ids(lint(wrap('html', '<span class="mitid-btn" onclick="login()">Log ind med MitID</span>'), 'html'))).toEqual(['cta-element:notAButton']);
    expect(ids(lint(wrap('vue', '<div @click="login">Log ind med MitID</div>'), 'vue'))).toEqual(['cta-element:notAButton']);
    expect(ids(lint(wrap('ts', '<div @click=${login}>Log ind med MitID</div>'), 'ts'))).toEqual(['cta-element:notAButton']);
    expect(ids(lint(wrap('html', '<a href="#">Log ind med MitID</a>'), 'html'))).toEqual(['cta-element:anchorFakeHref']);
  });
});

describe('no-embedded-login', () => {
  const NEL = 'no-embedded-login';
  const url = 'https://acme.idura.broker/oauth2/authorize?client_id=x';
  const tsx: [string, number][] = [
    [`<iframe src="${url}" />`, 1],
    ['<iframe src={`https://${tenant}.idura.broker/oauth2/authorize`} />', 1],
    ['<iframe src={`${base}/authorize?acr_values=urn:grn:authn:dk:mitid:substantial`} />', 1],
    [`<iframe src="${url}&prompt=none" width="0" height="0" />`, 0],
    [`<iframe src="${url}&prompt=none" style={{ display: 'none' }} />`, 0],
    [`<iframe src="${url}" width={0} height={0} />`, 0],
    ['<iframe src="https://applet.danid.dk/launcher/lmt/1234" />', 0],
    ['<iframe src="https://netseidbroker.pp.mitid.dk/iframe" />', 1],
    [`<WebView source={{ uri: '${url}' }} />`, 1],
    ["<WebView source={{ uri: 'https://www.mitid.dk/' }} />", 0],
    ['<iframe src="https://www.youtube.com/embed/abc" />', 0],
  ];
  for (const [markup, n] of tsx) {
    it(`tsx: ${markup}`, () => {
      const m = lint(wrap('tsx', markup), 'tsx');
      expect(m.filter((x) => x.ruleId === `mitid/${NEL}`)).toHaveLength(n);
      expect(m.filter((x) => x.ruleId !== `mitid/${NEL}`)).toHaveLength(0);
    });
  }
  it('the reauth iframe with allowReauthIframe, and its production twin', () => {
    const rules: Linter.RulesRecord = { 'mitid/no-embedded-login': ['error', { allowReauthIframe: true }] };
    expect(lint(wrap('tsx', '<iframe src="https://netseidbroker.pp.mitid.dk/iframe" />'), 'tsx', { rules })).toEqual([]);
    expect(lint(wrap('tsx', '<iframe src="https://netseidbroker.mitid.dk/iframe" />'), 'tsx', { rules })).toEqual([]);
    expect(lint(wrap('tsx', `<iframe src="${url}" />`), 'tsx', { rules })).toHaveLength(1);
  });
  it('document.createElement + src assignment', () => {
    expect(lint(`const f = document.createElement('iframe');\nf.src = '${url}';\ndocument.body.append(f);\n`, 'ts')).toHaveLength(1);
    expect(lint(`const f = document.createElement('iframe');\nf.src = \`https://\${tenant}.idura.broker/oauth2/authorize\`;\n`, 'ts')).toHaveLength(1);
    expect(lint("const f = document.createElement('iframe');\nf.src = 'https://www.youtube.com/embed/x';\n", 'ts')).toHaveLength(0);
  });
  it('html object/embed/frame, vue :src, lit with a hole', () => {
    expect(lint(wrap('html', `<object data="${url}"></object><embed src="${url}"><iframe src="${url}"></iframe>`), 'html')).toHaveLength(3);
    expect(lint(wrap('vue', `<iframe :src="'${url}'"></iframe><iframe src="${url}"></iframe>`), 'vue')).toHaveLength(2);
    expect(lint(wrap('ts', '<iframe src="https://acme.idura.broker/oauth2/authorize?state=${s}"></iframe>'), 'ts')).toHaveLength(1);
  });
});

describe('box-min-height', () => {
  const BMH = 'box-min-height';
  it('verify heights in html, jsx, vue, lit', () => {
    expect(ids(lint(wrap('html', '<verify style="height: 500px"></verify>'), 'html'))).toEqual([`${BMH}:tooShort`]);
    expect(ids(lint(wrap('html', '<verify style="max-height: 93vh"></verify>'), 'html'))).toEqual([`${BMH}:viewport`]);
    expect(ids(lint(wrap('html', '<verify style="min-height: 600px"></verify><verify style="height: 600px"></verify>'), 'html'))).toEqual([]);
    expect(ids(lint(wrap('tsx', "<verify style={{ maxHeight: '93vh' }} />"), 'tsx'))).toEqual([`${BMH}:viewport`]);
    expect(ids(lint(wrap('tsx', '<verify style={{ height: 500 }} />'), 'tsx'))).toEqual([`${BMH}:tooShort`]);
    expect(ids(lint(wrap('vue', "<verify :style=\"{ maxHeight: '93vh' }\"></verify>"), 'vue'))).toEqual([`${BMH}:viewport`]);
    expect(ids(lint(wrap('vue', '<verify style="height: 500px"></verify>'), 'vue'))).toEqual([`${BMH}:tooShort`]);
    expect(ids(lint(wrap('ts', '<verify style="height: 500px"></verify>'), 'ts'))).toEqual([`${BMH}:tooShort`]);
  });
  it('settings boxElements', () => {
    expect(ids(lint(wrap('tsx', '<div className="login-box" style={{ height: 400 }} />'), 'tsx', { settings: { mitid: { boxElements: ['.login-box'] } } }))).toEqual([`${BMH}:tooShort`]);
  });
  it('window.open of a MitID URL', () => {
    const decl = "const mitidUrl = 'https://acme.idura.broker/oauth2/authorize?client_id=x';\n";
    expect(ids(lint(`${decl}window.open(mitidUrl, '_blank', 'width=300,height=500,scrollbars=no');\n`, 'ts'))).toEqual([`${BMH}:popupNoScrollbars`, `${BMH}:popupTooNarrow`, `${BMH}:popupTooShort`]);
    expect(ids(lint(`${decl}window.open(mitidUrl, 'mitid', 'width=500,height=700,resizable=no');\n`, 'ts'))).toEqual([`${BMH}:popupNotResizable`]);
    expect(ids(lint(`${decl}window.open(mitidUrl, 'mitid', 'popup=yes,width=452,height=692');\n`, 'ts'))).toEqual([]);
    expect(ids(lint("window.open('https://example.com/', '_blank', 'width=300,height=300');\n", 'ts'))).toEqual([]);
  });
});

describe('button-style', () => {
  const BS = 'button-style';
  const btn = (attrs: string) => `<button ${attrs}>Log ind med MitID</button>`;
  const cases: [string, string[]][] = [
    ["style={{ backgroundColor: '#0066ff' }}", [`${BS}:offBrand`]],
    ["style={{ background: 'rgb(0, 96, 230)', color: '#fff' }}", []],
    ["style={{ fontFamily: 'Roboto, sans-serif' }}", [`${BS}:offBrand`]],
    ['style={{ height: 44 }}', [`${BS}:offBrand`]],
    ["style={{ borderRadius: '50%' }}", [`${BS}:offBrand`]],
    ['style={{ borderRadius: 9999 }}', []],
    ['style={{ borderRadius: 12 }}', []],
    ['className="bg-[#0066ff]"', [`${BS}:offBrandClass`]],
    ['className="h-11"', [`${BS}:offBrandClass`]],
    ['className="h-12 rounded-xl"', []],
    ['className="rounded-full rounded-none rounded"', []],
    ['className="rounded-[50%]"', [`${BS}:offBrandClass`]],
    ['className="font-sans"', []],
    ['className="text-black"', [`${BS}:offBrandClass`]],
    ['className="bg-[#0060e6] text-white hover:bg-[#0050c0]"', []],
  ];
  for (const [attrs, expected] of cases) it(`tsx: ${attrs}`, () => expect(ids(lint(wrap('tsx', btn(attrs)), 'tsx'))).toEqual(expected));
  it('a button that is not about MitID is not judged', () => {
    expect(lint(wrap('tsx', '<button className="bg-red-500 h-8 text-black">Save</button>'), 'tsx')).toEqual([]);
  });
  it('html, vue, lit', () => {
    expect(ids(lint(wrap('html', '<button class="mitid" style="background:#f00">Log ind med MitID</button>'), 'html'))).toEqual([`${BS}:offBrand`]);
    expect(ids(lint(wrap('vue', "<button :style=\"{ height: '40px' }\">Log ind med MitID</button>"), 'vue'))).toEqual([`${BS}:offBrand`]);
    expect(ids(lint(wrap('ts', '<button style="height: 40px">Log ind med MitID</button>'), 'ts'))).toEqual([`${BS}:offBrand`]);
  });
});

describe('Lit: exact locations across ${} holes', () => {
  function where(code: string, m: Linter.LintMessage | undefined): string {
    if (!m) return '';
    const lines = code.split('\n');
    const at = (line: number, col: number) => lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0) + col - 1;
    return code.slice(at(m.line, m.column), at(m.endLine ?? m.line, m.endColumn ?? m.column));
  }
  it('text after holes on earlier lines and the same line', () => {
    const code = "import { html } from 'lit';\nexport const v = (a: string, b: string) => html`\n  <p>${a}</p>${b}\n  <button class=${b}>${'' + ''}Login with MitID</button>`;\n";
    const m = lint(code, 'ts');
    expect(ids(m)).toEqual([AT]);
    expect(where(code, m[0])).toBe('Login with MitID');
  });
  it('aliases and lit.html', () => {
    const a = "import { html as h } from 'lit';\nexport const v = (x: string) => h`<i>${x}</i><button>Login med MitID</button>`;\n";
    const ma = lint(a, 'ts');
    expect(where(a, ma[0])).toBe('Login med MitID');
    const b = "import * as lit from 'lit';\nexport const v = (x: string) => lit.html`<i>${x}</i><button>Login med MitID</button>`;\n";
    const mb = lint(b, 'ts');
    expect(where(b, mb[0])).toBe('Login med MitID');
  });
  it('the same text in JSX is reported on the same range', () => {
    const code = wrap('tsx', '<button>Login with MitID</button>');
    expect(where(code, lint(code, 'tsx')[0])).toBe('Login with MitID');
  });
});

describe('never throws on strange code', () => {
  const long = `import { html } from 'lit';\nexport const v = (x: string) => html\`${'<li>${x}</li>'.repeat(3000)}<button>Log ind med MitID</button>\`;\n`;
  const weird: [Ext, string][] = [
    ['tsx', ''],
    ['ts', ''],
    ['html', ''],
    ['vue', ''],
    ['vue', '<script>export default {}</script>'],
    ['vue', '<template lang="pug">button Login with MitID</template>'],
    ['html', '<<<>>> <button <a href=#> </'],
    ['tsx', wrap('tsx', '<svg:button>Login with MitID</svg:button><mitid:button onClick={x}>Login with MitID</mitid:button>')],
    ['tsx', wrap('tsx', '<button {...props}>Login with MitID</button><button {...props} />')],
    ['tsx', wrap('tsx', '<button>{labels[lang]}</button><button>{...kids}</button><button>{() => "Login with MitID"}</button>')],
    ['tsx', wrap('tsx', '<this.Button>Login with MitID</this.Button><a.b.c.Link href="/x">Login with MitID</a.b.c.Link>')],
    ['tsx', wrap('tsx', '<iframe src /><verify style /><verify style={styles} /><verify style={{ ...s, [k]: 400 }} /><iframe {...p} />')],
    ['ts', "window.open();\nwindow.open(...args);\nwindow['open'](u);\nconst f = document.createElement(tag);\nf.src = undefined;\ndocument.createElement('iframe').src = x;\n"],
    ['ts', "import { html } from 'lit';\nhtml``;\nhtml(strings);\nhtml`${a}${b}`;\nhtml`<button ${spread}>${x}</button>`;\nhtml`<${tag}>Login with MitID</${tag}>`;\n"],
    ['ts', long],
    ['tsx', wrap('tsx', '<button xlink:href="x" data-mitid>Login with MitID</button><a href={`${base}#`}>Log ind med MitID</a><a href={null}>MitID</a>')],
    ['vue', '<template><button v-bind="attrs" v-on="handlers" :[dyn]="x">Login with MitID</button><component :is="tag">MitID</component></template>'],
    ['ts', "import { html } from 'lit';\nexport const v = (x: unknown) => html`<button .label=${x} ?disabled=${x} @click=${x} style=${x} class=\"${x} mitid\">${x}${x}</button><verify style=\"height: ${x}px\"></verify>`;\n"],
    ['html', '<template><button class="mitid">Login with MitID</button></template><svg><a href="#">MitID</a></svg><math><mi>MitID</mi></math>'],
  ];
  for (const [ext, code] of weird) {
    it(`${ext}: ${code.slice(0, 60).replace(/\n/g, ' ')}`, () => {
      expect(() => lint(code, ext, { strict: true, settings: withCatalogs })).not.toThrow();
    });
  }
  it('links to the MitID information site are help links, even with a MitID class', () => {
    expect(ids(lint(wrap('tsx', '<a href="https://mitid.dk" className="mitid-help">Få hjælp med MitID</a>'), 'tsx'))).toEqual([]);
  });
  it('a long Lit template still finds the button', () => {
    expect(ids(lint(long.replace('Log ind med MitID', 'Login med MitID'), 'ts'))).toEqual([AT]);
  });
});

describe('second round: what real code also does', () => {
  const tsx = (markup: string, opts: Opts = {}) => ids(lint(wrap('tsx', markup), 'tsx', opts));
  it('the accessible name in the other language is not the visible phrase (label in name)', () => {
    const code = wrap('tsx', '<button aria-label="Log ind med MitID">Log on with MitID</button>');
    const m = lint(code, 'tsx');
    expect(ids(m)).toEqual(['approved-text:ariaLabelNotPhrase']);
    expect(suggested(code, m[0])).toBe(wrap('tsx', '<button aria-label="Log on with MitID">Log on with MitID</button>'));
    expect(tsx("<button aria-label={da ? 'Log ind med MitID' : 'Log on with MitID'}>{da ? 'Log ind med MitID' : 'Log on with MitID'}</button>")).toEqual([]);
  });
  it('template literals, toUpperCase, emoji, trailing icons', () => {
    expect(tsx("<button>{`Log ind med ${'MitID'}`}</button>")).toEqual([]);
    expect(ids(lint("const brand = 'MitID';\nexport const C = () => <button>{`Login with ${brand}`}</button>;\n", 'tsx'))).toEqual([AT]);
    expect(tsx("<button>{'Log ind med MitID'.toUpperCase()}</button>")).toEqual([AT]);
    expect(tsx('<button>🔐 Log ind med MitID</button>')).toEqual([AT]);
    expect(tsx('<button>Log ind med MitID <ArrowIcon /></button>')).toEqual([]);
    expect(tsx("<button>Log ind med <strong>MitID</strong>{' '}</button>")).toEqual([]);
  });
  it('a constant used by two buttons is reported once per place it is written', () => {
    const m = lint("const L = 'Login with MitID';\nexport const C = () => <><button>{L}</button><button>{L}</button></>;\n", 'tsx');
    expect(ids(m)).toEqual([AT]);
  });
  it('inputs', () => {
    expect(tsx('<input type="submit" value="Login with MitID" />')).toEqual([AT]);
    expect(tsx('<input type="submit" value="Log ind med MitID" />')).toEqual([]);
  });
  it('cta-element odd hrefs', () => {
    expect(tsx('<a href="" onClick={go}>Log ind med MitID</a>')).toEqual(['cta-element:anchorFakeHref']);
    expect(tsx('<a href="javascript:login()">Log ind med MitID</a>')).toEqual(['cta-element:anchorFakeHref']);
    expect(tsx('<Link to="#">Log ind med MitID</Link>')).toEqual(['cta-element:anchorFakeHref']);
    expect(tsx('<a role="button" onClick={go}>Log ind med MitID</a>')).toHaveLength(1);
  });
  it('Vue branches, v-text and Lit branches and msg()', () => {
    expect(ids(lint(wrap('vue', '<button v-if="busy">Sender dig til MitID…</button><button v-else>Log ind med MitID</button>'), 'vue'))).toEqual([AT]);
    expect(ids(lint(wrap('vue', "<button v-text=\"'Login with MitID'\"></button>"), 'vue'))).toEqual([AT]);
    const lit = wrap('ts', "<button>${busy ? 'Sender dig til MitID…' : 'Log ind med MitID'}</button>");
    const m = lint(lit, 'ts');
    expect(ids(m)).toEqual([AT]);
    expect(m[0]?.column).toBe(lit.split('\n')[1]!.indexOf("'Sender") + 1);
    expect(ids(lint("import { html } from 'lit';\nimport { msg } from '@lit/localize';\nexport const v = () => html`<button>${msg('Login with MitID')}</button>`;\n", 'ts'))).toEqual([AT]);
  });
  it('translations: Trans children, defaultMessage, relative catalog paths, broken catalogs', () => {
    expect(tsx('<button><Trans>Login with MitID</Trans></button>')).toEqual([AT]);
    expect(tsx("<button>{intl.formatMessage({ id: 'x.y', defaultMessage: 'Login with MitID' })}</button>")).toHaveLength(1);
    const rel = { mitid: { catalogs: { en: 'test/eslint/fixtures/spec-review/en.json' } } };
    expect(tsx("<button>{t('login.mitid')}</button>", { settings: rel })).toEqual(['approved-text:useApprovedPhraseInCatalog']);
    const broken = { mitid: { catalogs: { da: 'does/not/exist.json', en: resolve(import.meta.dirname, 'spec-review.test.ts') } } };
    // A catalog that cannot be used is a configuration error, said once per process (issue 13).
    expect(tsx("<button className=\"mitid\">{t('login.mitid')}</button>", { settings: broken })).toEqual(['approved-text:settingsProblem', 'approved-text:settingsProblem']);
    expect(tsx("<button className=\"mitid\">{t('login.mitid')}</button>", { settings: broken })).toEqual([]);
  });
  it('button-style: Tailwind variants, padding, helpers, inline odd values', () => {
    const b = (attrs: string) => tsx(`<button ${attrs}>Log ind med MitID</button>`);
    expect(b('className="md:h-10"')).toEqual(['button-style:offBrandClass']);
    expect(b('className="hover:bg-[#ff0000]"')).toEqual(['button-style:offBrandClass']);
    expect(b('className="bg-white"')).toEqual(['button-style:offBrandClass']);
    expect(b('className="h-[48px] text-[#fff] pl-4 pr-3 py-1"')).toEqual([]);
    expect(b('className="p-4"').length).toBeGreaterThan(0);
    expect(b("className={cn('h-10', busy && 'bg-[#ff0000]')}")).toEqual(['button-style:offBrandClass', 'button-style:offBrandClass']);
    expect(b("style={{ textTransform: 'uppercase' }}")).toEqual(['button-style:offBrand']);
    expect(b("style={{ backgroundColor: 'var(--brand)', height: '3rem', padding: '4px 12px 4px 16px', borderRadius: '4px' }}")).toEqual([]);
    expect(b("style={{ borderRadius: '50% / 20%' }}")).toEqual(['button-style:offBrand']);
  });
  it('no-embedded-login: constants, reauth with holes, Vue templates, WebView via constant', () => {
    expect(lint("const url = 'https://acme.idura.broker/oauth2/authorize';\nexport const C = () => <iframe src={url} />;\n", 'tsx')).toHaveLength(1);
    const reauth = wrap('tsx', '<iframe src={`https://netseidbroker.pp.mitid.dk/iframe?login_hint=${hint}`} />');
    expect(lint(reauth, 'tsx')).toHaveLength(1);
    expect(lint(reauth, 'tsx', { rules: { 'mitid/no-embedded-login': ['error', { allowReauthIframe: true }] } })).toHaveLength(0);
    expect(lint(wrap('vue', '<iframe :src="`https://${tenant}.idura.broker/oauth2/authorize`"></iframe>'), 'vue')).toHaveLength(1);
    expect(lint("const uri = 'https://acme.idura.broker/oauth2/authorize';\nexport const C = () => <WebView source={{ uri }} />;\n", 'tsx')).toHaveLength(1);
  });
  it('box-min-height: numbers, kebab keys, styleMap, popups', () => {
    expect(tsx('<verify style={{ maxHeight: 500 }} />')).toEqual(['box-min-height:tooShort']);
    expect(ids(lint(wrap('vue', "<verify :style=\"{ 'max-height': '500px' }\"></verify>"), 'vue'))).toEqual(['box-min-height:tooShort']);
    expect(ids(lint("import { html } from 'lit';\nimport { styleMap } from 'lit/directives/style-map.js';\nexport const v = () => html`<verify style=${styleMap({ height: '500px' })}></verify>`;\n", 'ts'))).toEqual(['box-min-height:tooShort']);
    expect(ids(lint("window.open(`https://${t}.idura.broker/oauth2/authorize`, 'mitid', 'width=400,height=600');\n", 'ts'))).toEqual(['box-min-height:popupTooShort']);
    expect(ids(lint("window.open('https://acme.idura.broker/oauth2/authorize', 'mitid', 'width=452,height=692,scrollbars=0');\n", 'ts'))).toEqual(['box-min-height:popupNoScrollbars']);
    expect(ids(lint("window.open('https://acme.idura.broker/oauth2/authorize', '_blank', 'noopener');\n", 'ts'))).toEqual([]);
  });
  it('box-min-height: an ancestor of <verify> that clips it', () => {
    expect(ids(lint(wrap('html', '<div style="height: 400px; overflow: hidden"><verify></verify></div>'), 'html'))).toHaveLength(1);
  });
});

describe('third round: suggestions in place, Vue expressions, strict on named components', () => {
  it('a Lit suggestion after holes lands on the text', () => {
    const code = "import { html } from 'lit';\nexport const v = (a: string) => html`<p>${a}</p>${a}<button class=${a}>Login with MitID</button>`;\n";
    const m = lint(code, 'ts');
    expect(suggested(code, m[0])).toBe(code.replace('Login with MitID', 'Log on with MitID'));
  });
  it('entities in HTML and Vue text are replaced whole', () => {
    for (const ext of ['html', 'vue'] as const) {
      const code = wrap(ext, '<button>Godkend med MitID &rarr;</button>');
      expect(suggested(code, lint(code, ext)[0])).toBe(wrap(ext, '<button>Godkend med MitID</button>'));
    }
  });
  it('a Vue mustache ternary', () => {
    const code = wrap('vue', "<button>{{ busy ? 'Sender dig til MitID…' : 'Log ind med MitID' }}</button>");
    const m = lint(code, 'vue');
    expect(ids(m)).toEqual([AT]);
    expect(suggested(code, m[0])).toBe(code.replace('Sender dig til MitID…', 'Log ind med MitID'));
  });
  it('Vue :aria-label with $t', () => {
    expect(ids(lint(wrap('vue', "<button :aria-label=\"$t('login.mitid')\">Log on with MitID</button>"), 'vue', { settings: withCatalogs }))).toContain('approved-text:useApprovedPhraseInCatalog');
  });
  it('strict: a component named MitID with unknown text', () => {
    expect(ids(lint(wrap('tsx', '<MitIDLoginButton>{label}</MitIDLoginButton>'), 'tsx', { strict: true }))).toEqual(['approved-text:unverifiable']);
    expect(ids(lint(wrap('tsx', '<Button>{label}</Button>'), 'tsx', { strict: true }))).toEqual([]);
  });
});

describe('Angular component templates', () => {
  const angular = (markup: string, opts: Opts = {}) => {
    const config: Linter.Config[] = [...(opts.strict ? plugin.configs.strict : plugin.configs.recommended), { settings: opts.settings ?? {} }];
    return ids(linter.verify(markup, config, { filename: resolve(process.cwd(), 'src/login.component.html') }));
  };
  it("ngx-translate's {{ 'key' | translate }} is looked up in the catalogs", () => {
    expect(angular("<button (click)=\"login()\">{{ 'login.mitid' | translate }}</button>", { settings: withCatalogs })).toEqual(['approved-text:useApprovedPhraseInCatalog']);
    expect(angular("<button (click)=\"login()\">{{ 'sign.mitid' | translate }}</button>", { settings: withCatalogs })).toEqual([]);
    expect(angular("<button (click)=\"login()\">{{ 'login.mitid' | translate }}</button>", { strict: true })).toEqual(['approved-text:unverifiable']);
    expect(angular('<button (click)="login()">{{ label | translate }}</button><button>{{ x }}</button>', { strict: true })).toEqual([]);
  });
  it('(click) on a div and routerLink', () => {
    expect(angular('<div (click)="login()">Log ind med MitID</div><a routerLink="/auth">Log ind med MitID</a>')).toEqual(['cta-element:notAButton']);
  });
});
