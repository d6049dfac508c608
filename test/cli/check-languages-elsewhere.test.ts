// Code outside JavaScript checked from wherever `check` runs: a held-out evaluation found that
// templates and markup in strings got no findings (and "No MitID problems") when the checked path
// was not below the working folder, because the embedded ESLint ignored files outside its cwd.
// Catalogs are read from the file's own project, not from the working folder.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, ensureBuilt, type JsonReport } from './run-cli.js';

beforeAll(ensureBuilt);

function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'mitid-ux-elsewhere-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

const TEXT = 'mitid/approved-text';
const STYLE = 'mitid/button-style';

const FILES = {
  'shop/composer.json': '{"name":"acme/shop"}\n',
  'shop/lang/da/auth.php': "<?php\nreturn ['mitid' => 'Log ind via MitID'];\n",
  'shop/resources/views/login.blade.php': '@if ($x)\n<button class="btn-mitid">{{ __(\'auth.mitid\') }}</button>\n@endif\n',
  'shop/public/signup.php': '<?php if ($a) { ?>\n<button type="submit"><span>Fortsæt med MitId</span></button>\n<?php } ?>\n',
  'bank/Bank.csproj': '<Project Sdk="Microsoft.NET.Sdk.Web"></Project>\n',
  'bank/Program.cs': 'var sb = new System.Text.StringBuilder();\nsb.Append(ok ? "<p>ok</p>" : "<button class=\\"mitid\\">Connect with MitID</button>");\n',
  'idp/pom.xml': '<project></project>\n',
  'idp/src/main/resources/templates/login.html': '<html xmlns:th="http://www.thymeleaf.org"><body>\n<a class="btn btn-primary" th:href="@{/mitid}">Login med MitID</a>\n<a class="btn-mitid" th:href="@{/mitid}" style="color: black; background: #0060e6">Log ind med MitID</a>\n</body></html>\n',
  'tools/build.py': 'def page(u):\n    return f\'<a class="btn-mitid" href="{u}">Login med MitID</a>\'\n',
  // Another project's catalog, which the shop's view must not read.
  'other/composer.json': '{"name":"acme/other"}\n',
  'other/lang/da/auth.php': "<?php\nreturn ['mitid' => 'Log ind med MitID'];\n",
};

const EXPECTED = [
  `bank/Program.cs:2 ${TEXT}`,
  `idp/src/main/resources/templates/login.html:2 ${TEXT}`,
  `idp/src/main/resources/templates/login.html:3 ${STYLE}`,
  `shop/public/signup.php:2 ${TEXT}`,
  `shop/resources/views/login.blade.php:2 ${TEXT}`,
  `tools/build.py:2 ${TEXT}`,
];

/** `file:line rule`, each file as a path inside the tree (the report shows it relative to the working folder). */
async function findings(args: string[], cwd: string, root: string): Promise<{ code: number; list: string[]; report: JsonReport }> {
  const r = await cli(['check', ...args, '-f', 'json'], { cwd });
  const report = JSON.parse(r.stdout) as JsonReport;
  const inTree = (target: string): string => relative(root, resolve(cwd, target));
  const list = [...new Set(report.findings.map((f) => `${inTree(f.target)}:${f.line ?? '?'} ${f.ruleId}`))].sort();
  return { code: r.code, list, report };
}

describe('code outside JavaScript, checked from another folder', () => {
  it('finds the same problems from inside the tree, from a sibling folder and by absolute paths', async () => {
    const root = tree(FILES);
    const elsewhere = mkdtempSync(join(tmpdir(), 'mitid-ux-cwd-'));
    const inside = await findings(['.'], root, root);
    expect(inside.list).toEqual(EXPECTED);
    expect(inside.code).toBe(1);
    const fromSibling = await findings([relative(elsewhere, root)], elsewhere, root);
    expect(fromSibling.list).toEqual(EXPECTED);
    expect(fromSibling.code).toBe(1);
    const absolute = await findings(['shop', 'bank', 'idp', 'tools'].map((d) => join(root, d)), elsewhere, root);
    expect(absolute.list).toEqual(EXPECTED);
  });

  it("reads the file's own project's catalog: the message and its value are named", async () => {
    const root = tree(FILES);
    const elsewhere = mkdtempSync(join(tmpdir(), 'mitid-ux-cwd-'));
    const r = await cli(['check', join(root, 'shop'), '-f', 'json'], { cwd: elsewhere });
    const report = JSON.parse(r.stdout) as JsonReport;
    const blade = report.findings.find((f) => f.target.endsWith('login.blade.php'));
    expect(blade?.message).toMatch(/"auth\.mitid".*Log ind via MitID/);
  });
});
