#!/usr/bin/env node
// Verifies src/core/broker-components.ts against the real packages: installs each entry's verified
// versions beside the bench (bench/.work/brokers, never a dependency), renders every component with
// react-dom/server for each language and action, and compares the visible text with the table.
// Exits 1 on any difference, 2 when a package cannot be installed or rendered (no false pass).
// Usage: node bench/recall/brokers.mjs
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const WORK = join(ROOT, 'bench/.work/brokers');
const ESBUILD = join(ROOT, 'node_modules/.bin/esbuild');

// The core table, bundled from source (the script runs without a build).
mkdirSync(WORK, { recursive: true });
execFileSync(ESBUILD, ['src/core/broker-components.ts', '--bundle', '--platform=node', '--format=esm', `--outfile=${join(WORK, 'table.mjs')}`, '--log-level=warning'], { cwd: ROOT });
const { BROKER_COMPONENTS } = await import(join(WORK, 'table.mjs'));

const visible = (html) => html.replace(/<img[^>]*>/g, '').replace(/<[^>]+>/g, ' ').replace(/&amp;/g, '&').replace(/\s+/g, ' ').trim();
let failures = 0;
for (const entry of BROKER_COMPONENTS) {
  for (const version of entry.verified) {
    const dir = join(WORK, `${entry.package.replace('/', '+')}@${version}`);
    if (!existsSync(join(dir, 'node_modules', entry.package))) {
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, 'package.json'), '{ "private": true }\n');
      try {
        execFileSync('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts', `${entry.package}@${version}`, 'react@19', 'react-dom@19'], { cwd: dir, stdio: 'inherit' });
      } catch {
        console.error(`${entry.package}@${version}: cannot be installed here; its texts are unverified`);
        process.exit(2);
      }
    }
    const require = createRequire(join(dir, 'package.json'));
    const { createElement: h } = require('react');
    const { renderToStaticMarkup } = require('react-dom/server');
    const lib = require(entry.package);
    const Provider = lib[entry.provider.name];
    console.warn = () => {};
    for (const exported of entry.exports) {
      const Component = lib[exported];
      if (!Component) {
        console.error(`${entry.package}@${version}: no export ${exported}`);
        failures++;
        continue;
      }
      for (const [language, byAction] of Object.entries(entry.texts)) {
        for (const [action, expected] of Object.entries(byAction)) {
          const scheme = exported.endsWith('Selector') ? { acrValues: ['urn:grn:authn:dk:mitid:substantial'] } : { acrValue: 'urn:grn:authn:dk:mitid:substantial', href: 'https://example.invalid/' };
          const props = { ...scheme, [entry.languageProp]: language, [entry.actionProp]: action };
          const providerProps = { domain: 'example.criipto.id', clientID: 'urn:example', redirectUri: 'https://example.invalid/cb', [entry.provider.actionProp]: action, [entry.provider.languageProp]: language };
          const text = visible(renderToStaticMarkup(h(Provider, providerProps, h(Component, props))));
          const ok = text === expected;
          if (!ok) failures++;
          console.log(`${ok ? 'ok  ' : 'DIFF'} ${entry.package}@${version} ${exported} ${language}/${action}: ${JSON.stringify(text)}${ok ? '' : ` (table: ${JSON.stringify(expected)})`}`);
        }
      }
    }
  }
}
process.exit(failures ? 1 : 0);
