#!/usr/bin/env node
/**
 * mitid-ux: the kit's command. `check` lints source files with the kit's ESLint and stylelint
 * rules; `audit` audits rendered pages in headless Chromium. Exit 0 clean, 1 findings, 2 errors.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { AUDIT_OPTIONS, auditRunOptions } from './lib/audit-options.js';
import { SetupError, UsageError, packageVersion } from './lib/faces.js';
import { FORMATS, formatGithub, formatJson, formatSarif, formatText, summaryLine, type Format } from './lib/format.js';
import { AUDIT_HELP, CHECK_HELP, MAIN_HELP } from './lib/help.js';
import { exitCode, type Report } from './lib/report.js';

const OPTIONS = {
  format: { type: 'string', short: 'f', default: 'text' },
  output: { type: 'string', short: 'o' },
  'max-warnings': { type: 'string' },
  progress: { type: 'boolean' },
  'no-progress': { type: 'boolean' },
  ...AUDIT_OPTIONS,
  config: { type: 'string', short: 'c' },
  quiet: { type: 'boolean', short: 'q' },
  strict: { type: 'boolean' },
  'skip-unsupported': { type: 'boolean' },
  'max-file-size': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

function megabytes(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!(n > 0)) throw new UsageError(`--${name} takes a size in megabytes, not "${value}"`);
  return Math.round(n * 1024 * 1024);
}

function number(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new UsageError(`--${name} takes a whole number, not "${value}"`);
  return n;
}

/** A progress line on standard error: rewritten in place on a terminal, one line per step otherwise. */
function progressLine(enabled: boolean, what: string): ((done: number, total: number, item?: string) => void) | undefined {
  if (!enabled) return undefined;
  const tty = process.stderr.isTTY;
  return (done, total, item) => {
    // The audit names each page it finished (a crawl's total grows as it finds links).
    const line = `mitid-ux: ${done}/${total} ${what}${item ? `: ${item}` : ''}`;
    if (tty && !item) process.stderr.write(`\r${line}${done === total ? '\n' : ''}`);
    else process.stderr.write(`${line}\n`);
  };
}

function render(report: Report, format: Format, toFile: boolean): string {
  if (format === 'json') return formatJson(report);
  if (format === 'sarif') return formatSarif(report, process.cwd(), packageVersion());
  if (format === 'github') return formatGithub(report);
  return formatText(report, !toFile && process.stdout.isTTY === true && !process.env.NO_COLOR);
}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  const [command, ...targets] = positionals;
  if (values.version) {
    process.stdout.write(`${packageVersion()}\n`);
    return 0;
  }
  if (values.help || !command) {
    process.stdout.write(command === 'check' ? CHECK_HELP : command === 'audit' ? AUDIT_HELP : MAIN_HELP);
    return values.help ? 0 : 2;
  }
  const format = values.format as Format;
  if (!FORMATS.includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, not "${values.format}"`);
  const maxWarnings = number('max-warnings', values['max-warnings']);
  const showProgress = values['no-progress'] ? false : (values.progress ?? process.stderr.isTTY === true);
  const cwd = process.cwd();

  let report: Report;
  if (command === 'check') {
    const { check } = await import('./lib/check.js');
    report = await check(targets.length ? targets : ['.'], {
      cwd,
      config: values.config,
      strict: values.strict,
      skipUnsupported: values['skip-unsupported'],
      maxFileBytes: megabytes('max-file-size', values['max-file-size']),
      onProgress: progressLine(showProgress, 'files linted (once per linter)'),
    });
  } else if (command === 'audit') {
    if (!targets.length && !values.sitemap?.length) throw new UsageError('audit needs at least one URL or HTML file (or --sitemap), e.g. mitid-ux audit http://localhost:3000/login');
    // Each command loads only what it runs: a check never loads the browser side, nor an audit the linters.
    const { auditPages } = await import('./lib/audit-pages.js');
    report = await auditPages(targets, { ...auditRunOptions(values, cwd), onProgress: progressLine(showProgress, 'pages audited') });
  } else {
    throw new UsageError(`unknown command "${command}": use check or audit (mitid-ux --help)`);
  }

  // --quiet: errors only, as ESLint's --quiet.
  if (values.quiet) {
    const errors = report.findings.filter((f) => f.severity === 'error');
    report.hiddenWarnings = report.findings.length - errors.length;
    report.findings = errors;
  }
  const text = render(report, format, values.output !== undefined);
  if (values.output) {
    try {
      writeFileSync(resolve(cwd, values.output), text);
    } catch (error) {
      throw new UsageError(`cannot write the report to ${values.output}: ${(error as Error).message}`);
    }
    process.stderr.write(`${summaryLine(report)} (report in ${values.output})\n`);
  } else process.stdout.write(text);
  // Errors also go to standard error, so they show even when the report is piped into a file.
  if (format !== 'text' || values.output) for (const e of report.errors) process.stderr.write(`mitid-ux: could not check ${e.target}: ${e.message}\n`);
  return exitCode(report, maxWarnings);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const known = error instanceof UsageError || error instanceof SetupError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
    // Node's parseArgs adds a hint about '--' that only confuses here.
    const message = known ? (error as Error).message.replace(/\. To specify a positional argument.*$/s, '') : (error as Error).stack;
    process.stderr.write(`mitid-ux: ${message}\n`);
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) process.stderr.write('Run mitid-ux --help for usage.\n');
    process.exitCode = 2;
  },
);
