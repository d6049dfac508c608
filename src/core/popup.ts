/**
 * window.open features for a MitID popup (L7): large enough for the 400 x 588 box plus the
 * broker page and browser chrome, with scrollbars and resizing left on.
 */
import { POPUP_MIN } from './tokens.js';

export type PopupProblem =
  | { kind: 'too-narrow'; widthPx: number; minPx: number }
  | { kind: 'too-short'; heightPx: number; minPx: number }
  | { kind: 'no-scrollbars' }
  | { kind: 'not-resizable' };

/**
 * Parses a window.open feature string the way the HTML standard tokenises it: names and values
 * separated by "=", features by "," or white space, case-insensitive names.
 */
export function parseWindowFeatures(features: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const part of String(features).split(',')) {
    const [name = '', value = ''] = part.split('=').map((s) => s.trim());
    if (name) map.set(name.toLowerCase(), value.toLowerCase());
  }
  return map;
}

const OFF = new Set(['no', '0', 'false', 'off']);

function sizeOf(map: Map<string, string>, ...names: string[]): number | undefined {
  for (const name of names) {
    const raw = map.get(name);
    if (raw === undefined) continue;
    const n = Number.parseFloat(raw);
    if (Number.isFinite(n)) return n;
  }
  return undefined;
}

/** Problems with a popup's features; an empty list when it is fine (or opens as a tab). */
export function checkPopupFeatures(features: string, min: { widthPx: number; heightPx: number } = POPUP_MIN): PopupProblem[] {
  const map = parseWindowFeatures(features);
  const problems: PopupProblem[] = [];
  const width = sizeOf(map, 'width', 'innerwidth');
  const height = sizeOf(map, 'height', 'innerheight');
  if (width !== undefined && width < min.widthPx) problems.push({ kind: 'too-narrow', widthPx: width, minPx: min.widthPx });
  if (height !== undefined && height < min.heightPx) problems.push({ kind: 'too-short', heightPx: height, minPx: min.heightPx });
  const scrollbars = map.get('scrollbars');
  if (scrollbars !== undefined && OFF.has(scrollbars)) problems.push({ kind: 'no-scrollbars' });
  const resizable = map.get('resizable');
  if (resizable !== undefined && OFF.has(resizable)) problems.push({ kind: 'not-resizable' });
  return problems;
}

/** The feature string the kit opens a MitID popup with, centred on the opener when the screen is known. */
export function popupFeatures(size: { widthPx: number; heightPx: number }, screen?: { left: number; top: number; width: number; height: number }): string {
  const parts = [`popup=yes`, `width=${size.widthPx}`, `height=${size.heightPx}`];
  if (screen) {
    parts.push(`left=${Math.max(0, Math.round(screen.left + (screen.width - size.widthPx) / 2))}`);
    parts.push(`top=${Math.max(0, Math.round(screen.top + (screen.height - size.heightPx) / 2))}`);
  }
  parts.push('scrollbars=yes', 'resizable=yes');
  return parts.join(',');
}
