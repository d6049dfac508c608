/**
 * Where a file's stack keeps its message catalogs: the nearest folder above it that a build tool
 * of its stack treats as the project (Laravel's composer.json, Gradle, Flutter, .NET, Django ...).
 * Catalogs are looked for from there, so a file checked from another folder, or in a monorepo,
 * reads its own project's catalogs and no other's.
 */
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

const MARKERS = ['composer.json', 'package.json', 'pubspec.yaml', 'build.gradle', 'build.gradle.kts', 'settings.gradle', 'settings.gradle.kts', 'pom.xml', 'manage.py', 'pyproject.toml', 'Gemfile', 'go.mod', '.git'];
const DOTNET = /\.(?:csproj|sln|slnx)$/;

function isRoot(dir: string): boolean {
  if (MARKERS.some((m) => existsSync(join(dir, m)))) return true;
  try {
    return readdirSync(dir).some((n) => DOTNET.test(n));
  } catch {
    return false;
  }
}

export function stackRoot(file: string, cwd: string): string {
  for (let dir = dirname(file); ; dir = dirname(dir)) {
    if (isRoot(dir)) return dir;
    if (dirname(dir) === dir) break;
  }
  const inside = !relative(cwd, file).startsWith('..');
  return inside ? cwd : dirname(file);
}
