#!/usr/bin/env node
// Build step: the audit and the core it imports as one classic script that sets a global, so
// `mitid-ux audit` can inject it into any page without a bundler at run time.
import { build } from 'esbuild';

await build({
  entryPoints: ['dist/audit/index.js'],
  outfile: 'dist/audit/mitid-audit.iife.js',
  bundle: true,
  minify: true,
  format: 'iife',
  globalName: '__mitidUxAudit',
  target: 'es2020',
  logLevel: 'warning',
});
