/**
 * The kit's other faces, loaded from the built package at run time (dist/ beside this file), so a
 * face that is missing gives a clear message rather than a crash.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The package root: dist/bin/lib -> the folder holding package.json. */
export const PACKAGE_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const DIST = join(PACKAGE_ROOT, 'dist');

export class UsageError extends Error {}
/** Something the run needs is missing (a browser, a face, a peer dependency): exit 2 with advice. */
export class SetupError extends Error {}

export function packageVersion(): string {
  try {
    return (JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return '0.0.0';
  }
}

/** Imports a built face (path inside dist/), or explains what is missing. */
export async function importFace<T>(distPath: string, what: string): Promise<T> {
  const file = join(DIST, distPath);
  if (!existsSync(file)) throw new SetupError(`${what} is not built (${file} is missing). Run \`npm run build\` in mitid-ux-kit.`);
  return (await import(pathToFileURL(file).href)) as T;
}

/** Imports a peer dependency (eslint, stylelint, playwright-core) or says how to install it. */
export async function importPeer<T>(name: string, why: string): Promise<T> {
  try {
    return (await import(name)) as T;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_MODULE_NOT_FOUND') throw new SetupError(`${why} needs the package "${name}": npm install --save-dev ${name}`);
    throw error;
  }
}
