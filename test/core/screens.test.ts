// Which screens an element shows at, from its display classes (src/core/screens.ts).
import { describe, expect, it } from 'vitest';
import { ALL_SCREENS, isDisplayClass, visibleScreens } from '../../src/core/index.js';

const at = (mask: number | undefined, ...px: number[]): boolean[] => {
  // The screen holding a width: one bit per range between the frameworks' breakpoints.
  const edges = [576, 640, 768, 769, 992, 1024, 1200, 1216, 1280, 1400, 1408, 1440, 1536];
  return px.map((w) => !!(mask! & (1 << edges.filter((e) => e <= w).length)));
};

describe('visibleScreens', () => {
  it('shows everywhere without display classes', () => {
    expect(visibleScreens([])).toBe(ALL_SCREENS);
    expect(visibleScreens(['btn', 'btn-primary', 'hover:underline', 'sm:px-4', 'print:hidden', 'd-print-none'])).toBe(ALL_SCREENS);
  });
  it('never shows hidden, d-none, sr-only or visually-hidden alone', () => {
    for (const c of ['hidden', 'd-none', 'sr-only', 'visually-hidden', 'invisible', 'is-hidden', 'hide']) expect(visibleScreens([c]), c).toBe(0);
  });
  it('reads Tailwind min and max screens', () => {
    expect(at(visibleScreens(['hidden', 'sm:inline']), 320, 639, 640, 1600)).toEqual([false, false, true, true]);
    expect(at(visibleScreens(['sm:hidden']), 320, 639, 640, 1600)).toEqual([true, true, false, false]);
    expect(at(visibleScreens(['max-sm:hidden']), 320, 640)).toEqual([false, true]);
    expect(at(visibleScreens(['hidden', 'md:block', 'lg:hidden']), 700, 800, 1100)).toEqual([false, true, false]);
    expect(at(visibleScreens(['sr-only', 'md:not-sr-only']), 700, 800)).toEqual([false, true]);
  });
  it('reads Bootstrap 3, 4 and 5, Bulma and Foundation', () => {
    expect(at(visibleScreens(['d-sm-none']), 320, 576)).toEqual([true, false]);
    expect(at(visibleScreens(['d-none', 'd-sm-inline']), 320, 576)).toEqual([false, true]);
    expect(at(visibleScreens(['visible-xs']), 320, 768)).toEqual([true, false]);
    expect(at(visibleScreens(['hidden-xs']), 320, 768)).toEqual([false, true]);
    expect(at(visibleScreens(['hidden-sm-down']), 320, 700, 768)).toEqual([false, false, true]);
    expect(at(visibleScreens(['is-hidden-mobile']), 320, 769)).toEqual([false, true]);
    expect(at(visibleScreens(['show-for-medium']), 320, 640)).toEqual([false, true]);
    expect(at(visibleScreens(['hide-for-small-only']), 320, 640)).toEqual([false, true]);
  });
  it('a pair of short and long forms shows exactly one at every width', () => {
    for (const [a, b] of [[['sm:hidden'], ['hidden', 'sm:inline']], [['d-sm-none'], ['d-none', 'd-sm-inline']], [['visible-xs'], ['hidden-xs']], [['md:hidden'], ['hidden', 'md:flex']]] as const) {
      const x = visibleScreens(a)!;
      const y = visibleScreens(b)!;
      expect(x & y).toBe(0);
      expect(x | y).toBe(ALL_SCREENS);
    }
  });
  it('says a state decides (undefined) for state variants and unknown screens', () => {
    for (const c of ['hover:hidden', 'dark:inline', 'group-hover:hidden', 'tablet:hidden', 'min-[900px]:hidden']) expect(visibleScreens(['hidden', c]), c).toBeUndefined();
    expect(isDisplayClass('hidden')).toBe(true);
    expect(isDisplayClass('dark:hidden')).toBe(true);
    expect(isDisplayClass('btn')).toBe(false);
  });
});
