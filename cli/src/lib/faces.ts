/**
 * What the command loads at run time: its own package (version), the kit's packages and the
 * linters it depends on. A package that cannot be loaded gives a clear message, not a stack trace.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The `mitid-ux` package root: dist/lib (built) or src/lib (tests) -> the folder holding package.json. */
export const PACKAGE_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export class UsageError extends Error {}
/** Something the run needs is missing (a browser, a package): exit 2 with advice. */
export class SetupError extends Error {}

export function packageVersion(): string {
  try {
    return (JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return '0.0.0';
  }
}

const require = createRequire(import.meta.url);

/** A file inside one of the command's dependencies (`stylelint-plugin-mitid/docs/...`), or undefined. */
export function dependencyFile(name: string, path: string): string | undefined {
  try {
    return join(dirname(require.resolve(`${name}/package.json`)), path);
  } catch {
    return undefined;
  }
}

/** Imports a dependency (eslint, stylelint, playwright-core, the kit's packages) or says how to install it. */
export async function importPeer<T>(name: string, why: string): Promise<T> {
  try {
    return (await import(name)) as T;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') throw new SetupError(`${why} needs the package "${name}", which is not installed: npm install --save-dev ${name}`);
    throw error;
  }
}
