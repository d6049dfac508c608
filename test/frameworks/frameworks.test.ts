/**
 * <mitid-button> in every framework a Danish team uses, as a user gets it: each app under
 * apps/<name> is installed from the packed kit, type-checked (and must fail on one deliberate type
 * error), built with the framework's own build, served on 127.0.0.1 and checked in Chromium.
 * Slow (installs): its own vitest config, `npx vitest run --config test/frameworks/vitest.config.ts`,
 * after `npm run build`. FRAMEWORKS=react-18,vue runs only those apps.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, test } from 'vitest';
import { launchChromium } from '../../cli/src/lib/browser.js';
import { APPS, fetchText, limit, packKit, prepareApp, run, serveStatic, startServer } from './harness.js';
import { EXPECTED, PHRASE, checkPage, checkWithoutScript } from './page-checks.js';

const MINUTE = 60_000;
const only = process.env.FRAMEWORKS?.split(',').filter(Boolean);
const apps = readdirSync(APPS).filter((name) => !only || only.includes(name));
const slot = limit(2);

let tarball = '';
let browser: Browser;
const timings: string[] = [];

beforeAll(() => {
  tarball = packKit();
}, 2 * MINUTE);

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  if (timings.length) console.log(`framework suite timings:\n${timings.join('\n')}`);
});

describe.concurrent('frameworks', () => {
  test.for(apps)('%s', (name, { expect }) =>
    slot(async () => {
      const started = Date.now();
      const lap: string[] = [];
      const { dir, spec, install } = await prepareApp(name, tarball, 8 * MINUTE);
      lap.push(`install ${install === 'cached' ? 'cached' : `${install.seconds.toFixed(0)}s`}`);
      if (install !== 'cached') expect(install.code, `npm install failed:\n${install.output}`).toBe(0);

      // The type check passes on the app as written...
      const clean = await run('npm', ['run', '--silent', 'typecheck'], dir, 4 * MINUTE);
      lap.push(`typecheck ${clean.seconds.toFixed(0)}s`);
      expect(clean.code, `type check failed on the correct app:\n${clean.output}`).toBe(0);
      // ...and fails on the deliberate error, naming it.
      const { file, find, replace } = spec.typeError;
      const source = readFileSync(join(dir, file), 'utf8');
      expect(source.includes(find), `${file} has no "${find}" to break`).toBe(true);
      writeFileSync(join(dir, file), source.replace(find, replace));
      const broken = await run('npm', ['run', '--silent', 'typecheck'], dir, 4 * MINUTE);
      writeFileSync(join(dir, file), source);
      expect(broken.code, `the type check accepted ${replace} in ${file}`).not.toBe(0);
      expect(broken.output).toContain(spec.typeError.expect);

      const build = await run('npm', ['run', '--silent', 'build'], dir, 6 * MINUTE);
      lap.push(`build ${build.seconds.toFixed(0)}s`);
      expect(build.code, `build failed:\n${build.output}`).toBe(0);

      let cls: number | undefined;
      const server = spec.static ? await serveStatic(join(dir, spec.static)) : await startServer(dir, MINUTE);
      try {
        if (spec.ssr) {
          const { status, body } = await fetchText(server.url);
          expect(status).toBe(200);
          expect.soft(body, 'the server HTML holds the approved phrase').toContain(PHRASE);
          const bare = await checkWithoutScript(browser, server.url);
          expect.soft(bare, 'before any script runs, the button shows the phrase at 48px').toEqual({ phrase: PHRASE, height: EXPECTED.height });
        }
        const facts = await checkPage(browser, server.url);
        cls = facts.cls;
        expect.soft(facts.phrase, 'the approved phrase').toBe(PHRASE);
        expect.soft(facts.phrases, 'one phrase in the shadow root (not rendered twice)').toBe(1);
        expect.soft(facts.cls, 'cumulative layout shift').toBeLessThan(0.1);
        expect.soft(facts.lang, 'the phrase is marked lang="en"').toBe('en');
        expect.soft(facts.height, 'height').toBe(EXPECTED.height);
        expect.soft(facts.background, 'brand blue').toBe(EXPECTED.background);
        expect.soft(facts.fontLoaded, `IBM Plex Sans loaded (font-family: ${facts.fontFamily})`).toBe(true);
        expect.soft(facts.booleans, 'disabled, loading and full-width bound to false are off').toEqual({ disabled: false, loading: false, fullWidth: false, innerDisabled: false, spinner: false, widthRatio: expect.any(Number) });
        expect.soft(facts.booleans.widthRatio, 'not full width').toBeLessThan(0.9);
        expect.soft(facts.launched, 'the mitid-launch handler ran with detail.mode').toBe('redirect');
        expect.soft(facts.submitted, 'a click submits the form with the button as submitter').toEqual({ via: 'mitid', bySubmitButton: true });
        expect.soft(facts.errors, 'no console error (hydration or other)').toEqual([]);
      } finally {
        await server.close();
      }
      timings.push(`${name}: ${lap.join(', ')}, CLS ${cls?.toFixed(4) ?? 'n/a'}, total ${((Date.now() - started) / 1000).toFixed(0)}s`);
    }),
  );
}, 15 * MINUTE);
