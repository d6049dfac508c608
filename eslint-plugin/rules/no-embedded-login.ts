/**
 * mitid/no-embedded-login (L1-L3): the MitID login page is never shown inside an iframe, frame,
 * object, embed or a native web view; the core decides which addresses are MitID login pages.
 */
import type { Rule } from 'eslint';
import { stringElements, TEST_FILE } from '../adapters/strings.js';
import { analyzeMitIDUrl, fileNamesMitIDLogin, looksLikeLoginAddress, mayBeLoginAddress, namesMitIDFrame, webViewShowsMitIDLogin } from 'mitid-ux-kit/core';
import type { ElementView, Node, Range } from '../adapters/types.js';
import type { Analyzer } from '../analyzer.js';
import { dottedName, nodes, objectProperty, prop, unwrap } from '../ast.js';
import { createRule, elementListener, locOf } from '../rule.js';
import { inlineStyles } from '../styles.js';
import type { Variant } from '../variants.js';

interface Options {
  allowReauthIframe: boolean;
  webViewComponents: string[];
}

const FRAMES: Record<string, string> = { iframe: 'src', frame: 'src', embed: 'src', object: 'data' };
const ZERO = /^\s*0+(?:\.0*)?(?:px)?\s*$/;

export default createRule({
  name: 'no-embedded-login',
  meta: {
    type: 'problem',
    docs: { description: 'The MitID login page is never shown in an iframe, frame, object, embed or web view', recommended: true },
    schema: [
      {
        type: 'object',
        properties: {
          allowReauthIframe: { type: 'boolean', description: "Allow Signaturgruppen's re-authentication iframe (netseidbroker .../iframe) for known users." },
          webViewComponents: { type: 'array', items: { type: 'string' }, uniqueItems: true, description: 'Component names that are embedded web views (default: WebView).' },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ allowReauthIframe: false, webViewComponents: ['WebView'] }],
    messages: {
      embedded: 'The MitID login page must not be shown in <{{tag}}>: redirect the whole page to it (or, on desktop, open a popup).',
      reauthIframe: "Signaturgruppen's re-authentication iframe is allowed only for users already known by UUID or CPR: enable the allowReauthIframe option if that is the case.",
      webView: 'The MitID login page must not be shown in an embedded {{tag}}: open it with ASWebAuthenticationSession/SFSafariViewController (iOS) or Custom Tabs (Android).',
      namedFrame: 'This <{{tag}}> is named for MitID ("{{name}}"), so it shows the MitID login page, which must not be framed: redirect the whole page to it (or, on desktop, open a popup).',
      namedWebView: 'This {{tag}} is named for MitID ("{{name}}"), so it shows the MitID login page, which must not be embedded: open it with ASWebAuthenticationSession/SFSafariViewController (iOS) or Custom Tabs (Android).',
      loginPageFrame: 'This <{{tag}}> shows a login page ({{url}}) on a page about the MitID login, so the MitID login ends up framed: redirect the whole page to it (or, on desktop, open a popup).',
      loginPageWebView: 'This {{tag}} shows a login page ({{url}}) on a screen about the MitID login, so the MitID login ends up embedded: open it with ASWebAuthenticationSession/SFSafariViewController (iOS) or Custom Tabs (Android).',
    },
  },
  create(context, a) {
    const options: Options = { allowReauthIframe: false, webViewComponents: ['WebView'], ...(context.options[0] as Partial<Options> | undefined) };
    let pageNamesLogin: boolean | undefined;
    const namesLoginPage = (): boolean => (pageNamesLogin ??= fileNamesMitIDLogin(a.text));
    /**
     * `frame`: the element itself, when the address is written on it; its name (class, id, title,
     * or the variable holding the address) may say MitID where the address cannot.
     */
    const check = (variants: Variant[], range: Range, tag: string, webView: boolean, frame?: ElementView, urlNode?: Node): void => {
      for (const v of variants) {
        const r = analyzeMitIDUrl(v.segments);
        if (r.verdict !== 'yes' || r.silent) continue;
        if (r.reauthIframe && options.allowReauthIframe) continue;
        const messageId = webView ? 'webView' : r.reauthIframe ? 'reauthIframe' : 'embedded';
        context.report({ loc: locOf(context, range), messageId, data: { tag } });
        return;
      }
      if (!frame && !urlNode) return;
      const name = frameName(a, frame, urlNode);
      if (name && variants.some((v) => mayBeLoginAddress(v.segments))) {
        context.report({ loc: locOf(context, range), messageId: webView ? 'namedWebView' : 'namedFrame', data: { tag, name } });
        return;
      }
      // A web view on a screen about the MitID login that never opens the system browser shows the login embedded, whatever its address.
      const login = variants.find((v) => looksLikeLoginAddress(v.segments)) ?? (webView ? variants.find((v) => webViewShowsMitIDLogin(v.segments, a.text)) : undefined);
      if (login && namesLoginPage()) context.report({ loc: locOf(context, range), messageId: webView ? 'loginPageWebView' : 'loginPageFrame', data: { tag, url: login.segments.join('…').slice(0, 80) } });
    };
    // Frames made in script: `const f = document.createElement('iframe'); f.src = url`.
    const scriptFrames = new Map<string, string>();
    const script: Rule.RuleListener = {
      CallExpression(node) {
        const n = node as unknown as Node;
        const name = dottedName(prop(n, 'callee'));
        const args = nodes(n, 'arguments');
        if (name?.endsWith('createElement') && args[0]) {
          const tag = a.resolver.strings(args[0])?.[0]?.toLowerCase();
          const parent = n.parent;
          const id = parent?.type === 'VariableDeclarator' ? prop(parent, 'id') : parent?.type === 'AssignmentExpression' ? prop(parent, 'left') : undefined;
          if (tag && FRAMES[tag] && id?.type === 'Identifier') scriptFrames.set(id['name'] as string, tag);
        } else if (name?.endsWith('.setAttribute') && args[1]) {
          const owner = name.slice(0, name.lastIndexOf('.'));
          const tag = scriptFrames.get(owner);
          const attr = a.resolver.strings(args[0] as Node)?.[0]?.toLowerCase();
          if (tag && attr === FRAMES[tag]) check(a.resolver.text(args[1]), n.range, tag, false);
        }
      },
      AssignmentExpression(node) {
        const n = node as unknown as Node;
        const left = prop(n, 'left');
        const owner = left?.type === 'MemberExpression' ? dottedName(prop(left, 'object')) : undefined;
        const tag = owner && scriptFrames.get(owner);
        const right = prop(n, 'right');
        if (tag && right && dottedName(prop(left as Node, 'property')) === FRAMES[tag]) check(a.resolver.text(right), n.range, tag, false);
      },
    };
    const onElement = (view: ElementView): void => {
      const base = view.name.slice(view.name.lastIndexOf('.') + 1);
      if (view.component) {
        if (!options.webViewComponents.includes(base)) return;
        const source = a.attr(view, 'source');
        const first = source?.value?.parts[0];
        const object = first && typeof first !== 'string' ? a.resolver.object(unwrap(first)) : undefined;
        const uri = object && objectProperty(object, 'uri');
        const uriValue = uri && prop(uri, 'value');
        if (uri) check(a.resolver.text(uri), view.nameRange, base, true, view, uriValue);
        else if (a.attr(view, 'uri') ?? a.attr(view, 'src')) check(a.attrText(a.attr(view, 'uri') ?? a.attr(view, 'src')), view.nameRange, base, true, view, onlyNode(a.attr(view, 'uri') ?? a.attr(view, 'src')));
        return;
      }
      const tag = view.name.toLowerCase();
      const urlAttr = FRAMES[tag];
      if (!urlAttr) return;
      const url = a.attr(view, urlAttr);
      if (!url || isHidden(a, view)) return;
      check(a.attrText(url), view.nameRange, tag, false, view, onlyNode(url));
    };
    // Markup in strings and untagged template literals (`el.innerHTML = '<iframe src="…">'`), read like an .html file.
    if (!TEST_FILE.test(context.filename)) script['Literal, TemplateLiteral'] = (node: Rule.Node) => stringElements(node as unknown as Node, a.text).forEach(onElement);
    return elementListener(context, a, onElement, script);
  },
});

/** A frame nobody sees (zero size, `hidden`, display:none) is a silent helper, not a login page shown. */
function isHidden(a: Analyzer, view: Parameters<Analyzer['attr']>[0]): boolean {
  if (a.attr(view, 'hidden')) return true;
  const zero = (name: string): boolean => !!a.attr(view, name) && a.attrText(a.attr(view, name)).every((v) => ZERO.test(v.segments.join('')));
  if (zero('width') || zero('height')) return true;
  return inlineStyles(a, view).some((d) => (d.property === 'display' && d.value === 'none') || (d.property === 'visibility' && d.value === 'hidden') || ((d.property === 'width' || d.property === 'height') && ZERO.test(d.value)));
}

/** The one script expression an attribute holds (`src={url}`, `:src="loginUrl"`), if that is all it holds. */
function onlyNode(attr: ReturnType<Analyzer['attr']>): Node | undefined {
  const parts = attr?.value?.parts ?? [];
  return parts.length === 1 && typeof parts[0] !== 'string' ? (parts[0] as Node) : undefined;
}

const NAME_ATTRS = ['class', 'id', 'name', 'title', 'aria-label', 'data-testid', 'data-test', 'data-cy', 'testid'];

/** The frame's own name, when it says MitID: an attribute (`class="mitid-frame"`), or the name of what holds its address (`src={mitidLoginUrl}`). */
function frameName(a: Analyzer, frame: ElementView | undefined, urlNode: Node | undefined): string | undefined {
  for (const attr of frame?.attrs ?? []) {
    if (!NAME_ATTRS.includes(attr.name)) continue;
    for (const v of a.attrText(attr)) {
      const text = v.segments.join(' ').trim();
      if (text && namesMitIDFrame(text)) return text;
    }
  }
  const held = urlNode && unwrap(urlNode);
  const name = held && (held.type === 'Identifier' || held.type === 'MemberExpression') ? dottedName(held) : undefined;
  return name && namesMitIDFrame(name) ? name : undefined;
}
