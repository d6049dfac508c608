/**
 * mitid/approved-text (B7, B8, B10): the visible text and the accessible name of every MitID
 * call to action is exactly one of the ten approved phrases, in every branch and language.
 */
import type { Rule } from 'eslint';
import { approvedPhrase, classifyText, identifierNamesMitIDCta, isLogoutText, namesMitID, namesMitIDButtonHelper, namesOtherProvider, type TextClassification } from 'mitid-ux-kit/core';
import { stringElements, TEST_FILE } from '../adapters/strings.js';
import type { ElementView, Node, Range } from '../adapters/types.js';
import { dottedName, keyName, nodes, objectProperty, prop, unwrap } from '../ast.js';
import { DomText } from '../dom-text.js';
import { handlerWrites } from '../handler-writes.js';
import { scriptPrograms } from '../listeners.js';
import type { HtmlServices } from '../adapters/html.js';
import { createRule, elementListener, locOf } from '../rule.js';
import { isBlank, judgedText, type Variant } from '../variants.js';

interface Options {
  allowUnaccentedAccept: boolean;
  reportUnverifiable: boolean;
  checkAriaLabel: boolean;
}

const DEFAULTS: Options = { allowUnaccentedAccept: false, reportUnverifiable: false, checkAriaLabel: true };
const LOGIN = `"${approvedPhrase('login', 'da')}" or "${approvedPhrase('login', 'en')}"`;
const HELPER_LABELS = ['label', 'text', 'title', 'buttonText', 'buttonLabel', 'children'];
const stripTags = (html: string): string => html.replace(/<[^>]*>/g, ' ');
const short = (text: string): string => (text.length > 60 ? `${text.slice(0, 57)}...` : text);

export default createRule({
  name: 'approved-text',
  meta: {
    type: 'problem',
    hasSuggestions: true,
    docs: { description: 'The text of a MitID call to action is exactly one of the ten approved phrases', recommended: true },
    schema: [
      {
        type: 'object',
        properties: {
          allowUnaccentedAccept: { type: 'boolean', description: 'Also accept Signaturgruppen\'s "Accepter med MitID".' },
          reportUnverifiable: { type: 'boolean', description: 'Report MitID calls to action whose text cannot be resolved statically.' },
          checkAriaLabel: { type: 'boolean', description: 'Check aria-label (the accessible name) too.' },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [DEFAULTS],
    messages: {
      useApprovedPhrase: '"{{text}}" is not an approved MitID phrase: use "{{phrase}}".',
      useApprovedPhraseInCatalog: 'Message "{{key}}" ({{lang}}) reads "{{text}}", not an approved MitID phrase: use "{{phrase}}".',
      notAPhrase: 'A MitID call to action reads "{{text}}": its text must be an approved phrase, such as {{phrases}}.',
      notAPhraseForItem: 'For the item "{{item}}" of {{list}}, this MitID call to action reads "{{text}}": its text must be an approved phrase, such as {{phrases}}.',
      ariaLabelNotPhrase: 'The accessible name "{{text}}" of a MitID call to action must be the approved phrase itself ("{{phrase}}"), so that it matches the visible text.',
      noTextInState: 'In one of its states this MitID call to action shows no text (only a spinner or an icon): keep an approved phrase visible, such as {{phrases}}.',
      noVisibleText: 'This MitID call to action shows no text (only a logo, an icon or an aria-label): show an approved phrase, such as {{phrases}}.',
      unverifiable: 'The text of this MitID call to action cannot be checked statically; make sure it is an approved phrase, such as {{phrases}}.',
      replaceWithPhrase: 'Replace with "{{phrase}}".',
    },
  },
  create(context, a) {
    const options: Options = { ...DEFAULTS, ...(context.options[0] as Partial<Options> | undefined) };
    // Per file: a CTA inside another (shadcn's <Button asChild><a>) shares its text; report it once.
    const seen = new Set<string>();
    // Code of this file: its program, a Vue template, or the `<script>` blocks of its markup (HTML, Svelte).
    const html = (context.sourceCode.parserServices as Partial<HtmlServices> | undefined)?.mitidHtml;
    const inFile = (program: Node): boolean => program === (context.sourceCode.ast as unknown as Node) || program.type === 'VDocumentFragment' || (!!html && scriptPrograms(html.roots).includes(program));
    const onElement = (view: ElementView): void => {
      const id = a.identity(view);
      if (!id || id.role === 'mitid-button' || !a.isMitIDCta(view)) return;
      // Named MitID by code, logo or behaviour, or by one of its texts being a MitID phrase: then every
      // text it can show (loading, error and retry states too) is a MitID call to action's text.
      const byCode = a.isMitIDAction(view);
      // Its own click handler writes a state text into it (`(e.target as HTMLElement).textContent = 'Vent…'`).
      if (byCode) for (const w of handlerWrites(view, a.behaviour, a.text, inFile)) check(context, { nameRange: w.value.range }, writtenText(a.resolver.text(w.value), w), { options, byCode: true, aria: false, seen });
      // A component with neither children nor a label prop renders text the linter cannot see.
      const opaque = !!a.componentName(view) && view.children.length === 0 && !a.labelProp(view) && !a.brokerText(view);
      const label = a.ariaLabel(view);
      const texts = opaque ? [] : a.elementText(view);
      if (!opaque && byCode && texts.length > 0 && texts.every((v) => isBlank(v) || a.showsOnlyLogo(view, v))) {
        // A logo-only or icon-only CTA (an aria-label or a logo's alt beside it is no visible text): one report.
        context.report({ loc: locOf(context, view.nameRange), messageId: 'noVisibleText', data: { phrases: LOGIN } });
        return;
      }
      // Rendered once per item of a data list (lists.ts): another eID's instance is no MitID call to action.
      const instance = { of: (v: Variant) => a.ofMitIDItem(v), item: (v: Variant) => a.mitidItem(view, v) };
      if (!opaque) check(context, view, texts, { options, byCode, aria: false, seen, ...instance });
      else if (options.reportUnverifiable) context.report({ loc: locOf(context, view.nameRange), messageId: 'unverifiable', data: { phrases: LOGIN } });
      if (label && options.checkAriaLabel) check(context, view, a.attrText(label), { options, byCode, aria: true, at: label.range, seen, ...instance });
      if (label && options.checkAriaLabel && !opaque) labelInName(context, texts, a.attrText(label), label.range, options);
    };
    if (TEST_FILE.test(context.filename)) return elementListener(context, a, onElement);
    const dom = new DomText(context, (n) => a.resolver.strings(n));
    // `renderMitIDButton('Log ind med MitId')`, `createMitIDButton(el, { label })`: the label argument is the CTA's text.
    const helperLabels = (call: Node): void => {
      if (!namesMitIDButtonHelper(dottedName(prop(call, 'callee')) ?? '')) return;
      for (const arg of nodes(call, 'arguments')) {
        const labels = arg.type === 'ObjectExpression' ? HELPER_LABELS.map((k) => objectProperty(arg, k)).filter((v): v is Node => !!v) : [];
        // A bare argument counts when its text names MitID (a selector or an options object does not).
        if (labels.length === 0 && arg.type !== 'ObjectExpression') {
          const texts = a.resolver.text(arg).filter((v) => v.segments.some(namesMitID));
          if (texts.length) check(context, { nameRange: arg.range }, texts, { options, byCode: false, aria: false, seen });
        }
        for (const label of labels) check(context, { nameRange: label.range }, a.resolver.text(label), { options, byCode: true, aria: false, seen });
      }
    };
    // react-intl descriptors (`defineMessages({ loginMitId: { id, defaultMessage } })`): a message whose key or id names the
    // MitID call to action is its text, wherever the button that shows it lives.
    const descriptors = (call: Node): void => {
      const fn = dottedName(prop(call, 'callee'));
      const arg = nodes(call, 'arguments')[0];
      if ((fn !== 'defineMessages' && fn !== 'defineMessage') || arg?.type !== 'ObjectExpression') return;
      const entries = fn === 'defineMessage' ? [{ key: '', value: arg }] : nodes(arg, 'properties').map((p) => ({ key: keyName(p) ?? '', value: prop(p, 'value') }));
      for (const { key, value } of entries) {
        const message = value?.type === 'ObjectExpression' ? objectProperty(value, 'defaultMessage') : undefined;
        const id = value?.type === 'ObjectExpression' ? a.resolver.strings(objectProperty(value, 'id') as Node)?.[0] : undefined;
        if (message && (identifierNamesMitIDCta(key) || identifierNamesMitIDCta(id ?? ''))) check(context, { nameRange: message.range }, a.resolver.text(message), { options, byCode: false, aria: false, seen });
      }
    };
    return elementListener(context, a, onElement, {
      // Markup in strings and untagged template literals, read like an .html file.
      'Literal, TemplateLiteral': (node: Node) => stringElements(node, a.text).forEach(onElement),
      // Text written into a MitID CTA from script: `btn.textContent = 'Bekræfter…'`, `$('#mitid').text(...)`.
      'AssignmentExpression, CallExpression': (node: Node) => {
        if (node.type === 'CallExpression') {
          helperLabels(node);
          descriptors(node);
        }
        const write = DomText.write(node);
        if (!write || (write.html && stringElements(unwrap(write.value), a.text).length > 0) || !dom.isMitIDElement(write.target)) return;
        check(context, { nameRange: write.value.range }, writtenText(a.resolver.text(write.value), write), { options, byCode: true, aria: false, seen });
      },
    } as unknown as Rule.RuleListener);
  },
});

/**
 * The text a DOM write shows: markup's tags dropped; markup without text that replaces the content
 * (`innerHTML = '<span class="spinner"></span>'`) is a state that shows none. Appended markup is not.
 */
function writtenText(variants: Variant[], write: { html: boolean; adds?: true }): Variant[] {
  return variants.map((v) => {
    if (!write.html || !v.segments.some((t) => t.includes('<'))) return v;
    const segments = v.segments.map(stripTags);
    return !write.adds && segments.length === 1 && !segments[0]?.trim() ? { segments, shownEmpty: true } : { segments };
  });
}

const approvedOf = (variants: Variant[], options: Options): string[] | undefined => {
  const out: string[] = [];
  for (const v of variants) {
    const text = judgedText(v);
    const c = text === undefined ? undefined : classifyText(text, options);
    if (c?.kind !== 'approved') return undefined;
    out.push(c.phrase);
  }
  return out;
};

/**
 * An approved aria-label that is another phrase than the approved visible text ("Log ind med
 * MitID" read out for "Log on with MitID"): label in name (WCAG 2.5.3) asks for the same words.
 */
function labelInName(context: Rule.RuleContext, text: Variant[], label: Variant[], at: Range, options: Options): void {
  const shown = new Set(approvedOf(text, options));
  const named = approvedOf(label, options);
  if (shown.size !== 1 || !named) return;
  const [phrase] = [...shown] as [string];
  for (const [i, name] of named.entries()) {
    const source = label[i]?.source;
    if (name === phrase) continue;
    const suggest: Rule.SuggestionReportDescriptor[] = source ? [{ messageId: 'replaceWithPhrase', data: { phrase }, fix: (fixer) => fixer.replaceTextRange(source.range, `${source.quote}${phrase}${source.quote}`) }] : [];
    context.report({ loc: locOf(context, source?.range ?? at), messageId: 'ariaLabelNotPhrase', data: { text: name, phrase }, suggest });
  }
}

interface How {
  options: Options;
  byCode: boolean;
  aria: boolean;
  at?: Range;
  seen: Set<string>;
  /** The text is a MitID instance's (not another list item's). */
  of?: (v: Variant) => boolean;
  /** The list item whose instance reads the text, to name in the report. */
  item?: (v: Variant) => { name: string; list: string } | undefined;
}

function check(context: Rule.RuleContext, view: { nameRange: Range }, variants: Variant[], how: How): void {
  const { seen } = how;
  let unverifiableReported = false;
  for (const v of variants) {
    if (how.of && !how.of(v)) continue;
    const text = judgedText(v);
    if (text === undefined) {
      if (how.options.reportUnverifiable && !unverifiableReported) {
        unverifiableReported = true;
        context.report({ loc: locOf(context, v.translation?.node.range ?? how.at ?? view.nameRange), messageId: 'unverifiable', data: { phrases: LOGIN } });
      }
      continue;
    }
    // A branch that renders nothing (`{error && ...}`) is no text to judge; one that renders only
    // a spinner or an icon is a state of a MitID call to action without its phrase.
    if (!text.trim()) {
      const at = how.at ?? view.nameRange;
      if (v.shownEmpty && how.byCode && !how.aria && !seen.has(`empty|${at.join()}`)) {
        seen.add(`empty|${at.join()}`);
        context.report({ loc: locOf(context, at), messageId: 'noTextInState', data: { phrases: LOGIN } });
      }
      continue;
    }
    // One button for several providers (`provider === 'google' ? 'Google' : 'MitID'`): a branch naming another is that provider's text.
    if (namesOtherProvider(text)) continue;
    // A login/logout button (`user ? 'Log ud' : 'Log ind med MitID'`): logging out starts no MitID flow.
    if (isLogoutText(text)) continue;
    const c = classifyText(text, { allowUnaccentedAccept: how.options.allowUnaccentedAccept });
    if (c.kind === 'approved') continue;
    // Words that mention MitID without a call to action ("Hvad er MitID?") are no button text,
    // unless code names the element a MitID button.
    if (c.kind === 'other' && !how.byCode) continue;
    // A text that is no phrase in a list item's instance ("MitID" alone, a "Verify" every item shows): the fix is in the element, once.
    const item = c.kind !== 'near-miss' && !v.translation?.lang ? how.item?.(v) : undefined;
    const range = item ? (how.at ?? view.nameRange) : (v.source?.range ?? v.translation?.node.range ?? how.at ?? view.nameRange);
    const key = `${c.text}|${v.translation?.lang ?? ''}|${range.join()}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (item) context.report({ loc: locOf(context, range), messageId: 'notAPhraseForItem', data: { text: short(c.text), item: item.name, list: item.list, phrases: LOGIN } });
    else report(context, c, v, range, how.aria);
  }
}

function report(context: Rule.RuleContext, c: TextClassification, v: Variant, range: Range, aria: boolean): void {
  const text = short(c.text);
  const loc = locOf(context, range);
  if (c.kind !== 'near-miss') {
    context.report({ loc, messageId: 'notAPhrase', data: { text, phrases: LOGIN } });
    return;
  }
  const phrase = c.suggestion;
  const suggest: Rule.SuggestionReportDescriptor[] = [];
  const source = v.source;
  if (source && !v.translation?.lang) {
    suggest.push({ messageId: 'replaceWithPhrase', data: { phrase }, fix: (fixer) => fixer.replaceTextRange(source.range, `${source.quote}${phrase}${source.quote}`) });
  }
  if (v.translation?.lang) {
    context.report({ loc, messageId: 'useApprovedPhraseInCatalog', data: { key: v.translation.key, lang: v.translation.lang, text, phrase } });
  } else context.report({ loc, messageId: aria ? 'ariaLabelNotPhrase' : 'useApprovedPhrase', data: { text, phrase }, suggest });
}
