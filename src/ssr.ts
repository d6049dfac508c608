/**
 * `mitid-ux-kit/ssr`: server rendering of `<mitid-button>` in HTML a framework or template engine
 * has already made (SvelteKit, Nuxt, Astro, Express): each tag gets its declarative shadow DOM
 * from @lit-labs/ssr, so the page shows the approved phrase in the brand look before any script
 * runs. Node only; the browser then hydrates it with
 * `import '@lit-labs/ssr-client/lit-element-hydrate-support.js'` loaded before the kit.
 */
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html, unsafeStatic } from 'lit/static-html.js';
import './components/mitid-button/define.js';

/** An opening tag not yet rendered (no declarative shadow root right after it); quoted values may hold `>`. */
const TAG = /<mitid-button\b((?:[^>"']|"[^"]*"|'[^']*')*)>(?!\s*<template\s[^>]*shadowroot)/gi;
const PAGE_LANG = /<html\b(?:[^>"']|"[^"]*"|'[^']*')*?\slang\s*=\s*["']?([A-Za-z]{2,3}(?:-[\w-]+)?)/i;
const OWN_LANG = /\slang\s*=/i;

export interface RenderOptions {
  /** The page's language, for HTML without its `<html>` tag (a body chunk); `<html lang>` wins. */
  lang?: string;
}

/**
 * The page (or a part of it) with every `<mitid-button>` server-rendered. The phrase's language is
 * the element's `lang`, else `<html lang>`, else `options.lang` (the browser also follows nearer
 * ancestors: give the element its own `lang` where the page mixes languages). The element's own
 * attributes are kept as written.
 */
export async function renderMitIDButtons(page: string, options: RenderOptions = {}): Promise<string> {
  const pageLang = PAGE_LANG.exec(page)?.[1] ?? options.lang;
  const out: string[] = [];
  let last = 0;
  for (const match of page.matchAll(TAG)) {
    const attrs = match[1] ?? '';
    const end = match.index + match[0].length;
    out.push(page.slice(last, end), await shadowRoot(pageLang && !OWN_LANG.test(attrs) ? `${attrs} lang="${pageLang}"` : attrs));
    last = end;
  }
  return last === 0 ? page : out.join('') + page.slice(last);
}

/** The declarative shadow root @lit-labs/ssr renders for a tag with these attributes. */
async function shadowRoot(attrs: string): Promise<string> {
  const rendered = await collectResult(render(html`<mitid-button ${unsafeStatic(attrs)}></mitid-button>`));
  const start = rendered.indexOf('<template');
  const end = rendered.lastIndexOf('</template>');
  return start < 0 || end < start ? '' : rendered.slice(start, end + '</template>'.length);
}
