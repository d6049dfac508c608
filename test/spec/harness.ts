/**
 * The spec suites' harness (issue10-spec, issue10-spec-2): every case is a small project folder;
 * one run of the built `mitid-ux check --format json` from a temp folder reads them all, and each
 * case compares the findings of its own folder with the rules and lines it expects. `it.fails`
 * marks a case the kit gets wrong today (FAILS says what is right); it turns red once fixed.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, ensureBuilt, type CheckReport } from '../cli/run-cli.js';

export type Rule = 'approved-text' | 'cta-element' | 'button-style' | 'no-embedded-login';
/** A finding expected on the line holding `at` ("path::text" for a file other than the first; a list: any of those lines), its message matching `message`. */
export type Want = [rule: Rule, at: string | string[], message?: RegExp];
export interface Case {
  p: number;
  fw: string;
  name: string;
  files: Record<string, string>;
  want: Want[];
  /** The total number of findings in the folder (pattern 4: one report, not two). */
  count?: number;
  /** Set when the kit gets it wrong today: what is expected. */
  fails?: string;
}

export const PKG = '{ "name": "app", "private": true }\n';

/** A list of cases and the two ways to add one. */
export function caseList(): { cases: Case[]; add: (p: number, fw: string, name: string, files: Record<string, string>, want: Want[], extra?: Partial<Case>) => void; silent: (p: number, fw: string, name: string, files: Record<string, string>, extra?: Partial<Case>) => void } {
  const cases: Case[] = [];
  const add = (p: number, fw: string, name: string, files: Record<string, string>, want: Want[], extra: Partial<Case> = {}): void => {
    cases.push({ p, fw, name, files, want, ...extra });
  };
  return { cases, add, silent: (p, fw, name, files, extra = {}) => add(p, fw, name, files, [], extra) };
}

export const caseKey = (c: Case): string => `${c.p}|${c.fw}|${c.name}`;

/** Marks the known failures; a FAILS entry naming no case, or two cases with one name, is a test bug. */
export function markFailures(cases: Case[], fails: Record<string, string>): void {
  const keys = cases.map(caseKey);
  const dup = keys.filter((k, i) => keys.indexOf(k) !== i);
  if (dup.length) throw new Error(`test bug: two cases named ${dup.join(', ')}`);
  const unknown = Object.keys(fails).filter((k) => !keys.includes(k));
  if (unknown.length) throw new Error(`test bug: FAILS names no case: ${unknown.join(', ')}`);
  for (const c of cases) if (fails[caseKey(c)]) c.fails = fails[caseKey(c)];
}

/** A project folder: the case's files and a package.json. */
export function writeCase(dir: string, files: Record<string, string>): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), PKG);
  for (const [path, body] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), body);
  }
}

/** Lines allowed for one expectation, as "file:line". */
function allowed(c: Case, at: string | string[]): Set<string> {
  const first = Object.keys(c.files)[0]!;
  const out = new Set<string>();
  for (const a of Array.isArray(at) ? at : [at]) {
    const [file, needle] = a.includes('::') ? (a.split('::') as [string, string]) : [first, a];
    const index = c.files[file]!.split('\n').findIndex((l) => l.includes(needle));
    if (index < 0) throw new Error(`test bug: "${needle}" is not in ${file}`);
    out.add(`${file}:${index + 1}`);
  }
  return out;
}

export interface SpecOptions {
  /** The temp folder's name prefix. */
  prefix: string;
  /** Pattern number to its describe title (the suite's own wording). */
  titles: Record<number, string>;
  /** The column a finding must start at, when the case promises one (pattern 7's exact positions). */
  column?: (c: Case, rule: Rule, at: string | string[]) => number | undefined;
}

/** Writes every case, runs the CLI once over them all, and gives each case its test. Returns the temp root. */
export function runSpec(cases: Case[], options: SpecOptions): string {
  const root = mkdtempSync(join(tmpdir(), options.prefix));
  let report: CheckReport;
  const folder = (i: number): string => `cases/c${String(i).padStart(3, '0')}`;
  beforeAll(async () => {
    ensureBuilt();
    cases.forEach((c, i) => writeCase(join(root, folder(i)), c.files));
    const r = await cli(['check', 'cases', '-f', 'json'], { cwd: root });
    expect(r.code, r.stderr).not.toBe(-1);
    report = JSON.parse(r.stdout) as CheckReport;
  }, 400_000);
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  const verdict = (c: Case, i: number): { ok: boolean; detail: string } => {
    const prefix = `${folder(i)}/`;
    const mine = report.findings.filter((f) => f.target.startsWith(prefix));
    const errors = [...report.errors, ...(report.skipped ?? [])].filter((e) => e.target.startsWith(prefix));
    const wants = c.want.map(([rule, at, message]) => ({ rule, lines: allowed(c, at), message, column: options.column?.(c, rule, at) }));
    const covers = (w: (typeof wants)[number], f: (typeof mine)[number]): boolean =>
      f.ruleId === `mitid/${w.rule}` && w.lines.has(`${f.target.slice(prefix.length)}:${f.line}`) && (!w.message || w.message.test(f.message)) && (w.column === undefined || f.column === w.column);
    const extra = mine.filter((f) => !wants.some((w) => covers(w, f)));
    const missing = wants.filter((w) => !mine.some((f) => covers(w, f)));
    const countOk = c.count === undefined || mine.length === c.count;
    const detail = JSON.stringify(
      {
        expected: wants.map((w) => `${w.rule} ${[...w.lines].join(' or ')}${w.message ? ` ${String(w.message)}` : ''}${w.column === undefined ? '' : ` column ${w.column}`}`),
        actual: mine.map((f) => `${f.ruleId} ${f.target.slice(prefix.length)}:${f.line}:${f.column ?? '?'} ${f.message}`),
        errors: errors.map((e) => e.message),
        ...(c.count === undefined ? {} : { count: c.count }),
      },
      null,
      1,
    );
    return { ok: extra.length === 0 && missing.length === 0 && countOk && errors.length === 0, detail };
  };

  if (cases.some((c) => !options.titles[c.p])) throw new Error('test bug: a case of a pattern without a title');
  for (const p of Object.keys(options.titles).map(Number)) {
    describe(options.titles[p] as string, () => {
      cases.forEach((c, i) => {
        if (c.p !== p) return;
        const run = (): void => {
          const { ok, detail } = verdict(c, i);
          expect(ok, detail).toBe(true);
        };
        // A known miss: the case records it and fails loudly once the kit gets it right.
        (c.fails ? it.fails : it)(`${c.fw}: ${c.name}${c.want.length ? '' : ' (silent)'}`, run);
      });
    });
  }
  return root;
}
