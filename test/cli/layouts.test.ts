// `mitid-ux check` in the project layouts real teams have, second round of the spec review (written
// from README.md and cli/README.md only). Each test is a realistic project with one known violation,
// run as a process from another folder than the project root, and asserts the exact finding (file,
// line, rule), or, where the kit cannot check a file, exit 2 naming it. `it.fails` marks a defect;
// its comment says which promise it breaks.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, ensureBuilt, type JsonReport } from './run-cli.js';

beforeAll(ensureBuilt);

const TEXT = 'mitid/approved-text';
const STYLE = 'mitid/button-style';
const BAD_TSX = 'export function MitIDLogin() {\n  return <button onClick={login}>Login with MitID</button>;\n}\n';

function git(cwd: string, ...args: string[]): void {
  const r = spawnSync('git', ['-c', 'user.email=a@b', '-c', 'user.name=a', ...args], { cwd, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
}

/** A project in a fresh folder (under `under`, when given, a name with spaces or `#`); `links`: symlink path -> target. */
function project(files: Record<string, string>, options: { git?: boolean; under?: string; links?: Record<string, string> } = {}): string {
  const base = mkdtempSync(join(tmpdir(), 'mitid-ux-layout-'));
  const dir = options.under ? join(base, options.under) : base;
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  for (const [link, target] of Object.entries(options.links ?? {})) {
    mkdirSync(dirname(join(dir, link)), { recursive: true });
    symlinkSync(target, join(dir, link));
  }
  if (options.git) git(dir, 'init', '-q', '.');
  return dir;
}

/** A folder that is not the project: where CI scripts often run from. */
const elsewhere = (): string => mkdtempSync(join(tmpdir(), 'mitid-ux-elsewhere-'));

interface Run {
  code: number;
  /** `file:line rule`, the file relative to the project root, sorted. */
  list: string[];
  /** Files named as not checked (errors and skipped), relative to the project root. */
  unchecked: string[];
  report: JsonReport & { notes: string[]; skipped: { target: string; message: string }[] };
  stderr: string;
}

async function check(args: string[], cwd: string, root: string): Promise<Run> {
  const r = await cli(['check', ...args, '-f', 'json'], { cwd });
  let report: Run['report'];
  try {
    report = JSON.parse(r.stdout) as Run['report'];
  } catch {
    throw new Error(`not JSON (exit ${r.code}): ${r.stdout}\n${r.stderr}`);
  }
  const fromRoot = (target: string): string => relative(root, resolve(cwd, target)).split('\\').join('/');
  const list = report.findings.map((f) => `${fromRoot(f.target)}:${f.line ?? '?'} ${f.ruleId}`).sort();
  const unchecked = [...report.errors, ...(report.skipped ?? [])].map((e) => fromRoot(e.target)).sort();
  return { code: r.code, list, unchecked, report, stderr: r.stderr };
}

describe('monorepos', () => {
  // pnpm workspace + Turborepo: a Next.js app and a shared UI package, pnpm's store and links.
  const PNPM = {
    'package.json': '{ "name": "acme", "private": true, "packageManager": "pnpm@9.12.0" }\n',
    'pnpm-workspace.yaml': "packages:\n  - 'apps/*'\n  - 'packages/*'\n",
    'turbo.json': '{ "tasks": { "build": { "outputs": [".next/**"] } } }\n',
    '.gitignore': 'node_modules\n.next\n.turbo\ndist\n',
    'apps/web/package.json': '{ "name": "web", "dependencies": { "@acme/ui": "workspace:*" } }\n',
    'apps/web/next.config.mjs': 'export default {};\n',
    'apps/web/app/[locale]/(auth)/login/page.tsx': "import { MitIDLogin } from '@acme/ui';\nexport default function Page() {\n  return <main><MitIDLogin /><a href=\"/api/auth/mitid\">Login med MitID</a></main>;\n}\n",
    'apps/web/app/[locale]/page.tsx': 'export default function Home() {\n  return <p>Du kan logge ind med MitID.</p>;\n}\n',
    'apps/web/.next/server/app/page.js': 'module.exports = "<button>Login with MitID</button>";\n',
    'packages/ui/package.json': '{ "name": "@acme/ui", "main": "src/index.ts" }\n',
    'packages/ui/src/index.ts': "export { MitIDLogin } from './MitIDLogin';\n",
    'packages/ui/src/MitIDLogin.tsx': BAD_TSX,
    'node_modules/.pnpm/left-pad@1.3.0/node_modules/left-pad/index.js': 'module.exports = () => "<button>Login with MitID</button>";\n',
  };
  const PNPM_LINKS = { 'apps/web/node_modules/@acme/ui': '../../../../packages/ui', 'node_modules/left-pad': '.pnpm/left-pad@1.3.0/node_modules/left-pad' };
  const WEB = `apps/web/app/[locale]/(auth)/login/page.tsx:3 ${TEXT}`;
  const UI = `packages/ui/src/MitIDLogin.tsx:2 ${TEXT}`;

  it('pnpm + Turborepo at the root: every package, never node_modules/.pnpm or .next', async () => {
    for (const isGit of [true, false]) {
      const root = project(PNPM, { git: isGit, links: PNPM_LINKS });
      const r = await check([], root, root);
      expect(r.list).toEqual([WEB, UI]);
      expect(r.code).toBe(1);
    }
  });

  it('pnpm: in one package, and from elsewhere with paths into several packages', async () => {
    const root = project(PNPM, { git: true, links: PNPM_LINKS });
    const inWeb = await check([], join(root, 'apps/web'), root);
    expect(inWeb.list).toEqual([WEB]);
    const out = elsewhere();
    const both = await check([join(root, 'apps/web/app'), relative(out, join(root, 'packages/ui/src'))], out, root);
    expect(both.list).toEqual([WEB, UI]);
    const glob = await check(['{apps,packages}/*/{app,src}/**/*.tsx'], root, root);
    expect(glob.list).toEqual([WEB, UI]);
  });

  // Nx integrated repo: one package.json at the root, projects known by project.json.
  const NX = {
    'package.json': '{ "name": "@acme/source", "private": true }\n',
    'nx.json': '{ "targetDefaults": {} }\n',
    '.gitignore': 'node_modules\ndist\n.nx/cache\n',
    'apps/shop/project.json': '{ "name": "shop", "sourceRoot": "apps/shop/src" }\n',
    'apps/shop/src/app/app.tsx': "import { MitIDLogin } from '@acme/auth';\nexport function App() {\n  return <MitIDLogin />;\n}\n",
    'libs/auth/project.json': '{ "name": "auth" }\n',
    'libs/auth/src/lib/mitid-login.tsx': BAD_TSX,
    '.nx/cache/123/outputs/x.js': 'export const x = "<button>Login with MitID</button>";\n',
  };

  it('Nx: at the root, in a project folder, and from elsewhere', async () => {
    const root = project(NX, { git: true });
    expect((await check([], root, root)).list).toEqual([`libs/auth/src/lib/mitid-login.tsx:2 ${TEXT}`]);
    expect((await check(['src'], join(root, 'libs/auth'), root)).list).toEqual([`libs/auth/src/lib/mitid-login.tsx:2 ${TEXT}`]);
    const out = elsewhere();
    expect((await check([join(root, 'apps'), join(root, 'libs')], out, root)).list).toEqual([`libs/auth/src/lib/mitid-login.tsx:2 ${TEXT}`]);
  });

  // Defect (false pass, "each package of a monorepo keeps its own" catalogs): an Nx or Angular
  // workspace has one package.json; each app's `src/assets/i18n/da.json` is discovered for every
  // app, so a key that one app spells right and the other wrong passes in the wrong one.
  it("Nx: each project's discovered catalog is its own, not its neighbour's", async () => {
    const root = project({
      ...NX,
      'apps/shop/src/app/login.tsx': "export const L = () => <button onClick={go}>{t('login.mitid')}</button>;\n",
      'apps/shop/src/assets/i18n/da.json': '{ "login": { "mitid": "Login med MitID" } }\n',
      'apps/admin/project.json': '{ "name": "admin" }\n',
      'apps/admin/src/app/login.tsx': "export const L = () => <button onClick={go}>{t('login.mitid')}</button>;\n",
      'apps/admin/src/assets/i18n/da.json': '{ "login": { "mitid": "Log ind med MitID" } }\n',
    }, { git: true });
    const r = await check(['apps'], root, root);
    expect(r.list).toEqual([`apps/shop/src/app/login.tsx:1 ${TEXT}`]);
  });
});

describe('where the settings and catalogs are found', () => {
  // Was a false pass: a `{ "type": "module" }` package.json in src/ (dual packages) was taken for
  // the project, so the root's locales/ were not found and the wrong catalog text passed.
  it("a package.json that only sets \"type\" in src/ does not hide the project's catalogs", async () => {
    const root = project({ 'package.json': '{ "name": "lib" }\n', 'src/package.json': '{ "type": "module" }\n', 'locales/da.json': '{ "login": "Login med MitID" }\n', 'src/L.jsx': "export const L = ({ t }) => <button onClick={go}>{t('login')}</button>;\n" });
    expect((await check([join(root, 'src')], elsewhere(), root)).list).toEqual([`src/L.jsx:1 ${TEXT}`]);
  });

  // Was a false pass: a stylelint-disable comment hid a MitID finding without a word, where an
  // eslint-disable one keeps it as a warning.
  it('a MitID finding turned off by stylelint-disable stays visible as a warning, as with eslint-disable', async () => {
    const root = project({ 'src/a.scss': '.mitid-button {\n  /* stylelint-disable-next-line */\n  background: #1a73e8;\n}\n', 'src/b.tsx': '// eslint-disable-next-line\nexport const B = () => <button>Login with MitID</button>;\n' });
    const r = await check(['src'], root, root);
    expect(r.list).toEqual([`src/a.scss:3 ${STYLE}`, `src/b.tsx:2 ${TEXT}`]);
    expect(r.report.findings.map((f) => (f as { severity?: string }).severity)).toEqual(['warning', 'warning']);
    expect(r.report.findings[0]?.message).toMatch(/turned off by a stylelint-disable comment/);
  });
});

describe('framework layouts', () => {
  it('Next.js app router: route groups, [locale], [[...slug]], @slot and (.) intercepting routes', async () => {
    const page = (n: number): string => `${'// route\n'.repeat(n)}export default function Page() {\n  return <button>Login with MitID</button>;\n}\n`;
    const root = project({
      'package.json': '{ "name": "next-app" }\n',
      'app/(auth)/login/page.tsx': page(0),
      'app/[locale]/@modal/(.)login/page.tsx': page(1),
      'app/[[...slug]]/page.jsx': page(2),
      'app/layout.tsx': 'export default function L({ children }) { return <html><body>{children}</body></html>; }\n',
    }, { git: true });
    const all = [`app/(auth)/login/page.tsx:2 ${TEXT}`, `app/[[...slug]]/page.jsx:4 ${TEXT}`, `app/[locale]/@modal/(.)login/page.tsx:3 ${TEXT}`];
    const out = elsewhere();
    expect((await check([join(root, 'app')], out, root)).list).toEqual(all);
    expect((await check(['app/[locale]/@modal/(.)login', 'app/(auth)/login/page.tsx', 'app/[[...slug]]'], root, root)).list).toEqual([all[2], all[0], all[1]].sort());
  });

  // Defect (a false "could not check" on every Nuxt/Vue project): a self-closing component
  // (`<MitidLogin />`, valid Vue) is an HTML "parse error" that vue-eslint-parser records and the
  // Vue rules (vue/no-parsing-error) ignore by default; the command named the page as "its template
  // could not be parsed", exit 2.
  it('Nuxt: pages/ and auto-imported components/ (self-closing), .nuxt/ and .output/ (ignored) not read', async () => {
    const root = project({
      'package.json': '{ "name": "nuxt-app", "private": true, "type": "module" }\n',
      'nuxt.config.ts': 'export default defineNuxtConfig({ devtools: { enabled: true } });\n',
      '.gitignore': '.nuxt\n.output\nnode_modules\n',
      'pages/login.vue': '<template>\n  <main>\n    <MitidLogin />\n  </main>\n</template>\n',
      'components/MitidLogin.vue': '<script setup lang="ts">\nconst { login } = useAuth();\n</script>\n\n<template>\n  <button class="mitid" @click="login">Log på med MitID</button>\n</template>\n',
      '.nuxt/components.d.ts': "export const MitidLogin: typeof import('../components/MitidLogin.vue')['default'];\n",
      '.output/public/index.html': '<button>Login with MitID</button>\n',
    }, { git: true });
    const r = await check([root], elsewhere(), root);
    expect(r.list).toEqual([`components/MitidLogin.vue:6 ${TEXT}`]);
    expect(r.code).toBe(1);
  });

  it('SvelteKit: src/routes/+page.svelte, (group) and [slug] routes, $lib components', async () => {
    const root = project({
      'package.json': '{ "name": "kit", "type": "module" }\n',
      'svelte.config.js': "import adapter from '@sveltejs/adapter-auto';\nexport default { kit: { adapter: adapter() } };\n",
      '.gitignore': '.svelte-kit\nbuild\nnode_modules\n',
      'src/routes/+page.svelte': '<script>\n  import MitID from \'$lib/MitID.svelte\';\n</script>\n<MitID />\n',
      'src/routes/(auth)/[slug]/+page.svelte': '<script lang="ts">\n  export let data: { next: string };\n</script>\n\n<a class="mitid" href="/auth/mitid?next={data.next}">Login med MitID</a>\n',
      'src/lib/MitID.svelte': '<button class="mitid-button" on:click={login}>\n  Log ind med MitID\n</button>\n\n<style>\n  .mitid-button { background: #1a73e8; }\n</style>\n',
      '.svelte-kit/generated/root.svelte': '<button>Login with MitID</button>\n',
    }, { git: true });
    const r = await check(['src'], root, root);
    expect(r.list).toEqual([`src/lib/MitID.svelte:6 ${STYLE}`, `src/routes/(auth)/[slug]/+page.svelte:5 ${TEXT}`]);
  });

  const ANGULAR = {
    'package.json': '{ "name": "ng-workspace", "private": true }\n',
    'angular.json': '{ "version": 1, "projects": { "shop": { "root": "projects/shop", "sourceRoot": "projects/shop/src" }, "admin": { "root": "projects/admin" } } }\n',
    '.gitignore': '/dist\n/.angular/cache\nnode_modules\n',
    'projects/shop/src/app/login/login.component.ts': "import { Component } from '@angular/core';\n@Component({\n  selector: 'app-login',\n  templateUrl: './login.component.html',\n  styleUrls: ['./login.component.scss'],\n})\nexport class LoginComponent {\n  login(): void {}\n}\n",
    'projects/shop/src/app/login/login.component.html': '<section class="login">\n  @if (!busy) {\n    <button type="button" (click)="login()">Login med MitID</button>\n  }\n</section>\n',
    'projects/shop/src/app/login/login.component.scss': '.login {\n  .mitid-button {\n    background-color: #1a73e8;\n  }\n}\n',
    'projects/admin/src/app/approve.component.ts': "import { Component } from '@angular/core';\n@Component({\n  selector: 'app-approve',\n  template: `\n    <button type=\"button\" (click)=\"approve()\">Godkend via MitID</button>\n  `,\n})\nexport class ApproveComponent {}\n",
    '.angular/cache/19.0.0/x.js': 'export const x = "<button>Login with MitID</button>";\n',
  };
  const NG = [`projects/admin/src/app/approve.component.ts:5 ${TEXT}`, `projects/shop/src/app/login/login.component.html:3 ${TEXT}`, `projects/shop/src/app/login/login.component.scss:3 ${STYLE}`];

  it('Angular workspace: projects/*/src/app/*.component.{ts,html,scss}, at the root, in a project, from elsewhere', async () => {
    const root = project(ANGULAR, { git: true });
    expect((await check([], root, root)).list).toEqual(NG);
    expect((await check([], join(root, 'projects/shop'), root)).list).toEqual(NG.slice(1));
    expect((await check([join(root, 'projects')], elsewhere(), root)).list).toEqual(NG);
  });

  it('Remix / React Router: ($lang), $param and _layout route file names', async () => {
    const root = project({
      'package.json': '{ "name": "remix-app", "type": "module" }\n',
      'app/routes/($lang)._auth.login.tsx': "import { Form } from '@remix-run/react';\nexport default function Login() {\n  return (\n    <Form method=\"post\" action=\"/auth/mitid\">\n      <button type=\"submit\">Log in with MitID</button>\n    </Form>\n  );\n}\n",
      'app/routes/auth.$provider.callback.tsx': 'export const loader = () => null;\n',
    }, { git: true });
    expect((await check([join(root, 'app')], elsewhere(), root)).list).toEqual([`app/routes/($lang)._auth.login.tsx:5 ${TEXT}`]);
    expect((await check(['app/routes/($lang)._auth.login.tsx'], root, root)).list).toEqual([`app/routes/($lang)._auth.login.tsx:5 ${TEXT}`]);
  });

  it('Laravel + Inertia: resources/js/Pages/*.vue and resources/views/*.blade.php, vendor/ not read', async () => {
    const root = project({
      'composer.json': '{ "name": "acme/app" }\n',
      'package.json': '{ "name": "app", "private": true, "type": "module" }\n',
      '.gitignore': '/vendor\n/node_modules\n/public/build\n',
      'resources/js/Pages/Auth/Login.vue': '<script setup>\nimport { router } from \'@inertiajs/vue3\';\n</script>\n<template>\n  <button @click="router.visit(\'/auth/mitid\')">Login med MitID</button>\n</template>\n',
      'resources/views/welcome.blade.php': "@extends('layouts.app')\n@section('content')\n  <a class=\"btn-mitid\" href=\"{{ route('mitid') }}\">Log på med MitID</a>\n@endsection\n",
      'vendor/laravel/x/views/a.blade.php': '<button>Login with MitID</button>\n',
    }, { git: true });
    expect((await check([], root, root)).list).toEqual([`resources/js/Pages/Auth/Login.vue:5 ${TEXT}`, `resources/views/welcome.blade.php:3 ${TEXT}`]);
  });

  it("the project's own .stylelintignore and stylelint config do not hide a stylesheet", async () => {
    const root = project({
      'package.json': '{ "name": "p" }\n',
      '.stylelintignore': 'src/legacy/\n*.scss\n',
      '.stylelintrc.json': '{ "ignoreFiles": ["**/*.css"], "rules": {} }\n',
      'src/legacy/button.scss': '.mitid-button {\n  background: #1a73e8;\n}\n',
      'src/theme.css': '.mitid-button {\n  height: 20px;\n}\n',
    });
    const r = await check(['src'], root, root);
    expect(r.list).toEqual([`src/legacy/button.scss:2 ${STYLE}`, `src/theme.css:2 ${STYLE}`]);
    expect(r.code).toBe(1);
  });

  it('React Native: .native.tsx / .ios.tsx, <Button title>, <Pressable><Text>', async () => {
    const root = project({
      'package.json': '{ "name": "app", "dependencies": { "react-native": "0.76.0" } }\n',
      'src/screens/Login.native.tsx': "import { Button } from 'react-native';\nexport function Login() {\n  return <Button title=\"Login with MitID\" onPress={login} />;\n}\n",
      'src/screens/Login.ios.tsx': "import { Pressable, Text } from 'react-native';\nexport function Login() {\n  return (\n    <Pressable onPress={login}>\n      <Text>Log på med MitID</Text>\n    </Pressable>\n  );\n}\n",
    });
    const r = await check([join(root, 'src')], elsewhere(), root);
    expect(r.list).toEqual([`src/screens/Login.ios.tsx:5 ${TEXT}`, `src/screens/Login.native.tsx:3 ${TEXT}`]);
  });

  it('tsconfig with "jsx": "preserve" (Solid, Vite): the .tsx is read the same', async () => {
    const root = project({
      'tsconfig.json': '{ "compilerOptions": { "jsx": "preserve", "jsxImportSource": "solid-js" } }\n',
      'src/Login.tsx': 'export const Login = () => (\n  <button class="mitid" onClick={login}>\n    Login with MitID\n  </button>\n);\n',
    });
    expect((await check(['src'], root, root)).list).toEqual([`src/Login.tsx:3 ${TEXT}`]);
  });

  // Was a false pass ("Every file is checked or named"): a folder listing dropped Astro pages without
  // a word. Now read with astro-eslint-parser: the finding, and the file counted as checked.
  it('Astro: .astro pages are checked', async () => {
    const root = project({
      'package.json': '{ "name": "astro-site", "type": "module" }\n',
      'astro.config.mjs': "import { defineConfig } from 'astro/config';\nexport default defineConfig({});\n",
      'src/pages/login.astro': "---\nimport Layout from '../layouts/Layout.astro';\nconst next = Astro.url.searchParams.get('next');\n---\n<Layout>\n  <a class=\"mitid\" href={`/auth/mitid?next=${next}`}>Login with MitID</a>\n</Layout>\n",
      'src/components/Nav.tsx': 'export const Nav = () => <nav><a href="/">Forside</a></nav>;\n',
    }, { git: true });
    const r = await check([root], elsewhere(), root);
    expect(r.code).toBe(1);
    expect(r.list).toEqual([`src/pages/login.astro:6 ${TEXT}`]);
    expect(r.unchecked).toEqual([]);
  });

  // The same promise for MDX pages (Docusaurus, Next.js, Storybook docs): their JSX, through eslint-mdx.
  it('MDX: .mdx files are checked', async () => {
    const root = project({
      'package.json': '{ "name": "docs" }\n',
      'docs/login.mdx': "import { Login } from '../src/Login';\n\n# Sign in\n\n<button onClick={login}>Login with MitID</button>\n",
      'src/Login.tsx': 'export const Login = () => null;\n',
    }, { git: true });
    const r = await check([], root, root);
    expect(r.code).toBe(1);
    expect(r.list).toEqual([`docs/login.mdx:5 ${TEXT}`]);
    expect(r.unchecked).toEqual([]);
  });

  // Defect (false pass), the same promise: stylesheets in syntaxes without a reader (.sass, .styl)
  // are dropped from a folder listing; .pcss/.postcss are plain CSS to PostCSS and can be read.
  it('stylesheets: .pcss is checked; .sass and .styl are named as not checked', async () => {
    const root = project({
      'src/mitid.pcss': '.mitid-button {\n  background: #1a73e8;\n}\n',
      'src/legacy.sass': '.mitid-button\n  background: #1a73e8\n',
      'src/theme.styl': '.mitid-button\n  background #1a73e8\n',
    });
    const r = await check([join(root, 'src')], elsewhere(), root);
    expect(r.list).toEqual([`src/mitid.pcss:2 ${STYLE}`]);
    expect(r.unchecked).toEqual(['src/legacy.sass', 'src/theme.styl']);
    expect(r.code).toBe(2);
  });

  it('other UI types without a reader are named, never dropped: Ember .gjs, Web Forms .aspx, a Keycloak theme .ftl, Phoenix .heex, Go .gohtml', async () => {
    const button = '<button>Login with MitID</button>\n';
    const root = project({ 'app/components/login.gjs': `<template>${button}</template>\n`, 'Login.aspx': button, 'themes/acme/login/login.ftl': button, 'lib/web/login.html.heex': button, 'web/login.gohtml': button, 'src/ok.tsx': 'export const A = 1;\n' }, { git: true });
    const r = await check([root], elsewhere(), root);
    expect(r.code).toBe(2);
    expect(r.unchecked).toEqual(['Login.aspx', 'app/components/login.gjs', 'lib/web/login.html.heex', 'themes/acme/login/login.ftl', 'web/login.gohtml']);
    expect(r.report.errors[0]?.message).toMatch(/^no reader for this file type \(\.aspx/);
  });
});

describe('file names and contents', () => {
  it('.mjs, .cjs, .mts, .cts and upper-case extensions (.JSX, .MTS, .Vue, .HTML, .SCSS, .Svelte)', async () => {
    const lit = "import { html } from 'lit';\nexport const t = () => html`<button @click=${go}>Login with MitID</button>`;\n";
    const root = project({
      'src/a.mjs': 'export const A = () => <button>Login with MitID</button>;\n',
      'src/b.cjs': 'module.exports = () => <button>Login with MitID</button>;\n',
      'src/c.mts': lit,
      'src/d.cts': lit,
      'src/E.JSX': 'export const E = () => <button>Login with MitID</button>;\n',
      'src/F.MTS': lit,
      'src/G.Vue': '<template>\n  <button>Login with MitID</button>\n</template>\n',
      'src/H.HTML': '<!doctype html>\n<button>Login with MitID</button>\n',
      'src/I.SCSS': '.mitid-button {\n  background: #1a73e8;\n}\n',
      'src/J.Svelte': '<button>Login with MitID</button>\n',
    });
    const r = await check([join(root, 'src')], elsewhere(), root);
    expect(r.unchecked).toEqual([]);
    expect(r.list).toEqual([
      `src/E.JSX:1 ${TEXT}`, `src/F.MTS:2 ${TEXT}`, `src/G.Vue:2 ${TEXT}`, `src/H.HTML:2 ${TEXT}`, `src/I.SCSS:2 ${STYLE}`, `src/J.Svelte:1 ${TEXT}`,
      `src/a.mjs:1 ${TEXT}`, `src/b.cjs:1 ${TEXT}`, `src/c.mts:2 ${TEXT}`, `src/d.cts:2 ${TEXT}`,
    ]);
  });

  it('CRLF line endings: exact lines in .tsx, .vue, .svelte, .html, .scss', async () => {
    const crlf = (s: string): string => s.replace(/\n/g, '\r\n');
    const root = project({
      'src/a.tsx': crlf('// a\n// b\nexport const A = () => (\n  <button>Login with MitID</button>\n);\n'),
      'src/b.vue': crlf('<script setup lang="ts">\nconst x = 1;\n</script>\n<template>\n  <button>Login with MitID</button>\n</template>\n<style>\n.mitid-button { background: #1a73e8; }\n</style>\n'),
      'src/c.svelte': crlf('<script>\n  let x = 1;\n</script>\n\n<button>Login with MitID</button>\n'),
      'src/d.html': crlf('<!doctype html>\n<html>\n<body>\n<button>Login with MitID</button>\n</body>\n</html>\n'),
      'src/e.scss': crlf('// x\n.a {\n  .mitid-button {\n    background: #1a73e8;\n  }\n}\n'),
    });
    const r = await check(['src'], root, root);
    expect(r.list).toEqual([`src/a.tsx:4 ${TEXT}`, `src/b.vue:5 ${TEXT}`, `src/b.vue:8 ${STYLE}`, `src/c.svelte:5 ${TEXT}`, `src/d.html:4 ${TEXT}`, `src/e.scss:4 ${STYLE}`]);
  });

  it('a shebang line: the finding is on the right line', async () => {
    const root = project({ 'bin/serve.mjs': '#!/usr/bin/env node\n// a dev server page\nexport const page = () => <button>Login with MitID</button>;\n', 'scripts/x.js': '#!/usr/bin/env node\nconst A = () => <button>Login with MitID</button>;\n' });
    expect((await check([root], elsewhere(), root)).list).toEqual([`bin/serve.mjs:3 ${TEXT}`, `scripts/x.js:2 ${TEXT}`]);
  });

  it('hidden folders (.storybook, .vitepress) are read, in git, by folder and by glob', async () => {
    const root = project({ '.storybook/preview.tsx': BAD_TSX, '.vitepress/theme/Login.vue': '<template><button>Login with MitID</button></template>\n', 'src/ok.tsx': 'export const A = 1;\n' }, { git: true });
    expect((await check([root], elsewhere(), root)).list).toEqual([`.storybook/preview.tsx:2 ${TEXT}`, `.vitepress/theme/Login.vue:1 ${TEXT}`]);
    // A glob reads them too, as ESLint's globs do (was: `**` skipped dot folders, silently).
    expect((await check(['**/*.{tsx,vue}'], root, root)).list).toEqual([`.storybook/preview.tsx:2 ${TEXT}`, `.vitepress/theme/Login.vue:1 ${TEXT}`]);
  });

  it('folder names with spaces, #, %, parentheses and brackets: by path, by folder, by glob, from inside', async () => {
    const files = { 'package.json': '{ "name": "x" }\n', 'src/Login.tsx': BAD_TSX };
    for (const under of ['My App #2', 'client (old) [v1] 100%']) {
      const root = project(files, { under, git: true });
      const out = dirname(root);
      expect((await check([`${under}/src`], out, root)).list).toEqual([`src/Login.tsx:2 ${TEXT}`]);
      expect((await check([`${under}/src/Login.tsx`], out, root)).list).toEqual([`src/Login.tsx:2 ${TEXT}`]);
      expect((await check([], root, root)).list).toEqual([`src/Login.tsx:2 ${TEXT}`]);
    }
  });

  // Defect ("globs, relative or absolute"): a relative glob is matched as an absolute pattern that
  // starts with the working folder, so a working folder with glob characters in its name ("(old)",
  // "[v1]") matches nothing: exit 2 "no files to check match this pattern" although the files exist.
  it('a relative glob run from a folder whose name holds ( ) [ ]', async () => {
    const root = project({ 'src/Login.tsx': BAD_TSX }, { under: 'client (old) [v1]', git: true });
    expect((await check(['src/**/*.tsx'], root, root)).list).toEqual([`src/Login.tsx:2 ${TEXT}`]);
    expect((await check(['client (old) [v1]/src/*.tsx'.replace(/[()[\]]/g, '\\$&')], dirname(root), root)).list).toEqual([`src/Login.tsx:2 ${TEXT}`]);
  });

  it('very long paths (over 400 characters)', async () => {
    const deep = Array.from({ length: 8 }, (_, i) => `${'segment'.repeat(7)}-${i}`).join('/');
    const root = project({ [`${deep}/Login.tsx`]: BAD_TSX }, { git: true });
    const r = await check([root], elsewhere(), root);
    expect(`${root}/${deep}`.length).toBeGreaterThan(400);
    expect(r.list).toEqual([`${deep}/Login.tsx:2 ${TEXT}`]);
  });

  // Defect (false pass, "Every file is checked or named"): outside git, a symlinked file (a shared
  // component linked into an app) is neither a file nor a folder to the walk, and is dropped.
  it('outside git, a symlinked source file is read', async () => {
    const root = project({ 'shared/Login.tsx': BAD_TSX, 'app/src/ok.tsx': 'export const A = 1;\n' }, { links: { 'app/src/Login.tsx': '../../shared/Login.tsx' } });
    const r = await check(['app/src'], root, root);
    expect(r.list).toEqual([`app/src/Login.tsx:2 ${TEXT}`]);
  });
});

describe('git checkouts as CI has them', () => {
  // Defect (false pass, "Every file is checked or named"): actions/checkout does not fetch
  // submodules by default; the submodule's folder is empty, its code is not on disk, and the run
  // says "No MitID problems".
  it('a submodule that is not checked out is named (exit 2), not passed', async () => {
    const sub = project({ 'Login.tsx': BAD_TSX }, { git: true });
    git(sub, 'add', '.');
    git(sub, 'commit', '-qm', 's');
    const root = project({ 'src/ok.tsx': 'export const A = 1;\n' }, { git: true });
    git(root, '-c', 'protocol.file.allow=always', 'submodule', 'add', '-q', sub, 'vendor/ui');
    git(root, 'commit', '-qm', 't');
    expect((await check([], root, root)).list).toEqual([`vendor/ui/Login.tsx:2 ${TEXT}`]);
    git(root, 'submodule', 'deinit', '-q', '-f', 'vendor/ui');
    const r = await check([root], elsewhere(), root);
    expect(r.code).toBe(2);
    expect(r.unchecked).toEqual(['vendor/ui']);
  });

  // Defect (a false "could not check" on every Yarn PnP repository): Yarn's tracked `.pnp.cjs`
  // (often over 5 MB) and `.yarn/releases/yarn-*.cjs` are the package manager's code, as
  // node_modules is, and fail the run over the size limit.
  it("Yarn PnP: .pnp.cjs, .pnp.loader.mjs and .yarn/ are not read, as node_modules is not", async () => {
    const root = project({
      'package.json': '{ "name": "berry", "packageManager": "yarn@4.5.0" }\n',
      '.pnp.cjs': `#!/usr/bin/env node\n${'/* resolver data */ const RAW = [];\n'.repeat(160_000)}`,
      '.pnp.loader.mjs': 'export const x = "<button>Login with MitID</button>";\n',
      '.yarn/releases/yarn-4.5.0.cjs': 'module.exports = "<button>Login with MitID</button>";\n',
      '.yarn/sdks/typescript/lib/tsserver.js': 'module.exports = 1;\n',
      'src/Login.tsx': BAD_TSX,
    }, { git: true });
    git(root, 'add', '.');
    const r = await check([], root, root);
    expect(r.unchecked).toEqual([]);
    expect(r.list).toEqual([`src/Login.tsx:2 ${TEXT}`]);
  });
});

describe('.gitignore', () => {
  it('a pattern that ignores too much (*.html, a whole src/legacy/): files named on the command line, and tracked files, are checked', async () => {
    const root = project({ '.gitignore': '*.html\nsrc/legacy/\n', 'public/login.html': '<!doctype html>\n<button>Login with MitID</button>\n', 'src/legacy/Old.tsx': BAD_TSX, 'src/tracked/Login.tsx': BAD_TSX, 'src/ok.tsx': 'export const A = 1;\n' }, { git: true });
    git(root, 'add', '-f', 'src/tracked/Login.tsx');
    const out = elsewhere();
    expect((await check([join(root, 'public/login.html'), join(root, 'src/legacy/Old.tsx')], out, root)).list).toEqual([`public/login.html:2 ${TEXT}`, `src/legacy/Old.tsx:2 ${TEXT}`]);
    expect((await check([root], out, root)).list).toEqual([`src/tracked/Login.tsx:2 ${TEXT}`]);
  });

  it('a git-ignored folder named on the command line is never "No MitID problems"', async () => {
    const root = project({ '.gitignore': 'generated/\n', 'generated/Login.tsx': BAD_TSX }, { git: true });
    const r = await check(['generated'], root, root);
    expect(r.code).not.toBe(0);
    expect(r.list.length ? r.list : r.unchecked).toEqual(r.list.length ? [`generated/Login.tsx:2 ${TEXT}`] : ['generated']);
  });
});

describe("the project's own ESLint config", () => {
  const WRAPPED = 'export const Login = () => (\n  <Cta onClick={login}>Login with MitID</Cta>\n);\n';
  const SETTINGS = "{ mitid: { components: { Cta: 'button' } } }";

  for (const [name, pkg, config] of [
    ['eslint.config.mjs', '{ "name": "p" }', `export default [{ settings: ${SETTINGS} }];\n`],
    ['eslint.config.cjs', '{ "name": "p" }', `module.exports = [{ files: ['**/*.tsx'], settings: ${SETTINGS} }];\n`],
    ['eslint.config.js', '{ "name": "p", "type": "module" }', `export default [{ ignores: ['dist/**'] }, { settings: ${SETTINGS} }];\n`],
  ] as const) {
    it(`${name} with settings.mitid, run from elsewhere`, async () => {
      const root = project({ 'package.json': `${pkg}\n`, [name]: config, 'src/Login.tsx': WRAPPED });
      expect((await check([join(root, 'src')], elsewhere(), root)).list).toEqual([`src/Login.tsx:2 ${TEXT}`]);
    });
  }

  // Defect (false pass, "settings.mitid of the nearest ESLint flat config, as ESLint computes it"):
  // the project's `ignores` (its own lint skips legacy code) make ESLint compute no config for the
  // file, so its settings.mitid is lost and the wrapper's wrong text passes.
  it("a flat config whose `ignores` cover the file: its settings.mitid still apply", async () => {
    const root = project({ 'package.json': '{ "name": "p", "type": "module" }\n', 'eslint.config.js': `export default [{ ignores: ['src/legacy/**'] }, { settings: ${SETTINGS} }];\n`, 'src/legacy/Login.tsx': WRAPPED });
    expect((await check(['src'], root, root)).list).toEqual([`src/legacy/Login.tsx:2 ${TEXT}`]);
  });

  // Defect (false pass), the same promise: a file with an upper-case extension (checked since the
  // first review) is matched against the config's lower-case `files` patterns, gets no config, and
  // loses settings.mitid.
  it('settings.mitid reach a file with an upper-case extension (Login.TSX)', async () => {
    const root = project({ 'package.json': '{ "name": "p", "type": "module" }\n', 'eslint.config.js': `export default [{ files: ['**/*.tsx'], settings: ${SETTINGS} }];\n`, 'src/Login.TSX': WRAPPED });
    expect((await check(['src'], root, root)).list).toEqual([`src/Login.TSX:2 ${TEXT}`]);
  });

  it('a flat config importing a plugin the project has not installed, holding settings.mitid: exit 2 with the reason', async () => {
    const root = project({ 'package.json': '{ "name": "p", "type": "module" }\n', 'eslint.config.js': `import react from 'eslint-plugin-react-not-installed';\nexport default [react.configs.flat.recommended, { settings: ${SETTINGS} }];\n`, 'src/Login.tsx': WRAPPED });
    const r = await cli(['check', join(root, 'src')], { cwd: elsewhere() });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/eslint-plugin-react-not-installed/);
  });

  // Defect (false pass): settings.mitid can come from a shared config the project imports
  // (`@acme/eslint-config`); when that import is missing, the config "does not name mitid" and the
  // run passes with a note, though the wrapper's settings were never read.
  it('a flat config whose shared config is not installed (settings.mitid unknown): exit 2', async () => {
    const root = project({ 'package.json': '{ "name": "p", "type": "module" }\n', 'eslint.config.js': "import acme from '@acme/eslint-config';\nexport default [...acme];\n", 'src/Login.tsx': WRAPPED });
    const r = await cli(['check', 'src'], { cwd: root });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/@acme\/eslint-config/);
  });

  it('eslint.config.ts with settings.mitid: applied, or exit 2 with the reason', async () => {
    const root = project({ 'package.json': '{ "name": "p", "type": "module" }\n', 'eslint.config.ts': `import type { Linter } from 'eslint';\nexport default [{ settings: ${SETTINGS} }] satisfies Linter.Config[];\n`, 'src/Login.tsx': WRAPPED });
    const r = await cli(['check', 'src', '-f', 'json'], { cwd: root });
    if (r.code === 2) expect(r.stderr).toMatch(/eslint\.config\.ts \(.*jiti/);
    else expect((JSON.parse(r.stdout) as JsonReport).findings.map((f) => `${f.target}:${f.line} ${f.ruleId}`)).toEqual([`src/Login.tsx:2 ${TEXT}`]);
  });

  // Defect (false pass): a legacy `.eslintrc.*` (ESLint 8 projects, still most of them) or a
  // package.json "eslintConfig" holding settings.mitid is not read at all: the wrapper passes.
  it('legacy .eslintrc.json / .eslintrc.cjs / .eslintrc.yml / package.json "eslintConfig" with settings.mitid', async () => {
    const cases: Record<string, string>[] = [
      { '.eslintrc.json': '{ "root": true, "settings": { "mitid": { "components": { "Cta": "button" } } } }\n' },
      { '.eslintrc.cjs': `module.exports = { root: true, settings: ${SETTINGS} };\n` },
      { '.eslintrc.yml': 'root: true\nsettings:\n  mitid:\n    components:\n      Cta: button\n' },
      { 'package.json': '{ "name": "p", "eslintConfig": { "settings": { "mitid": { "components": { "Cta": "button" } } } } }\n' },
    ];
    for (const files of cases) {
      const root = project({ 'package.json': '{ "name": "p" }\n', ...files, 'src/Login.tsx': WRAPPED });
      const r = await check([join(root, 'src')], elsewhere(), root);
      expect([Object.keys(files)[0], r.list]).toEqual([Object.keys(files)[0], [`src/Login.tsx:2 ${TEXT}`]]);
    }
  });
});

describe('legacy .eslintrc, as ESLint 8 computes it', () => {
  const TWO = 'export const A = () => <Cta>Login with MitID</Cta>;\nexport const B = () => <Cta2>Login with MitID</Cta2>;\n';

  it('comments, a shared config it extends (@acme -> @acme/eslint-config), overrides by files, the cascade up to root: true', async () => {
    const root = project({
      'package.json': '{ "name": "p" }\n',
      '.eslintrc.json': '{\n  // the team config\n  "root": true,\n  "extends": ["eslint:recommended", "plugin:react/recommended", "@acme"],\n  "overrides": [{ "files": ["*.tsx"], "excludedFiles": ["*.test.tsx"], "settings": { "mitid": { "components": { "Cta2": "button" } } } }],\n}\n',
      'node_modules/@acme/eslint-config/package.json': '{ "name": "@acme/eslint-config", "main": "index.js" }\n',
      'node_modules/@acme/eslint-config/index.js': "module.exports = { settings: { mitid: { components: { Cta: 'button' } } } };\n",
      'src/Login.tsx': TWO,
      'src/Login.jsx': TWO,
      'packages/app/.eslintrc.yml': 'rules: {}\n',
      'packages/app/src/Login.tsx': TWO,
    });
    const r = await check([root], elsewhere(), root);
    expect(r.list).toEqual([`packages/app/src/Login.tsx:1 ${TEXT}`, `packages/app/src/Login.tsx:2 ${TEXT}`, `src/Login.jsx:1 ${TEXT}`, `src/Login.tsx:1 ${TEXT}`, `src/Login.tsx:2 ${TEXT}`]);
  });

  it('a shared config that is not installed: exit 2 naming it', async () => {
    const root = project({ 'package.json': '{ "name": "p" }\n', '.eslintrc.js': "module.exports = { root: true, extends: ['@acme/eslint-config-web'] };\n", 'src/Login.tsx': TWO });
    const r = await cli(['check', 'src'], { cwd: root });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^mitid-ux: cannot read \.eslintrc\.js \(.*@acme\/eslint-config-web/);
  });
});

describe('--config', () => {
  it('a Windows-style relative --config path (.\\config\\mitid.json) on POSIX: applied, or exit 2 naming it', async () => {
    const root = project({ 'config/mitid.json': '{ "components": { "Cta": "button" } }\n', 'src/Login.tsx': 'export const L = () => <Cta>Login with MitID</Cta>;\n' });
    const r = await cli(['check', 'src', '--config', '.\\config\\mitid.json', '-f', 'json'], { cwd: root });
    if (r.code === 2) expect(r.stderr).toMatch(/--config .*mitid\.json/);
    else expect((JSON.parse(r.stdout) as JsonReport).findings.map((f) => `${f.target}:${f.line} ${f.ruleId}`)).toEqual([`src/Login.tsx:1 ${TEXT}`]);
  });
});
