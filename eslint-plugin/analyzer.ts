/**
 * Per-file facts about elements, shared by every rule: what an element is (button, link,
 * clickable div ...), what text it can render, and whether it is a MitID call to action.
 * The core answers every brand question; this file only reads code.
 */
import { analyzeMitIDUrl, brokerComponent, identifierWords, namesLoginCall, classifyText, hasIntentVerb, identifierNamesMitID, identifierNamesMitIDCta, isAction, isBareMitID, isDismissText, isRemoveText, isDisplayClass, isScreenReaderOnlyClass, linksToMitIDLogin, MITID_ACR_PREFIX, namesMitID, visibleScreens, type BrokerComponent } from 'mitid-ux-kit/core';
import type { HtmlServices } from './adapters/html.js';
import { styledComponentTargets } from './style-objects.js';
import { isLitTag, litBindings, litChildren } from './adapters/lit.js';
import { jsxChildren, jsxElement } from './adapters/jsx.js';
import { once } from './adapters/once.js';
import { propDefault } from './adapters/prop-defaults.js';
import { childNodes, dottedName, keyName, nodes, objectProperty, prop, unwrap } from './ast.js';
import type { AttrView, ChildView, Context, ElementView, Node } from './adapters/types.js';
import { componentCatalogs, loadCatalogs, withOwnMessages, type Catalogs } from './catalogs.js';
import { Resolver } from './resolve.js';
import { readSettings, type MitIDSettings } from './settings.js';
import { Behaviour } from './behaviour.js';
import { submitsMitIDForm } from './forms.js';
import { isGraphic } from './graphics.js';
import { Listeners, scriptPrograms } from './listeners.js';
import { Owners } from './owner.js';
import { itemIdentity, itemName, type Item, type ItemIdentity } from './lists.js';
import { concat, either, isComplete, known, judgedText, markEmpty, onScreens, sameItem, SOFT_UNKNOWN, textOf, UNKNOWN, type Variant } from './variants.js';
import { branchesOf, conditionOf, conditionOfText } from './conditions.js';

/** What a clickable element is, as far as MitID's rule B1 cares. */
export type Role = 'button' | 'link' | 'mitid-button' | 'input' | 'native' | 'clickable';
export interface Identity {
  role: Role;
  /** The HTML element it renders, when known (`a`, `div`, `button`). */
  tag?: string;
}

const NATIVE_PRESSABLES = new Set(['Pressable', 'TouchableOpacity', 'TouchableHighlight', 'TouchableWithoutFeedback', 'TouchableNativeFeedback']);
/** Components that act when clicked, by the last word of their name (`DropdownMenuItem`, `CommandItem`, `ListItemButton`). */
const BUTTON_LIKE = /(?:Item|Action)$/;
const INPUT_BUTTONS = new Set(['button', 'submit', 'reset', 'image']);
const CLICK_EVENTS = new Set(['click', 'press', 'keydown', 'keyup', 'keypress', 'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'tap', 'dblclick']);
/** Words of running text a link sits in, counted in its parent's own text (JSX, Vue and parse5 trees); three make a sentence. */
function inRunningText(view: ElementView, text: string, mdx: boolean): boolean {
  // MDX keeps markdown prose out of the tree: the words on the element's own lines around it count there.
  if (mdx) {
    const start = text.lastIndexOf('\n', view.range[0] - 1) + 1;
    const end = text.indexOf('\n', view.range[1]);
    const around = `${text.slice(start, view.range[0])} ${text.slice(view.range[1], end < 0 ? undefined : end)}`.replace(/<[^>]*>/g, ' ');
    return (around.match(/\p{L}+/gu) ?? []).length >= 3;
  }
  const key = view.key as { parent?: unknown; parentNode?: unknown };
  const parent = (key.parentNode ?? key.parent) as { childNodes?: unknown[]; children?: unknown[] } | undefined;
  const siblings = (parent?.childNodes ?? parent?.children ?? []).slice(0, 200) as { nodeName?: string; type?: string; value?: unknown }[];
  let words = 0;
  for (const s of siblings) {
    if (s === key || !(s.nodeName === '#text' || s.type === 'JSXText' || s.type === 'VText') || typeof s.value !== 'string') continue;
    words += (s.value.match(/\p{L}+/gu) ?? []).length;
  }
  return words >= 3;
}

/** Words of a click handler that changes the page's own state (a toggle, a tab, a filter), never a login. */
const PAGE_HANDLER_WORDS = new Set(['toggle', 'tab', 'tabs', 'filter', 'expand', 'collapse', 'show', 'hide', 'active', 'highlight', 'sort', 'select', 'preview']);

/** Block text inside a link makes it a card or teaser (`<a><h3>Med MitID</h3><p>…</p></a>`), not a call to action. */
const BLOCK_TEXT = /^(?:h[1-6]|p)$/i;
const NAMING_ATTRS = /^(?:class|id|name|data-.*|testid|testID|key|slot|part)$/i;
/** Test ids name the element; other data-* values are data (`data-method="mitid"` on a settings row). */
const TEST_IDS = /^(?:data-(?:testid|test-id|test|cy|qa|e2e|pw|automation-id)|testid)$/i;
/** Roles and states of controls that are not calls to action (a switch "Aktivér MitID-login", a disclosure). */
const NON_CTA_ROLES = new Set(['switch', 'checkbox', 'radio', 'tab', 'menuitemcheckbox', 'menuitemradio', 'option', 'treeitem', 'slider', 'heading', 'tooltip']);
const TOGGLE_STATES = ['aria-checked', 'aria-pressed', 'aria-expanded'];
/** Where a link or form goes. */
const TARGET_ATTRS = ['href', 'action', 'formaction', 'to'];
/** Attributes that make an element render or not, and whether it shows when their test is true (`[hidden]="busy"`: when false). */
const CONDITIONAL_ATTRS: [string, boolean][] = [['*ngif', true], ['v-show', true], ['x-show', true], ['x-if', true], ['hidden', false]];
/** Props that carry a component's label when it has no children (`<Button title>`, `buttonLabel`, `:button-label`). */
export const LABEL_PROPS = ['title', 'label', 'text', 'buttonlabel', 'button-label', 'buttontext', 'button-text', 'children'];
/** Icon fonts draw their ligature text as one glyph: Angular Material's <mat-icon>, Ionic's <ion-icon>, Material Icons/Symbols classes. */
const ICON_ELEMENT = /^(?:mat|ion|md|mwc|sl|q|v)-?icon$/i;
const ICON_FONT = /^(?:material-icons(?:-\w+)?|material-symbols-\w+)$/;
/** An imported image (`./mitid.svg`, `@/assets/mitid-logo.png?url`). */
const IMAGE_FILE = /\.(?:svg|png|jpe?g|gif|webp|avif)(?:\?[\w&=]*)?$/i;
const TRANSLATION_COMPONENTS: Record<string, string> = { FormattedMessage: 'id', Trans: 'i18nkey', Translate: 'id', I18nT: 'keypath', 'i18n-t': 'keypath' };

export class Analyzer {
  readonly settings: MitIDSettings;
  readonly catalogs: Catalogs | undefined;
  readonly resolver: Resolver;
  readonly text: string;
  private readonly identities = new WeakMap<object, Identity | null>();
  private readonly texts = new WeakMap<object, Variant[]>();
  private readonly mitids = new WeakMap<object, boolean>();
  private readonly byCode = new WeakMap<object, boolean>();
  private lit?: ReturnType<typeof litBindings>;
  private behaviourReader?: Behaviour;
  private ownersReader?: Owners;
  private listenersReader?: Listeners;
  private imports?: Map<string, { pkg: string; name?: string }>;
  private readonly brokerTexts = new WeakMap<object, Variant[] | null>();
  private readonly spokenTexts = new WeakMap<object, Variant[] | null>();
  private readonly listItemsOf = new WeakMap<object, Item[]>();

  constructor(readonly context: Context) {
    this.settings = readSettings(context);
    this.text = context.sourceCode.text;
    const project = Object.keys(this.settings.catalogs).length ? loadCatalogs(this.settings.catalogs, context.cwd) : undefined;
    this.catalogs = /\.vue$/i.test(context.filename) ? withOwnMessages(componentCatalogs(context.sourceCode.text), project) : project;
    this.resolver = new Resolver({
      context,
      catalogs: this.catalogs,
      translationFunctions: new Set(this.settings.translationFunctions),
      translationHelpers: this.settings.translationHelpers,
      markupText: (node) => this.markupText(node),
      // A Svelte <script>'s names, or a Vue or Astro component's prop defaults (`{{ label }}` of withDefaults).
      scriptValue: (name) => (context.sourceCode.parserServices as Partial<HtmlServices> | undefined)?.mitidHtml?.scriptValue?.(name) ?? propDefault(context.sourceCode.ast as unknown as Node, name),
    });
  }

  isLitTemplate(node: Node): boolean {
    this.lit ??= litBindings(this.context.sourceCode.ast as unknown as Node);
    return isLitTag(node['tag'] as Node | undefined, this.lit);
  }

  attr(view: ElementView, name: string): AttrView | undefined {
    return view.attrs.find((a) => a.name === name);
  }

  /** The accessible name written in code: `aria-label`, or React Native's `accessibilityLabel`. */
  ariaLabel(view: ElementView): AttrView | undefined {
    return this.attr(view, 'aria-label') ?? this.attr(view, 'accessibilitylabel');
  }

  /** The attribute's value when it is written as plain text. */
  staticAttr(view: ElementView, name: string): string | undefined {
    const parts = this.attr(view, name)?.value?.parts;
    return parts && parts.every((p) => typeof p === 'string') ? parts.join('') : undefined;
  }

  /** Every value an attribute can take. */
  attrText(attr: AttrView | undefined): Variant[] {
    const value = attr?.value;
    if (!value) return [known('')];
    if (value.literal && value.parts.length === 1 && typeof value.parts[0] === 'string') {
      return [known(value.parts[0], { range: value.range, quote: value.literal.quote })];
    }
    return concat(value.parts.map((p) => (typeof p === 'string' ? [known(p)] : this.resolver.text(p))));
  }

  /** What the element is, or undefined when it cannot be a call to action. */
  identity(view: ElementView): Identity | undefined {
    let id = this.identities.get(view.key);
    if (id === undefined) {
      id = this.identify(view) ?? null;
      this.identities.set(view.key, id);
    }
    return id ?? undefined;
  }

  private identify(view: ElementView): Identity | undefined {
    const role = this.staticAttr(view, 'role')?.trim().toLowerCase();
    if ((role && NON_CTA_ROLES.has(role)) || TOGGLE_STATES.some((s) => this.attr(view, s))) return undefined;
    const component = this.componentName(view);
    let tag: string | undefined = component ? undefined : view.name.toLowerCase();
    let styled: string | undefined;
    if (component) {
      const mapped = this.settings.components[component] ?? this.settings.components[view.name];
      const allow = this.settings.polymorphicAllowList;
      const poly = this.settings.polymorphicPropName;
      // A styled component of this file is the element it wraps (`styled.button`), or that component (`styled(Button)`).
      styled = view.framework === 'jsx' && !mapped ? styledComponentTargets(this.context.sourceCode.ast as unknown as Node).get(view.name) : undefined;
      if (mapped) tag = mapped.toLowerCase();
      else if (styled && /^[a-z][a-z\d-]*$/.test(styled)) tag = styled;
      else if (poly && (!allow || allow.includes(view.name))) {
        const as = this.staticAttr(view, poly.toLowerCase());
        if (as && /^[a-z][a-z\d-]*$/.test(as)) tag = as;
      }
    }
    if (tag === undefined && component) {
      if (this.broker(view)) return { role: 'button' };
      const base = (styled ?? component).slice((styled ?? component).lastIndexOf('.') + 1);
      if (/(?:Button|Btn)$/.test(base)) return { role: 'button' };
      if (NATIVE_PRESSABLES.has(base)) return { role: 'native' };
      if (/Link$/.test(base) && (this.attr(view, 'href') || this.attr(view, 'to'))) return { role: 'link' };
      // A menu or list item that handles clicks (`<DropdownMenuItem onClick>`), or any component whose click starts a MitID login: button-like.
      if (view.events.some((e) => CLICK_EVENTS.has(e)) && (BUTTON_LIKE.test(base) || this.startsMitIDLogin(view))) return { role: 'button' };
      // A custom element that is no button by name is still an element: clickable when it handles clicks.
      if (view.component) return undefined;
      tag = view.name.toLowerCase();
    }
    if (tag === undefined) return undefined;
    if (tag === 'button') return { role: 'button', tag };
    if (tag === 'a') return { role: 'link', tag };
    if (tag === 'mitid-button') return { role: 'mitid-button', tag };
    if (tag === 'input') return INPUT_BUTTONS.has((this.staticAttr(view, 'type') ?? '').toLowerCase()) ? { role: 'input', tag } : undefined;
    if (role === 'button' || role === 'link' || view.events.some((e) => CLICK_EVENTS.has(e))) return { role: 'clickable', tag };
    return undefined;
  }

  /**
   * The component an element is, by name: JSX and Vue components as written; in markup, a custom
   * element (`app-mitid-button`, `mwc-button`) or a Svelte component (`<MitIDButton>`, written
   * with a capital; parse5 lower-cases it) in PascalCase. Undefined for HTML elements and the kit's own.
   */
  componentName(view: ElementView): string | undefined {
    if (view.component) return view.name;
    if (view.framework !== 'html' && view.framework !== 'lit') return undefined;
    const written = this.text.slice(view.nameRange[0], view.nameRange[1]);
    if (written.toLowerCase() !== view.name || view.name === 'mitid-button') return undefined;
    if (/^[A-Z]/.test(written)) return written;
    return written.includes('-') ? written.replace(/(?:^|-)([a-z\d])/g, (_, c: string) => c.toUpperCase()) : undefined;
  }

  /** The visible text of an element, every variant. */
  elementText(view: ElementView): Variant[] {
    const hit = this.texts.get(view.key);
    if (hit) return hit;
    // Markup met while one item of a list is read is that item's instance only: not kept for the element.
    if (this.resolver.readingItem) return this.computeText(view);
    // Innermost elements first, so a thousand nested spans never nest the calls below that deep.
    for (const e of uncomputedDescendants(view, this.texts)) if (!this.texts.has(e.key)) this.texts.set(e.key, this.computeText(e));
    return once(this.texts, view.key, () => this.computeText(view));
  }

  private computeText(view: ElementView): Variant[] {
    const name = view.name;
    if (!view.component) {
      const tag = name.toLowerCase();
      if (tag === 'img' || tag === 'area') return this.attr(view, 'alt') ? this.attrText(this.attr(view, 'alt')) : [known('')];
      if (tag === 'input') return this.attrText(this.attr(view, 'value'));
      if (tag === 'br') return [known(' ')];
      if (tag === 'svg' || tag === 'script' || tag === 'style' || tag === 'noscript') return [known('')];
      // A slot renders what the component's user passes in (Vue, Svelte, Lit, Angular's <ng-content>): unknown here.
      if ((tag === 'slot' || tag === 'ng-content') && view.children.length === 0) return [UNKNOWN];
    }
    const messageKey = TRANSLATION_COMPONENTS[name];
    if (messageKey) {
      const keys = this.attr(view, messageKey) && this.attrText(this.attr(view, messageKey));
      const fallback = this.attr(view, 'defaultmessage') ? this.attrText(this.attr(view, 'defaultmessage')) : undefined;
      if (keys?.every(isComplete)) return this.resolver.message(keys.map(textOf), view.key as Node, fallback);
      // `<FormattedMessage {...messages.verifyMitId} />`: a message descriptor, read where it is defined, else unknown (never "no text").
      const spread = !keys && view.framework === 'jsx' ? nodes(prop(view.key as Node, 'openingElement') as Node, 'attributes').find((x) => x.type === 'JSXSpreadAttribute') : undefined;
      const descriptor = spread && prop(spread, 'argument');
      if (descriptor) return this.descriptorText(descriptor, view.key as Node);
    }
    // React Native's <Button title>, a design system's <Button label>, :button-label, <mwc-button label> have no children.
    // A custom element that is clickable only by its handler (`<app-card (click)>`) is no button: its title is no label.
    if (this.componentName(view) && view.children.length === 0 && (view.component || this.identity(view)?.role !== 'clickable')) {
      const broker = this.brokerText(view);
      if (broker) return broker;
      const label = this.labelProp(view);
      return label ? this.attrText(label) : [known('')];
    }
    return this.childrenText(view.children);
  }

  /** A react-intl message descriptor (`{ id, defaultMessage }`), through constants and `defineMessages`; its path when unknown. */
  private descriptorText(descriptor: Node, at: Node): Variant[] {
    const object = this.resolver.object(descriptor);
    const id = object && objectProperty(object, 'id');
    const keys = id && this.resolver.text(id);
    const fallback = object && objectProperty(object, 'defaultMessage');
    if (keys?.length && keys.every(isComplete)) return this.resolver.message(keys.map(textOf), at, fallback && this.resolver.text(fallback));
    if (fallback) return this.resolver.text(fallback);
    const path = dottedName(descriptor);
    return [path && identifierNamesMitIDCta(path) ? { ...UNKNOWN, translation: { lang: '', key: path, node: descriptor } } : UNKNOWN];
  }

  /** The prop that carries a childless component's label, if any. */
  labelProp(view: ElementView): AttrView | undefined {
    for (const name of LABEL_PROPS) {
      const a = this.attr(view, name);
      if (a?.value) return a;
    }
    return undefined;
  }

  /** The broker library component (`@criipto/verify-react`'s AuthMethodButton) this element is, from the file's imports. */
  broker(view: ElementView): BrokerComponent | undefined {
    if (!view.component) return undefined;
    const dot = view.name.indexOf('.');
    const local = this.importOf(dot < 0 ? view.name : view.name.slice(0, dot));
    const exported = dot < 0 ? local?.name : view.name.slice(dot + 1);
    return local && exported ? brokerComponent(local.pkg, exported) : undefined;
  }

  /** Where a name of the file is imported from: its package or path, and the name it exports. */
  private importOf(local: string): { pkg: string; name?: string } | undefined {
    if (!this.imports) {
      this.imports = new Map();
      for (const s of nodes(this.context.sourceCode.ast as unknown as Node, 'body')) {
        if (s.type !== 'ImportDeclaration') continue;
        const pkg = String(prop(s, 'source')?.['value'] ?? '');
        for (const spec of nodes(s, 'specifiers')) {
          const local = prop(spec, 'local')?.['name'] as string | undefined;
          const name = spec.type === 'ImportSpecifier' ? dottedName(prop(spec, 'imported')) : undefined;
          if (local) this.imports.set(local, name ? { pkg, name } : { pkg });
        }
      }
    }
    return this.imports.get(local);
  }

  /**
   * The text a broker component renders without children: its table's text for the language and
   * action props (or the library's defaults), only when its eID prop names MitID. A missing
   * language counts only when the text breaks the rules in every language (the provider may set it).
   */
  brokerText(view: ElementView): Variant[] | undefined {
    return once(this.brokerTexts, view.key, () => this.computeBrokerText(view) ?? null) ?? undefined;
  }

  private computeBrokerText(view: ElementView): Variant[] | undefined {
    const b = this.broker(view);
    if (!b || view.children.length > 0) return undefined;
    // Attribute names are lower-case in every adapter (`acrValue` is `acrvalue`).
    const named = (name: string): AttrView | undefined => this.attr(view, name.toLowerCase());
    const schemes = b.schemeProps.flatMap((p) => this.propStrings(named(p)) ?? []);
    if (!schemes.some((v) => v.toLowerCase().startsWith(MITID_ACR_PREFIX) && !v.endsWith(':business'))) return undefined;
    const [action] = named(b.actionProp) ? (this.propStrings(named(b.actionProp)) ?? []) : [b.defaults.action];
    if (!isAction(action)) return undefined;
    const langs = named(b.languageProp) ? (this.propStrings(named(b.languageProp)) ?? []) : undefined;
    if (langs) return langs.length === 1 && (langs[0] === 'da' || langs[0] === 'en') ? [known(b.texts[langs[0]][action])] : undefined;
    const every = (['da', 'en'] as const).every((l) => classifyText(b.texts[l][action]).kind !== 'approved');
    return every ? [known(b.texts[b.defaults.language][action])] : undefined;
  }

  /** Static strings of a prop: `"x"`, `{'x'}`, `{['a', 'b']}`; undefined when any is unknown. */
  private propStrings(attr: AttrView | undefined): string[] | undefined {
    const parts = attr?.value?.parts;
    if (!parts || parts.length !== 1) return undefined;
    const part = parts[0] as string | Node;
    if (typeof part === 'string') return [part];
    return this.someStrings(part, 0);
  }

  /**
   * The static strings an expression can be, lists included; of a conditional, the branches that
   * can be known (`list.length ? list : ['urn:...']` names MitID when its fallback does).
   */
  private someStrings(node: Node, depth: number): string[] | undefined {
    const n = unwrap(node);
    if (depth > 4) return undefined;
    if (n.type === 'ArrayExpression') {
      const all = nodes(n, 'elements').map((e) => this.resolver.strings(e));
      return all.every(Boolean) ? (all.flat() as string[]) : undefined;
    }
    // `acrValues={ACR_VALUES}`: the list of a constant of the file.
    const list = this.resolver.valueOf(n);
    if (list && unwrap(list).type === 'ArrayExpression') return this.someStrings(list, depth + 1);
    if (n.type === 'ConditionalExpression' || n.type === 'LogicalExpression') {
      const branches = [prop(n, n.type === 'ConditionalExpression' ? 'consequent' : 'left'), prop(n, n.type === 'ConditionalExpression' ? 'alternate' : 'right')];
      const known = branches.map((b) => (b ? this.someStrings(b, depth + 1) : undefined)).filter((b): b is string[] => !!b);
      return known.length ? known.flat() : undefined;
    }
    return this.resolver.strings(n);
  }

  /** Static class tokens of an element. */
  private classTokens(view: ElementView): string[] {
    const parts = this.attr(view, 'class')?.value?.parts ?? [];
    return parts.flatMap((p) => (typeof p === 'string' ? p.split(/\s+/) : (this.resolver.strings(p) ?? []).flatMap((s) => s.split(/\s+/)))).filter(Boolean);
  }

  /**
   * What a screen reader reads of an element: its visible text with its screen-reader-only parts in
   * (`Log ind<span class="sr-only"> med MitID</span>` reads "Log ind med MitID"); undefined when
   * it has none. Its accessible name, as an aria-label's is: it may say MitID where the screen does not.
   */
  spokenText(view: ElementView): Variant[] | undefined {
    return once(this.spokenTexts, view.key, () => this.computeSpokenText(view) ?? null) ?? undefined;
  }

  private computeSpokenText(view: ElementView): Variant[] | undefined {
    const srOnly = (e: ElementView): boolean => this.classTokens(e).some(isScreenReaderOnlyClass);
    if (!someDescendant(view, srOnly, 200)) return undefined;
    const spoken = (e: ElementView, depth: number): Variant[] =>
      concat(
        this.conditionals(e.children).map((c) => {
          if (c.kind !== 'element' || depth > 8) return this.childText(c);
          if (srOnly(c.element)) return this.elementText(c.element);
          if (!someDescendant(c.element, srOnly, 200)) return this.childText(c);
          const screens = this.screensOf(c.element);
          const text = spoken(c.element, depth + 1);
          return screens === undefined ? either(text, [known('')]) : onScreens(text, screens);
        }),
      );
    return spoken(view, 0);
  }

  /**
   * The screens an element shows at (core's screens.ts), from the classes it always has; undefined
   * when a class that hides it comes and goes with a state (`busy ? 'hidden' : ''`, `hover:hidden`).
   * A static `hidden` attribute hides it everywhere, as the class does.
   */
  private screensOf(view: ElementView): number | undefined {
    const hidden = this.attr(view, 'hidden');
    if (hidden && (!hidden.value || hidden.value.parts.every((p) => typeof p === 'string'))) return 0;
    const always: string[] = [];
    for (const attr of view.attrs) {
      if (attr.name !== 'class') continue;
      // Svelte's `class:hidden={busy}` adds its class in a state only.
      if (this.text.startsWith('class:', attr.range[0])) {
        if (attr.value?.parts.some((p) => typeof p === 'string' && isDisplayClass(p))) return undefined;
        continue;
      }
      for (const p of attr.value?.parts ?? []) {
        const strings = typeof p === 'string' ? [p] : this.resolver.strings(p);
        // Unknown classes (`{ hidden: busy }`, `cn(busy && 'hidden')`) that name a display class set it in some state.
        if (!strings) {
          if (typeof p !== 'string' && writtenStrings(p).some((s) => s.split(/\s+/).some(isDisplayClass))) return undefined;
          continue;
        }
        const values = strings.map((s) => s.split(/\s+/).filter(Boolean));
        const first = values[0] ?? [];
        const sure = first.filter((t) => values.every((v) => v.includes(t)));
        if (values.some((v) => v.some((t) => !sure.includes(t) && isDisplayClass(t)))) return undefined;
        always.push(...sure);
      }
    }
    return visibleScreens(always);
  }

  childrenText(children: readonly ChildView[]): Variant[] {
    return concat(this.conditionals(children).map((c) => this.childText(c)));
  }

  /**
   * Elements that render or not (Angular's `*ngIf`, `[hidden]`, `v-show`, Alpine's `x-show`/`x-if`)
   * become a choice under their test, so `*ngIf="busy"` and `*ngIf="!busy"` siblings are one choice
   * (conditions.ts). `*ngIf="!busy; else waiting"` shows the sibling `<ng-template #waiting>` when
   * false (`then a` instead of its own content when true); that template renders nowhere else.
   */
  private conditionals(children: readonly ChildView[]): readonly ChildView[] {
    const conditional = (c: ChildView): [AttrView, boolean] | undefined => {
      if (c.kind !== 'element') return undefined;
      for (const [name, shows] of CONDITIONAL_ATTRS) {
        const a = this.attr(c.element, name);
        // A static `hidden` hides it always (screensOf).
        if (a?.value && (name !== 'hidden' || a.value.parts.some((p) => typeof p !== 'string'))) return [a, shows];
      }
      return undefined;
    };
    if (!children.some((c) => conditional(c))) return children;
    const used = new Set<ChildView>();
    let templates: Map<string, ChildView> | undefined;
    const template = (ref: string | undefined): ChildView | undefined => {
      if (!ref) return undefined;
      // The sibling `<ng-template #ref>`s by name, read once.
      if (!templates) {
        templates = new Map();
        for (const c of children) {
          if (c.kind !== 'element' || c.element.name !== 'ng-template') continue;
          for (const a of c.element.attrs) if (/^(?:#|ref-)/.test(a.name)) templates.set(a.name.replace(/^(?:#|ref-)/, ''), c);
        }
      }
      const found = templates.get(ref.toLowerCase());
      if (found) used.add(found);
      return found;
    };
    const out: ChildView[] = [];
    for (const c of children) {
      const found = conditional(c);
      if (!found || c.kind !== 'element') {
        out.push(c);
        continue;
      }
      const [attr, shows] = found;
      const value = attr.value?.parts.length === 1 ? attr.value.parts[0] : undefined;
      // Text as written: a static value, or a bound one the adapter could not read.
      const written = typeof value === 'string' ? value : value?.type === 'UnknownExpression' && value['name'] === undefined ? this.text.slice(value.range[0], value.range[1]) : undefined;
      const ng = attr.name === '*ngif' && written !== undefined ? ngIf(written) : undefined;
      const test: string | Node | undefined = ng ? ng.test : (written ?? (typeof value === 'string' ? undefined : value));
      const nothing: ChildView = { kind: 'text', text: '', range: c.element.range };
      const yes = template(ng?.then) ?? c;
      const no = template(ng?.else) ?? nothing;
      out.push({ kind: 'choice', options: shows ? [yes, no] : [no, yes], ...(test === undefined ? {} : { test }) });
    }
    return used.size ? out.filter((c) => !used.has(c)) : out;
  }

  private childText(c: ChildView): Variant[] {
    switch (c.kind) {
      case 'text': {
        const raw = this.text.slice(c.range[0], c.range[1]);
        const lead = raw.length - raw.trimStart().length;
        const trail = raw.length - raw.trimEnd().length;
        if (!raw.trim()) return [known(c.text)];
        return [known(c.text, { range: [c.range[0] + lead, c.range[1] - trail], quote: '' })];
      }
      case 'expr': {
        // Lit's `${unsafeSVG(logo)}`, an `svg` template: a graphic, no text.
        if (isGraphic(this.context, c.node)) return [known('')];
        const r = this.resolver.text(c.node);
        // A script value in markup is often an icon; a template-language block (`{{ }}`, `{#if}`) is text.
        return r.length === 1 && r[0] === UNKNOWN && c.node.type !== 'UnknownExpression' && !c.node['interpolation'] ? [SOFT_UNKNOWN] : r;
      }
      case 'element': {
        // An icon font's ligature (`<mat-icon>login</mat-icon>`) is an icon.
        if (this.classTokens(c.element).some((t) => ICON_FONT.test(t)) || ICON_ELEMENT.test(c.element.name)) return [known('')];
        // An image's alt text is a word of its own ("MitID Log ind", not "MitIDLog ind").
        const image = !c.element.component && /^(?:img|area)$/i.test(c.element.name);
        const text = image ? concat([[known(' ')], this.elementText(c.element), [known(' ')]]) : this.elementText(c.element);
        // Responsive text is its text at the screens it shows at, none at the others; screen-reader-only text shows at none.
        const screens = this.screensOf(c.element);
        return screens === undefined ? either(text, [known('')]) : onScreens(text, screens);
      }
      case 'choice': {
        // A v-if branch that is an element without text (a spinner) is a state that shows none.
        const branches = c.options.map((o) => (o.kind === 'element' ? markEmpty(this.childText(o)) : this.childText(o)));
        // Under its test (conditions.ts): Svelte's `{#if}`, Angular's `@if`, `*ngIf`, Vue's `v-if` chain.
        const first = c.options[0];
        const test = c.test ?? (first?.kind === 'element' ? this.attr(first.element, 'v-if')?.value?.parts[0] : undefined);
        return either(...branchesOf(typeof test === 'string' ? conditionOfText(test) : conditionOf(test), branches));
      }
    }
  }

  private markupText(node: Node): Variant[] | undefined {
    if (node.type === 'JSXElement') return this.elementText(jsxElement(node, this.text));
    if (node.type === 'JSXFragment') return this.childrenText(jsxChildren(node, this.text));
    if (node.type === 'TaggedTemplateExpression' && this.isLitTemplate(node)) {
      const children = litChildren(node);
      return children && this.childrenText(children);
    }
    return undefined;
  }

  /** Code names MitID: class, id, data attributes, the component's own name. */
  private namedByCode(view: ElementView): boolean {
    if (identifierNamesMitIDCta(this.componentName(view) ?? '')) return true;
    for (const a of view.attrs) {
      if (!NAMING_ATTRS.test(a.name) || !a.value) continue;
      const data = a.name.startsWith('data-') && !TEST_IDS.test(a.name);
      for (const p of a.value.parts) {
        if (typeof p === 'string' ? identifierNamesMitIDCta(p) && !(data && isBareMitID(p)) : this.exprNamesMitID(p)) return true;
      }
    }
    return false;
  }

  /** `styles.mitidButton`, `cx('btn', MITID_CLASS)`: the expression's own name or its values name MitID. */
  private exprNamesMitID(node: Node): boolean {
    const n = unwrap(node);
    if (identifierNamesMitIDCta(dottedName(n) ?? '')) return true;
    if (n.type === 'CallExpression') return nodes(n, 'arguments').some((arg) => this.exprNamesMitID(arg));
    if (n.type === 'ArrayExpression') return nodes(n, 'elements').some((e) => this.exprNamesMitID(e));
    if (n.type === 'ObjectExpression') {
      return nodes(n, 'properties').some((p) => {
        const key = p['computed'] ? prop(p, 'key') : undefined;
        return key ? this.exprNamesMitID(key) : identifierNamesMitIDCta(keyName(p) ?? '');
      });
    }
    // An item's data (`key={m.id}` reading 'mitid') names that item, not the element: lists.ts judges it.
    return this.resolver.text(n).some((v) => !v.items && v.segments.some(identifierNamesMitIDCta));
  }

  /**
   * A MitID logo inside: an image, icon or svg whose name, source or class names MitID, also in
   * props that hold markup (MUI's `startIcon={<img src={mitidLogo} />}`).
   */
  private hasLogo(view: ElementView, depth = 0): boolean {
    const isLogo = (e: ElementView): boolean => this.isLogo(e);
    const inProps = (e: ElementView): boolean =>
      depth < 2 &&
      e.attrs.some((a) =>
        a.value?.parts.some((p) => {
          const markup = typeof p === 'string' ? undefined : unwrap(p);
          if (markup?.type !== 'JSXElement') return false;
          const element = jsxElement(markup, this.text);
          return isLogo(element) || this.hasLogo(element, depth + 1);
        }),
      );
    return inProps(view) || someDescendant(view, (e) => isLogo(e) || inProps(e), 200);
  }

  /** An image, icon or svg whose name, source or class names MitID. */
  private isLogo(e: ElementView): boolean {
    return (
      identifierNamesMitIDCta(this.componentName(e) ?? '') ||
      e.attrs.some((a) => /^(?:src|class|id|href|xlink:href|data-.*|source|name|\w*icon(?:name)?)$/.test(a.name) && !!a.value?.parts.some((p) => (typeof p === 'string' ? identifierNamesMitIDCta(p) : this.sourceNamesMitID(p))))
    );
  }

  /**
   * The text shows only MitID logos: it is nothing but the `alt` of MitID logo images inside
   * (`<button><img src="mitid-logo.svg" alt="Log ind med MitID"></button>`). The logo is decoration
   * (B8), its alt no visible phrase. Beside other text the alt stays a word of the text.
   */
  showsOnlyLogo(view: ElementView, v: Variant): boolean {
    if (!isComplete(v)) return false;
    const alts: string[] = [];
    someDescendant(view, (e) => {
      const alt = !e.component && /^(?:img|area)$/i.test(e.name) && this.isLogo(e) ? this.attr(e, 'alt') : undefined;
      for (const t of alt ? this.attrText(alt) : []) if (isComplete(t) && textOf(t).trim()) alts.push(textOf(t).trim());
      return false;
    }, 200);
    let rest = textOf(v);
    for (const alt of alts) {
      const at = rest.indexOf(alt);
      if (at >= 0) rest = rest.slice(0, at) + rest.slice(at + alt.length);
    }
    return rest.length < textOf(v).length && !rest.trim();
  }

  /** `src={mitidLogo}`, `:src="require('@/assets/mitid.svg')"`: an imported or required file that names MitID. */
  private sourceNamesMitID(node: Node): boolean {
    const n = unwrap(node);
    if (identifierNamesMitIDCta(dottedName(n) ?? '')) return true;
    // `import logo from '@/assets/mitid.svg'`: an image file named for MitID, whatever the import's name.
    const file = n.type === 'Identifier' ? this.importOf(String(n['name']))?.pkg : undefined;
    if (file && IMAGE_FILE.test(file) && identifierNamesMitIDCta(file)) return true;
    const args = n.type === 'CallExpression' ? nodes(n, 'arguments') : [n];
    return args.some((arg) => (this.resolver.strings(arg) ?? []).some(identifierNamesMitIDCta));
  }

  /** The file's own components (lazily: asked only of elements inside one named for the MitID button). */
  get owners(): Owners {
    this.ownersReader ??= new Owners(this.context, (v) => !!this.identity(v));
    return this.ownersReader;
  }

  /** Click handlers added from script to the file's elements (lazily). */
  get listeners(): Listeners {
    this.listenersReader ??= new Listeners(this.context, this.resolver);
    return this.listenersReader;
  }

  /** What the element's handlers do (lazily: most files never ask). */
  get behaviour(): Behaviour {
    // An HTML or Svelte file's handlers (`onclick="start()"`) call the functions of its `<script>` blocks; an Angular `templateUrl`'s, its class's methods.
    if (this.behaviourReader) return this.behaviourReader;
    const html = (this.context.sourceCode.parserServices as Partial<HtmlServices> | undefined)?.mitidHtml;
    const component = html?.componentClass?.();
    this.behaviourReader = new Behaviour(this.context, this.resolver, html ? [...scriptPrograms(html.roots), ...(component ? [component] : [])] : undefined);
    return this.behaviourReader;
  }

  /**
   * A link or form that goes to a MitID login (`href` with MitID `acr_values`, a broker's authorize
   * URL), or a click handler that names MitID or starts a MitID login (`onClick={loginWithMitID}`).
   */
  private startsMitIDLogin(view: ElementView): boolean {
    for (const name of TARGET_ATTRS) {
      const a = this.attr(view, name);
      if (a && this.attrText(a).some((v) => v.segments.some((s) => linksToMitIDLogin(s)))) return true;
    }
    // The submit button of a form that starts a MitID login (its action, its hidden acr_values).
    if (submitsMitIDForm(view, this)) return true;
    // A click listener added from script (`getElementById('login').addEventListener('click', ...)`).
    if (!view.component && (this.attr(view, 'id') || this.attr(view, 'class')) && this.listeners.startsMitID(view, (name) => this.staticAttr(view, name))) return true;
    if (view.events.length === 0) return false;
    return view.attrs.some((a) => /^on[a-z]/.test(a.name) && !!a.value?.parts.some((p) => this.behaviour.startsMitID(p)));
  }

  /** Named MitID by code, logo or behaviour (not only by its words). */
  identifiedByCode(view: ElementView): boolean {
    return once(this.byCode, view.key, () => this.namedByCode(view) || this.hasLogo(view) || this.startsMitIDLogin(view) || !!this.brokerText(view) || this.owners.isCtaOfMitIDComponent(view));
  }

  /**
   * A MitID button or link that acts (not a "What is MitID?" help link): named MitID by code or
   * logo, or with a text that is an approved phrase or a near miss of one.
   */
  isMitIDAction(view: ElementView): boolean {
    if (!this.isMitIDCta(view)) return false;
    if (this.identity(view)?.role === 'mitid-button' || this.identifiedByCode(view)) return true;
    if (this.readsMitIDItem(view)) return true;
    const label = this.ariaLabel(view);
    const texts = [...this.elementText(view), ...(label ? this.attrText(label) : []), ...(this.spokenText(view) ?? [])].filter((v) => this.ofMitIDItem(v));
    return texts.some((v) => {
      const t = judgedText(v);
      return t === undefined ? v.segments.some(namesMitID) || (!!v.translation && identifierNamesMitIDCta(v.translation.key)) : classifyText(t, { allowUnaccentedAccept: true }).kind !== 'other';
    });
  }

  /** A link to MitID's information site (mitid.dk) is a help link, whatever its words. */
  private linksToInfoSite(view: ElementView, id: Identity): boolean {
    const href = id.role === 'link' ? this.attr(view, 'href') : undefined;
    const values = href ? this.attrText(href) : [];
    return values.length > 0 && values.every((v) => isComplete(v) && analyzeMitIDUrl(textOf(v).trim()).reason === 'info-site');
  }

  /**
   * The items of data lists this element is rendered for, read from its text, label and target
   * (`{m.label}`, `aria-label={m.name}`, `href={m.url}`): one instance of the element per item.
   */
  listItems(view: ElementView): Item[] {
    return once(this.listItemsOf, view.key, () => {
      const out: Item[] = [];
      const label = this.ariaLabel(view);
      const targets = TARGET_ATTRS.map((n) => this.attr(view, n)).filter((a): a is AttrView => !!a?.value);
      for (const v of [...this.elementText(view), ...(label ? this.attrText(label) : []), ...targets.flatMap((a) => this.attrText(a))]) {
        for (const i of v.items ?? []) if (!out.some((o) => sameItem(o, i))) out.push(i);
      }
      return out;
    });
  }

  /**
   * Rendered for a list item that is MitID by its data (`id: 'mitid'`, a MitID `acr_values`): that
   * instance is a MitID call to action. Not for a plain link (a docs page's list of eIDs links to
   * pages about them); a link whose target starts the login is one by its target already.
   */
  private readsMitIDItem(view: ElementView): boolean {
    return this.identity(view)?.role !== 'link' && !this.handlesOnlyThePage(view) && this.listItems(view).some((i) => this.itemIdentity(i) === 'data');
  }

  /**
   * Its click handlers only change the page (`toggle(cap.key)`, `setTab(m.id)`, `select(item)`): a
   * list of toggles or tabs with a `mitid` entry is no login, whatever the entry's data says.
   */
  private handlesOnlyThePage(view: ElementView): boolean {
    const names: string[] = [];
    for (const a of view.attrs) {
      if (!/^on[a-z]/.test(a.name)) continue;
      for (const p of a.value?.parts ?? []) {
        if (typeof p === 'string') continue;
        let n = unwrap(p);
        // Vue's `@click="toggle(c.key)"` is a VOnExpression of statements.
        if (n.type === 'VOnExpression') n = prop(nodes(n, 'body')[0] ?? n, 'expression') ?? n;
        if ((n.type === 'ArrowFunctionExpression' || n.type === 'FunctionExpression') && prop(n, 'body')) n = unwrap(prop(n, 'body') as Node);
        const name = dottedName(n.type === 'CallExpression' ? prop(n, 'callee') : n);
        if (name) names.push(name);
      }
    }
    return names.length > 0 && names.every((name) => !namesLoginCall(name) && identifierWords(name).some((w) => PAGE_HANDLER_WORDS.has(w)));
  }

  /** How an item of a list says it is MitID (lists.ts). */
  itemIdentity(item: Item): ItemIdentity {
    return itemIdentity(item, (n) => this.resolver.strings(n));
  }

  /** A text of the element as no list item reads it, or as a MitID item's instance reads it (not another eID's). */
  ofMitIDItem(v: Variant): boolean {
    return !v.items?.length || v.items.some((i) => !!this.itemIdentity(i));
  }

  /**
   * The MitID item whose instance a text is (its own, or, for a text every item shows, the MitID
   * item the element is rendered for, its handler included): `mitid` of methods.
   */
  mitidItem(view: ElementView, v: Variant): { name: string; list: string } | undefined {
    const handlers = view.attrs.filter((a) => /^on[a-z]/.test(a.name)).flatMap((a) => a.value?.parts ?? []);
    const candidates = v.items?.length ? v.items : [...this.listItems(view), ...handlers.flatMap((p) => (typeof p === 'string' ? [] : this.resolver.itemsNamed(p)))];
    const item = candidates.find((i) => this.itemIdentity(i) === 'data') ?? candidates.find((i) => !!this.itemIdentity(i));
    return item && { name: itemName(item, (n) => this.resolver.strings(n)), list: item.loop.label };
  }

  /** A MitID call to action: a clickable element whose text, aria-label, code names or logo say MitID. */
  isMitIDCta(view: ElementView): boolean {
    let m = this.mitids.get(view.key);
    if (m === undefined) {
      const id = this.identity(view);
      m =
        !!id &&
        !this.linksToInfoSite(view, id) &&
        // A cancel or back button beside the MitID button, however it is named; a settings row's "Fjern MitID".
        !this.elementText(view).every((v) => isComplete(v) && isDismissText(textOf(v))) &&
        !this.elementText(view).some((v) => isComplete(v) && isRemoveText(textOf(v))) &&
        // A clickable wrapper (a modal's backdrop, a dialog stopping propagation, a card) around a
        // button or link: the call to action is the control inside, not the wrapper.
        !(id.role === 'clickable' && someDescendant(view, (e) => !!this.identity(e), 500)) &&
        // A card or teaser link (a heading and a paragraph inside: "Med MitID" over a description) is navigation, unless code says MitID login.
        !(id.role === 'link' && someDescendant(view, (e) => !e.component && BLOCK_TEXT.test(e.name), 200) && !this.identifiedByCode(view)) &&
        // A link inside a sentence ("Create a test user <a>with MitID Simulator</a>, then …") is prose unless it names the action with a verb.
        !(id.role === 'link' && inRunningText(view, this.text, /\.mdx$/i.test(this.context.filename)) && !this.identifiedByCode(view) && !this.elementText(view).some((v) => isComplete(v) && hasIntentVerb(textOf(v)))) &&
        (id.role === 'mitid-button' ||
          mentions(this.elementText(view)) ||
          (!!this.ariaLabel(view) && mentions(this.attrText(this.ariaLabel(view)))) ||
          mentions(this.spokenText(view) ?? []) ||
          this.identifiedByCode(view) ||
          this.readsMitIDItem(view));
      this.mitids.set(view.key, m);
    }
    return m;
  }
}

/** Elements inside `view` whose text is not known yet, deepest first (iterative: any depth). */
function uncomputedDescendants(view: ElementView, known: WeakMap<object, unknown>): ElementView[] {
  const order: ElementView[] = [];
  const stack: ChildView[] = view.children.slice();
  while (stack.length) {
    const c = stack.pop() as ChildView;
    if (c.kind === 'choice') for (const o of c.options) stack.push(o);
    else if (c.kind === 'element' && !known.has(c.element.key)) {
      order.push(c.element);
      for (const child of c.element.children) stack.push(child);
    }
  }
  return order.reverse();
}

/** Some element inside `view` (branches included, at most `limit` children looked at) passes `test`. */
export function someDescendant(view: ElementView, test: (e: ElementView) => boolean, limit: number): boolean {
  const stack = view.children.slice();
  for (let seen = 0; stack.length && seen < limit; seen++) {
    const c = stack.pop() as ChildView;
    if (c.kind === 'choice') stack.push(...c.options);
    if (c.kind !== 'element') continue;
    if (test(c.element)) return true;
    stack.push(...c.element.children);
  }
  return false;
}

/** Some variant's text (or message key) names MitID. */
export const mentions = (variants: readonly Variant[]): boolean =>
  variants.some((v) => v.segments.some(namesMitID) || (!!v.translation && identifierNamesMitID(v.translation.key)));

const analyzers = new WeakMap<object, Analyzer>();

/** One analyzer per file, shared by every rule. */
export function analyzerFor(context: Context): Analyzer {
  return once(analyzers, context.sourceCode, () => new Analyzer(context));
}

/** The strings and object keys written in an expression (bounded): the classes `cn({ hidden: busy }, busy && 'sr-only')` may add. */
function writtenStrings(root: Node): string[] {
  const out: string[] = [];
  const stack = [root];
  for (let seen = 0; stack.length && seen < 200; seen++) {
    const n = stack.pop() as Node;
    if (n.type === 'Literal' && typeof n['value'] === 'string') out.push(n['value']);
    else if (n.type === 'TemplateElement') out.push(String((n['value'] as { cooked?: string } | undefined)?.cooked ?? ''));
    else if (n.type === 'Property' && !n['computed']) out.push(keyName(n) ?? '');
    if (!FUNCTION_TYPES.has(n.type)) stack.push(...childNodes(n));
  }
  return out;
}
const FUNCTION_TYPES = new Set(['ArrowFunctionExpression', 'FunctionExpression', 'FunctionDeclaration']);

/** Angular's `*ngIf` microsyntax: `cond`, `cond as x; else tpl`, `cond; then a; else b`. */
function ngIf(written: string): { test: string; then?: string; else?: string } {
  const refs = (word: string): string | undefined => new RegExp(String.raw`(?:^|[\s;])${word}\s*:?\s*([\w$]+)`).exec(written)?.[1];
  const test = (written.split(/;|\s(?:then|else|let)\s/)[0] ?? '').replace(/\s+as\s+[\w$]+\s*$/, '');
  const out: { test: string; then?: string; else?: string } = { test };
  const yes = refs('then');
  const no = refs('else');
  if (yes) out.then = yes;
  if (no) out.else = no;
  return out;
}
