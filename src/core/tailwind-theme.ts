/**
 * Whether a Tailwind palette class (`bg-blue-600`) keeps its default value in a file's project:
 * the nearest `tailwind.config.*` (v3) and the `@theme` blocks of the project's CSS (v4) may
 * redefine a hue or the whole palette. What the kit cannot read counts as redefined: a class is
 * reported only when its value is known. Read once per project directory, bounded. The core stays
 * free of Node: the caller hands in `node:fs` and `node:path` (both linters do).
 */

export interface TailwindTheme {
  /** The major version the project declares (package.json), if any. */
  version?: 3 | 4;
  /** The hue's value may not be Tailwind's default here. */
  redefined(hue: string): boolean;
}

/** The parts of `node:fs` and `node:path` the reading uses. */
export interface ProjectFileSystem {
  fs: {
    readdirSync(dir: string): string[];
    readFileSync(path: string, encoding: 'utf8'): string;
    statSync(path: string): { size: number };
  };
  path: { dirname(path: string): string; join(...parts: string[]): string };
}

const CONFIG = /^tailwind\.config\.(?:js|cjs|mjs|ts|cts|mts)$/;
const SKIP_DIRS = new Set(['node_modules', '.git', 'dist', 'build', 'out', '.next', '.nuxt', '.svelte-kit', 'coverage', 'vendor', '.turbo', '.cache']);
const MAX_ENTRIES = 3000;
const MAX_DEPTH = 6;
const MAX_CSS_BYTES = 512 * 1024;
const cache = new WeakMap<ProjectFileSystem['fs'], Map<string, TailwindTheme>>();

/** The major version of a dependency range (`^3.4.1` is 3), if it says one. */
function major(pkg: string): { version?: 3 | 4; declared: boolean } {
  let json: Record<string, Record<string, string> | undefined>;
  try {
    json = JSON.parse(pkg) as typeof json;
  } catch {
    return { declared: false };
  }
  const deps = { ...json['dependencies'], ...json['devDependencies'], ...json['peerDependencies'] };
  if (Object.keys(deps).some((d) => d.startsWith('@tailwindcss/') && d !== '@tailwindcss/forms' && d !== '@tailwindcss/typography' && d !== '@tailwindcss/aspect-ratio' && d !== '@tailwindcss/container-queries')) return { version: 4, declared: true };
  const range = deps['tailwindcss'];
  if (!range) return { declared: false };
  const m = /(?:^|[^\d.])([34])(?:\.|$|\s)/.exec(range);
  return { version: m ? (Number(m[1]) as 3 | 4) : undefined, declared: true };
}

/** Hues a theme text names as keys (`blue: {...}`, `'blue': ...`, `--color-blue-600`). */
const namesHue = (text: string, hue: string): boolean => new RegExp(`(?:^|[\\s{,'"])${hue}['"]?\\s*:|--color-${hue}-`).test(text);

/** A v3 config: whole palette unknown when `colors` is set outside `extend`, a preset is used or a local file is imported. */
function configRedefines(text: string): (hue: string) => boolean {
  if (/\bpresets\s*:|(?:require\(|from\s+|import\()\s*['"]\.{1,2}\//.test(text)) return () => true;
  const extendAt = [...text.matchAll(/\bextend\s*:\s*\{/g)].map((m) => {
    let depth = 0;
    const open = (m.index ?? 0) + m[0].length - 1;
    for (let i = open; i < text.length; i++) {
      if (text[i] === '{') depth++;
      else if (text[i] === '}' && --depth === 0) return [open, i] as const;
    }
    return [open, text.length] as const;
  });
  const colors = [...text.matchAll(/\bcolors\s*:/g)].map((m) => m.index ?? 0);
  if (colors.some((at) => !extendAt.some(([a, b]) => at > a && at < b))) return () => true;
  return colors.length ? (hue) => namesHue(text, hue) : () => false;
}

/** `@theme` blocks of the project's CSS (v4): `--color-*: initial` clears the palette, `--color-blue-600` redefines a hue. */
function cssRedefines(root: string, { read, list, join }: Files): (hue: string) => boolean {
  const themesText: string[] = [];
  let seen = 0;
  const walk = (dir: string, depth: number): void => {
    for (const name of list(dir)) {
      if (++seen > MAX_ENTRIES) return;
      const path = join(dir, name);
      if (/\.(?:css|scss|pcss|postcss)$/i.test(name)) {
        const text = read(path);
        if (text?.includes('@theme') || text?.includes('@config')) themesText.push(text);
      } else if (depth < MAX_DEPTH && !SKIP_DIRS.has(name) && !name.startsWith('.') && !name.includes('.')) walk(path, depth + 1);
    }
  };
  walk(root, 0);
  if (themesText.some((t) => /@config\b|--color-\*\s*:/.test(t))) return () => true;
  return (hue) => themesText.some((t) => namesHue(t, hue));
}

interface Files {
  read(path: string): string | undefined;
  list(dir: string): string[];
  join(...parts: string[]): string;
}

/** The Tailwind theme of the project a file belongs to (the nearest package.json declaring Tailwind, else the nearest one). */
export function readTailwindTheme(filename: string, { fs, path }: ProjectFileSystem): TailwindTheme {
  let themes = cache.get(fs);
  if (!themes) cache.set(fs, (themes = new Map()));
  const { dirname, join } = path;
  const files: Files = {
    read: (p) => {
      try {
        return fs.statSync(p).size <= MAX_CSS_BYTES ? fs.readFileSync(p, 'utf8') : undefined;
      } catch {
        return undefined;
      }
    },
    list: (dir) => {
      try {
        return fs.readdirSync(dir);
      } catch {
        return [];
      }
    },
    join,
  };
  const { read, list } = files;
  const start = dirname(filename);
  const hit = themes.get(start);
  if (hit) return hit;
  const configs: ((hue: string) => boolean)[] = [];
  let version: 3 | 4 | undefined;
  let root: string | undefined;
  let declared = false;
  for (let dir = start, i = 0; i < 20; i++) {
    const names = list(dir);
    for (const name of names) if (CONFIG.test(name)) configs.push(configRedefines(read(join(dir, name)) ?? 'presets:'));
    if (names.includes('package.json')) {
      const m = major(read(join(dir, 'package.json')) ?? '');
      root ??= dir;
      if (m.declared) {
        version = m.version;
        declared = true;
        root = dir;
        break;
      }
    }
    if (names.includes('.git')) break;
    const up = dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  // Only a project that declares Tailwind (v4 or an unknown version) is searched for `@theme` blocks.
  const css = root && declared && version !== 3 ? cssRedefines(root, files) : () => false;
  const theme: TailwindTheme = { version, redefined: (hue) => configs.some((c) => c(hue)) || css(hue) };
  themes.set(start, theme);
  return theme;
}
