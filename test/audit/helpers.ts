// Shared set-up for the audit's browser tests: the brand font loaded at document level, a
// compliant button's CSS, and a fresh container per test.
// The kit's own shipped subset (the @ibm/plex-sans package is fetched only by scripts/build-fonts.mjs).
const FONT_URL = '/assets/fonts/IBMPlexSans-SemiBold-Latin1.woff2';

/** A compliant MitID button's CSS (the values of the rules sheet, written as a team would). */
export const BRAND_CSS = `
  .brand { display: inline-flex; align-items: center; gap: 8px; box-sizing: border-box; height: 48px;
    padding: .25rem .75rem .25rem 1rem; border: 0; border-radius: 4px; background: #0060e6; color: #fff;
    font: 600 16px "IBM Plex Sans", Helvetica, Arial, sans-serif; text-decoration: none; cursor: pointer; }`;

export const FONT_FACE = `@font-face { font-family: "IBM Plex Sans"; font-weight: 600; src: url(${FONT_URL}) format("woff2"); }`;

let fontReady: Promise<unknown> | undefined;

/** Loads IBM Plex Sans SemiBold once for the whole document. */
export function loadBrandFont(): Promise<unknown> {
  if (!fontReady) {
    const style = document.createElement('style');
    style.textContent = FONT_FACE + BRAND_CSS;
    document.head.append(style);
    fontReady = document.fonts.load('600 16px "IBM Plex Sans"');
  }
  return fontReady;
}

/** A fresh container holding `html`, removed by `cleanup()`. */
export function mount(html: string): HTMLElement {
  const host = document.createElement('div');
  host.className = 'audit-fixture';
  host.innerHTML = html;
  document.body.append(host);
  return host;
}

export function cleanup(): void {
  for (const el of document.querySelectorAll('.audit-fixture')) el.remove();
}

/** A same-origin iframe with its own document (its own fonts), loaded. */
export async function frameWith(html: string, attrs = 'width="600" height="300"'): Promise<HTMLIFrameElement> {
  const host = mount(`<iframe ${attrs}></iframe>`);
  const frame = host.querySelector('iframe') as HTMLIFrameElement;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = html;
  await loaded;
  return frame;
}
