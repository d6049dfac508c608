/**
 * At which screen widths an element shows, from its display classes: Tailwind's default screens
 * (`hidden sm:inline`, `max-sm:hidden`), Bootstrap's `d-*` (4, 5) and responsive utilities
 * (`hidden-xs`, `visible-xs`, 3; `hidden-sm-down`, 4 alpha), Bulma's `is-hidden-*`, Foundation's
 * `show-for-*`/`hide-for-*`, and screen-reader-only classes (`sr-only`, `visually-hidden`: never
 * seen). Responsive text ("Log ind" on a phone, "Log ind med MitID" from `sm` up) is one text per
 * width, never the two together. Screens are the ranges between the frameworks' breakpoints, as
 * bits of a mask.
 */

/** Where a breakpoint of one of the frameworks begins (px, their defaults), ascending. */
const EDGES = [576, 640, 768, 769, 992, 1024, 1200, 1216, 1280, 1400, 1408, 1440, 1536] as const;

/** Every screen: the mask of an element that shows at every width. */
export const ALL_SCREENS = (1 << (EDGES.length + 1)) - 1;

/** The screens from `min` px up to, not including, `max` px. */
function widths(min: number, max = Infinity): number {
  let mask = 0;
  for (let i = 0; i <= EDGES.length; i++) {
    const from = i === 0 ? 0 : (EDGES[i - 1] as number);
    if (from >= min && from < max) mask |= 1 << i;
  }
  return mask;
}

/** What a class sets where it applies; the highest `order` applying at a width wins, per property. */
interface Rule {
  property: 'display' | 'visibility' | 'clip';
  shows: boolean;
  screens: number;
  order: number;
}

const TAILWIND: Record<string, number> = { sm: 640, md: 768, lg: 1024, xl: 1280, '2xl': 1536 };
const TAILWIND_DISPLAY = /^(?:block|inline|inline-block|flex|inline-flex|grid|inline-grid|table|inline-table|table-(?:caption|cell|column|column-group|footer-group|header-group|row-group|row)|flow-root|contents|list-item|hidden)$/;
const BOOTSTRAP: Record<string, number> = { xs: 0, sm: 576, md: 768, lg: 992, xl: 1200, xxl: 1400 };
const BOOTSTRAP_DISPLAY = /^d-(?:(sm|md|lg|xl|xxl)-)?(none|inline|inline-block|block|grid|inline-grid|table|table-row|table-cell|flex|inline-flex|contents)$/;
const BOOTSTRAP3: Record<string, [number, number]> = { xs: [0, 768], sm: [768, 992], md: [992, 1200], lg: [1200, Infinity] };
const BULMA: Record<string, [number, number]> = {
  '': [0, Infinity], mobile: [0, 769], tablet: [769, Infinity], 'tablet-only': [769, 1024], touch: [0, 1024], desktop: [1024, Infinity],
  'desktop-only': [1024, 1216], widescreen: [1216, Infinity], 'widescreen-only': [1216, 1408], fullhd: [1408, Infinity],
};
const FOUNDATION: Record<string, [number, number]> = { small: [0, 640], medium: [640, 1024], large: [1024, 1200], xlarge: [1200, 1440], xxlarge: [1440, Infinity] };
const SCREEN_READER_ONLY = /^(?:sr-only|visually-hidden|screen-reader-text|screenreader-only|a11y-hidden|u-visually-hidden|show-for-sr)$/;

/** The rules of one class; [] for a class that sets no display; undefined when it depends on a state (`hover:hidden`, `dark:inline`). */
function rulesOf(token: string): Rule[] | undefined {
  // Tailwind's important modifier (`!hidden`, v4's `hidden!`) only wins ties.
  const important = /^!|!$/.test(token);
  const cls = token.replace(/^!|!$/g, '');
  const colon = cls.lastIndexOf(':');
  const utility = cls.slice(colon + 1);
  const tailwind = TAILWIND_DISPLAY.test(utility) || /^(?:in)?visible$|^(?:not-)?sr-only$/.test(utility);
  if (colon >= 0 || tailwind) {
    if (!tailwind) return [];
    let screens = ALL_SCREENS;
    let order = 0;
    for (const variant of cls.slice(0, Math.max(colon, 0)).split(':').filter(Boolean)) {
      // Print styles change nothing on a screen.
      if (variant === 'print') return [];
      const max = /^max-(.+)$/.exec(variant)?.[1];
      const at = TAILWIND[max ?? variant];
      if (at === undefined) return undefined;
      screens &= max ? widths(0, at) : widths(at);
      // Tailwind writes max-* after the base classes and min-* (ascending) after those.
      order = Math.max(order, max ? 10 - Object.keys(TAILWIND).indexOf(max) : 20 + Object.keys(TAILWIND).indexOf(variant));
    }
    const property = /visible$/.test(utility) ? 'visibility' : /sr-only$/.test(utility) ? 'clip' : 'display';
    const shows = !(utility === 'hidden' || utility === 'invisible' || utility === 'sr-only');
    return [{ property, shows, screens, order: order + (important ? 100 : 0) }];
  }
  let m: RegExpExecArray | null;
  if ((m = BOOTSTRAP_DISPLAY.exec(cls))) {
    const bp = m[1] ?? 'xs';
    return [{ property: 'display', shows: m[2] !== 'none', screens: widths(BOOTSTRAP[bp] as number), order: 200 + Object.keys(BOOTSTRAP).indexOf(bp) }];
  }
  if ((m = /^hidden-(xs|sm|md|lg)$/.exec(cls))) return [{ property: 'display', shows: false, screens: widths(...(BOOTSTRAP3[m[1] as string] as [number, number])), order: 400 }];
  if ((m = /^visible-(xs|sm|md|lg)(?:-(?:block|inline|inline-block))?$/.exec(cls))) {
    // Bootstrap 3 hides a visible-* element everywhere else.
    return [
      { property: 'display', shows: false, screens: ALL_SCREENS, order: 300 },
      { property: 'display', shows: true, screens: widths(...(BOOTSTRAP3[m[1] as string] as [number, number])), order: 301 },
    ];
  }
  if ((m = /^hidden-(xs|sm|md|lg|xl)-(up|down)$/.exec(cls))) {
    const names = Object.keys(BOOTSTRAP);
    const i = names.indexOf(m[1] as string);
    const next = BOOTSTRAP[names[i + 1] as string] ?? Infinity;
    return [{ property: 'display', shows: false, screens: m[2] === 'up' ? widths(BOOTSTRAP[m[1] as string] as number) : widths(0, next), order: 400 }];
  }
  if ((m = /^is-hidden(?:-([a-z-]+))?$/.exec(cls)) && BULMA[m[1] ?? '']) return [{ property: 'display', shows: false, screens: widths(...(BULMA[m[1] ?? ''] as [number, number])), order: 400 }];
  if ((m = /^(show|hide)-for-(small|medium|large|xlarge|xxlarge)(-only)?$/.exec(cls))) {
    const [from, to] = FOUNDATION[m[2] as string] as [number, number];
    const range = m[3] ? widths(from, to) : widths(from);
    return [{ property: 'display', shows: false, screens: m[1] === 'hide' ? range : ALL_SCREENS & ~range, order: 400 }];
  }
  if (cls === 'hide') return [{ property: 'display', shows: false, screens: ALL_SCREENS, order: 400 }];
  if (SCREEN_READER_ONLY.test(cls)) return [{ property: 'clip', shows: false, screens: ALL_SCREENS, order: 400 }];
  return [];
}

/** A class that hides an element from the screen, never from screen readers (`sr-only`, `visually-hidden`; not the `-focusable` ones, which show on focus). */
export const isScreenReaderOnlyClass = (token: string): boolean => SCREEN_READER_ONLY.test(token.replace(/^!|!$/g, ''));

/** The class sets whether the element shows (at some width, or in some state). */
export const isDisplayClass = (token: string): boolean => rulesOf(token)?.length !== 0;

/**
 * The screens at which an element with these classes shows (ALL_SCREENS without display classes,
 * 0 when it never shows, as `hidden` or `sr-only` alone); undefined when a class makes it show
 * in some state only (`hover:hidden`, a custom screen).
 */
export function visibleScreens(tokens: readonly string[]): number | undefined {
  const rules: Rule[] = [];
  for (const t of tokens) {
    const r = rulesOf(t);
    if (!r) return undefined;
    rules.push(...r);
  }
  if (rules.length === 0) return ALL_SCREENS;
  let shown = 0;
  for (let bit = 1; bit <= ALL_SCREENS; bit <<= 1) {
    const winner = new Map<Rule['property'], Rule>();
    for (const r of rules) {
      const w = winner.get(r.property);
      if (r.screens & bit && (!w || r.order >= w.order)) winner.set(r.property, r);
    }
    if ([...winner.values()].every((r) => r.shows)) shown |= bit;
  }
  return shown;
}
