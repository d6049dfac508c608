/** The project's Tailwind theme, read by the core with Node's file system (shared with the stylesheet rules). */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { readTailwindTheme, type TailwindTheme } from 'mitid-ux-kit/core';

export type { TailwindTheme };

export const tailwindTheme = (filename: string): TailwindTheme => readTailwindTheme(filename, { fs, path });
