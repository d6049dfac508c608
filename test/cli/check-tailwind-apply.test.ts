// `mitid-ux check` as a process on Tailwind's `@apply` in stylesheets: the built stylelint plugin
// judges each applied class of a MitID rule (CSS file and a Vue `<style>`), reads the project's
// Tailwind version for the palette, and leaves the logo, another button and compliant classes alone.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { cli, ensureBuilt, type JsonReport } from './run-cli.js';

beforeAll(ensureBuilt);
const dir = mkdtempSync(join(tmpdir(), 'mitid-ux-apply-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('reports off-brand @apply classes on MitID rules end to end, and nothing else', async () => {
  mkdirSync(join(dir, 'src'));
  writeFileSync(join(dir, 'package.json'), '{"name":"shop","devDependencies":{"tailwindcss":"^3.4.1"}}\n');
  writeFileSync(join(dir, 'src', 'login.css'), '.mitid-button {\n  @apply bg-blue-600 h-10 uppercase;\n}\n.mitid-logo { @apply h-10 bg-red-500; }\n.help-button { @apply bg-[#ff0000] h-8; }\n');
  writeFileSync(join(dir, 'src', 'Login.vue'), '<template>\n  <button class="btn-mitid" @click="login">Log ind med MitID</button>\n</template>\n<style scoped>\n.btn-mitid { @apply bg-[#0060e6] h-12 text-white btn-primary; }\n.btn-mitid:hover { @apply bg-[#6a0dad]; }\n</style>\n');
  const r = await cli(['check', '.', '-f', 'json'], { cwd: dir });
  expect(r.code, r.stderr).toBe(1);
  const report = JSON.parse(r.stdout) as JsonReport;
  expect(report.errors).toEqual([]);
  const found = report.findings.filter((f) => f.ruleId === 'mitid/button-style').map((f) => `${f.target}:${f.line} ${f.message}`).sort();
  expect(found).toEqual([
    "src/login.css:2 MitID button \".mitid-button\": @apply bg-blue-600 sets background-color to #2563eb; it must be #0060e6 (Tailwind v3's default palette; no tailwind.config or @theme of the project redefines blue): use bg-[#0060e6], or a theme colour set to #0060e6",
    'src/login.css:2 MitID button ".mitid-button": @apply h-10 sets height to 2.5rem; it must be 48px',
    'src/login.css:2 MitID button ".mitid-button": @apply uppercase sets text-transform to uppercase; it must be none',
    'src/Login.vue:6 MitID button ".btn-mitid:hover": @apply bg-[#6a0dad] sets background-color to #6a0dad; it must be #0060e6 or a darker blue',
  ].sort());
});
