/**
 * The audit as one classic script (dist/audit/mitid-audit.iife.js, built by
 * scripts/bundle-audit.mjs) to load into a page's isolated world. Read once per process.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const AUDIT_GLOBAL = '__mitidUxAudit';

let cached: string | undefined;

export function auditBundle(): string {
  if (cached) return cached;
  // Beside this file once built (dist/playwright/), or the built copy when run from source.
  const candidates = ['../audit/mitid-audit.iife.js', '../../dist/audit/mitid-audit.iife.js'].map((p) => fileURLToPath(new URL(p, import.meta.url)));
  const file = candidates.find((f) => existsSync(f));
  if (!file) throw new Error(`The audit is not built (${candidates[0]} is missing). Run \`npm run build\` in mitid-ux-kit.`);
  cached = readFileSync(file, 'utf8');
  return cached;
}
