/**
 * mitid-ux as a library: the `check` command's engine and its output formats, for build tools and
 * editors that want the same findings as `npx mitid-ux check`.
 */
export { check, type CheckOptions } from './lib/check.js';
export { lintFiles, type LintOptions, type LanguageHook } from './lib/lint-files.js';
export { collectFiles, readersOf } from './lib/files.js';
export { ProjectResolver, discoverCatalogs, type ProjectSettings } from './lib/project.js';
export { readSource } from './lib/read.js';
export { formatGithub, formatJson, formatSarif, formatText, summaryLine, FORMATS, type Format } from './lib/format.js';
export { exitCode, newReport, type Finding, type Report, type RunError } from './lib/report.js';
