/**
 * Issue 13: a rule that cannot finish must say so. The rules never throw at ESLint (a crash
 * breaks editors and CI), but a swallowed error used to read as "no MitID problem here". A fault
 * is injected into the core's text classifier for one element's text: that element's rule reports
 * that it could not finish (once per file), and every other element is still checked.
 */
import { Linter } from 'eslint';
import { afterAll, beforeAll, expect, test, vi } from 'vitest';
import { everyRule } from '../eslint/helpers.js';

vi.mock('mitid-ux-kit/core', async (original) => {
  const core = await original<typeof import('mitid-ux-kit/core')>();
  return {
    ...core,
    classifyText: (text: string, ...rest: unknown[]) => {
      if (text.includes('KABOOM')) throw new RangeError('Maximum call stack size exceeded');
      return (core.classifyText as (...args: unknown[]) => unknown)(text, ...rest);
    },
  };
});

let debug: string | undefined;
beforeAll(() => {
  debug = process.env['MITID_ESLINT_DEBUG'];
  delete process.env['MITID_ESLINT_DEBUG'];
});
afterAll(() => {
  if (debug !== undefined) process.env['MITID_ESLINT_DEBUG'] = debug;
});

const code = [
  '<!doctype html><html><body>',
  '<button class="mitid-btn">KABOOM MitID</button>',
  '<button class="mitid-btn">Log ind MitID</button>',
  '<button class="mitid-btn">KABOOM MitID again</button>',
  '</body></html>',
].join('\n');

test('the element that could not be checked is named, once per rule and file; the others are checked', () => {
  const messages = new Linter().verify(code, everyRule(), { filename: 'page.html' });
  const unfinished = messages.filter((m) => m.messageId === 'couldNotFinish');
  expect(unfinished.length).toBeGreaterThan(0);
  for (const m of unfinished) {
    expect(m.message).toMatch(/^mitid\/[\w-]+ could not finish checking this file \(Maximum call stack size exceeded\): MitID problems in it may be missed/);
    expect(m.line).toBe(2);
  }
  // Once per rule and file, though two elements failed.
  expect(new Set(unfinished.map((m) => m.ruleId)).size).toBe(unfinished.length);
  // The healthy element between them is still reported.
  expect(messages.filter((m) => m.ruleId === 'mitid/approved-text' && m.messageId !== 'couldNotFinish').map((m) => m.line)).toEqual([3]);
});

test('with MITID_ESLINT_DEBUG set the error is thrown (for developing the kit)', () => {
  process.env['MITID_ESLINT_DEBUG'] = '1';
  try {
    expect(() => new Linter().verify(code, everyRule(), { filename: 'page.html' })).toThrow(/Maximum call stack size exceeded/);
  } finally {
    delete process.env['MITID_ESLINT_DEBUG'];
  }
});
