// What whole real repositories hold that is no MitID problem and must neither be reported nor stop
// the run (found by running `check` over 43 public repositories, bench/precision): eslint-disable
// comments naming other plugins' rules, ESLint 9's refused `/* eslint-env */` comments, a string
// that builds a source-map comment, and Vue template HTML the parser recovers from. What is really
// unread (a Vue expression that does not parse) still fails the run.
import { describe, expect, it } from 'vitest';
import { checkElsewhere, ensureBuilt, writeProject } from './run-cli.js';

ensureBuilt();

describe('check on the noise of real repositories', () => {
  it('checks every file, reports only MitID problems, and still finds them', async () => {
    const root = writeProject({
      'package.json': '{"name":"app"}',
      'src/store.ts': '// eslint-disable-next-line import/no-unused-modules\nexport const x = 1;\n/* eslint-disable @typescript-eslint/no-explicit-any, react-hooks/exhaustive-deps */\nexport const y: any = 2;\n',
      'src/legacy.js': "/* eslint-env browser, jquery */\n$('#go').on('click', () => location.assign('/auth/mitid/login'));\n",
      'src/vendor.js': 'export function f(css, map) {\n  return css + "\\n/*# sourceMappingURL=data:application/json;base64," + btoa(JSON.stringify(map)) + " */";\n}\n',
      'src/Pick.vue': '<template>\n  <p><div>Vælg</div></p>\n  <button class="btn" @click="login">Login med MitID</button>\n</template>\n',
    });
    const { code, list, report } = await checkElsewhere(root, 'src');
    expect(report.errors).toEqual([]);
    expect(report.checked).toBe(4);
    expect(list).toEqual(['src/Pick.vue:3:38 mitid/approved-text']);
    expect(code).toBe(1);
  });

  it('a Vue expression that does not parse leaves the template unread: named, exit 2', async () => {
    const root = writeProject({ 'package.json': '{"name":"app"}', 'src/Broken.vue': '<template>\n  <button class="btn-mitid" @click="go(">{{ label + }}</button>\n</template>\n' });
    const { code, report } = await checkElsewhere(root, 'src');
    expect(code).toBe(2);
    expect(report.errors.map((e) => e.message)).toEqual([expect.stringMatching(/^its template could not be parsed \(line 2: Unexpected end of expression\.\)$/)]);
  });
});
