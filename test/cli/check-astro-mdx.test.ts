// `mitid-ux check` on Astro pages (astro-eslint-parser: the template as JSX, the frontmatter as
// TypeScript; <style> through postcss-html; client <script> blocks as TypeScript) and MDX pages
// (eslint-mdx: their JSX, never their markdown prose), run as a process from another folder.
// Every finding is asserted with its line and column, and every file's silent cases beside it.
import { beforeAll, describe, expect, it } from 'vitest';
import { checkElsewhere as check, ensureBuilt, writeProject } from './run-cli.js';

beforeAll(ensureBuilt);

const project = (files: Record<string, string>): string => writeProject(files, 'mitid-ux-astro-');

const LOGIN_PAGE = [
  '---',
  "import Layout from '../layouts/Layout.astro';",
  "const label = 'Login med MitID';",
  '---',
  '<Layout title="Log ind">',
  '  <button class="btn-mitid">Login med MitID</button>',
  '  <div class="mitid-login" onclick="startLogin()">Log ind med MitID</div>',
  '  <iframe src="https://acme.idura.broker/oauth2/authorize?client_id=x&acr_values=urn:grn:authn:dk:mitid:substantial"></iframe>',
  "  <button class:list={['mitid-login', { wide: true }]}>{label}</button>",
  '</Layout>',
  '<style>',
  '  .mitid-button { background: #e0001b; }',
  '</style>',
  '<script>',
  "  const button = document.querySelector<HTMLButtonElement>('.mitid-button');",
  "  if (button) button.textContent = 'Login med MitID';",
  '</script>',
  '',
].join('\n');

/** The same words where they are not a call to action, and a compliant button: all silent. */
const HOME_PAGE = [
  '---',
  "import Layout from '../layouts/Layout.astro';",
  'interface Props { next?: string }',
  "const { next = '/' } = Astro.props;",
  '---',
  '<Layout title="Forside">',
  '  <p>Log ind med MitID på næste side.</p>',
  '  <a href="https://www.mitid.dk/hjaelp/">Hvad er MitID?</a>',
  '  <a class="mitid-button" href={`/auth/mitid?next=${next}`}>Log ind med MitID</a>',
  '</Layout>',
  '<style>',
  '  .mitid-button { background: #0060e6; }',
  '</style>',
  '',
].join('\n');

const MDX_PAGE = [
  "import { Button } from '../src/Button';",
  '',
  '# Log ind',
  '',
  'Use the button below. Do not write "Login with MitID" on it.',
  '',
  '```jsx',
  '<Button>Login with MitID</Button>',
  '```',
  '',
  '<Button onClick={login}>Login with MitID</Button>',
  '',
  // A link inside a sentence of prose, with no verb of its own: a reference, not a call to action.
  'When creating a test user <a href="https://simulator.example.test/create">with MitID Simulator</a>, add a CPR number.',
  '',
].join('\n');

describe('mitid-ux check: Astro', () => {
  it('reads the template, the frontmatter, <style> and <script> blocks with the same rules and positions', async () => {
    const root = project({ 'src/pages/login.astro': LOGIN_PAGE });
    const r = await check(root, 'src');
    expect(r.list).toEqual([
      // `const label = 'Login med MitID'` rendered as `{label}`: reported where the text is written.
      'src/pages/login.astro:3:15 mitid/approved-text',
      'src/pages/login.astro:6:29 mitid/approved-text',
      // `onclick` is the DOM's own attribute in Astro, as in HTML.
      'src/pages/login.astro:7:4 mitid/cta-element',
      'src/pages/login.astro:8:4 mitid/no-embedded-login',
      'src/pages/login.astro:12:31 mitid/button-style',
      // A client script is TypeScript in Astro: `querySelector<HTMLButtonElement>` is a generic call.
      'src/pages/login.astro:16:36 mitid/approved-text',
    ]);
    expect(r.report.findings.find((f) => f.ruleId === 'mitid/button-style')?.tool).toBe('stylelint');
    expect(r.code).toBe(1);
    expect(r.report.checked).toBe(1);
    expect(r.report.notChecked).toBe(0);
  });

  it('stays silent on a paragraph and a help link that mention MitID, and on a compliant button', async () => {
    const root = project({ 'src/pages/index.astro': HOME_PAGE });
    const r = await check(root, 'src');
    expect(r.list).toEqual([]);
    expect(r.report.errors).toEqual([]);
    expect(r.report.checked).toBe(1);
    expect(r.code).toBe(0);
  });

  it("set:text and set:html are the element's content; a paragraph's and a compliant button's stay silent", async () => {
    const root = project({
      'src/components/Login.astro': [
        '---',
        "const label = 'Login med MitID';",
        '---',
        '<button class="mitid-button" set:text="Login med MitID" />',
        '<button class="mitid-button" set:text={label}></button>',
        '<button class="mitid-button" set:html="<b>Login med MitID</b>"></button>',
        '<p set:text="Log ind med MitID på næste side" />',
        '<button class="mitid-button" set:text="Log ind med MitID" />',
        '',
      ].join('\n'),
    });
    const r = await check(root, 'src');
    expect(r.list).toEqual([
      'src/components/Login.astro:2:15 mitid/approved-text',
      'src/components/Login.astro:4:40 mitid/approved-text',
      'src/components/Login.astro:6:40 mitid/approved-text',
    ]);
    expect(r.code).toBe(1);
  });

  it("a page larger than Astro's compiler can parse in reasonable time and memory is named as not checked (exit 2)", async () => {
    const section = (i: number): string => `<section><p>Afsnit ${i}</p><button class="mitid-button">Log ind med MitID</button></section>\n`;
    const root = project({ 'src/pages/long.astro': `---\nconst n = 1;\n---\n${Array.from({ length: 800 }, (_, i) => section(i)).join('')}` });
    const r = await check(root, 'src');
    expect(r.code).toBe(2);
    expect(r.report.errors.map((e) => e.message)).toEqual([expect.stringMatching(/^over 64 kB, /)]);
  });

  it('an Astro page that does not parse is named as not checked (exit 2), never passed', async () => {
    const root = project({ 'src/pages/broken.astro': '<button class="mitid">{label</button>\n<p>Login med MitID</p>\n' });
    const r = await check(root, 'src');
    expect(r.code).toBe(2);
    expect(r.report.errors.map((e) => e.message)).toEqual([expect.stringMatching(/^could not be parsed \(line 1: /)]);
  });
});

describe('mitid-ux check: MDX', () => {
  it('reports the JSX of an MDX page; the same words in prose and in a code sample stay silent', async () => {
    const root = project({ 'docs/login.mdx': MDX_PAGE });
    const r = await check(root, 'docs');
    expect(r.list).toEqual(['docs/login.mdx:11:25 mitid/approved-text']);
    expect(r.code).toBe(1);
    expect(r.report.notChecked).toBe(0);
  });

  it("an `export const` rendered as {label} is reported where it is written; a page's metadata and a help callout stay silent", async () => {
    const root = project({
      'docs/intro.mdx': [
        '---',
        'title: Log ind',
        '---',
        '',
        "export const meta = { description: 'Login with MitID er nemt' };",
        "export const label = 'Login with MitID';",
        '',
        '# Log ind',
        '',
        '<Button>{label}</Button>',
        '',
        '<Callout>Hvad er MitID?</Callout>',
        '',
      ].join('\n'),
    });
    const r = await check(root, 'docs');
    expect(r.list).toEqual(['docs/intro.mdx:6:22 mitid/approved-text']);
    expect(r.code).toBe(1);
  });

  it('an MDX page that does not parse is named as not checked (exit 2), never passed', async () => {
    const root = project({ 'docs/broken.mdx': '# Log ind\n\n<Button>Login with MitID\n\nmore {oops\n' });
    const r = await check(root, 'docs');
    expect(r.code).toBe(2);
    expect(r.report.errors.map((e) => e.message)).toEqual([expect.stringMatching(/^could not be parsed \(line \d+: /)]);
  });
});
