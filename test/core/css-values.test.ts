import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkBoxHeight, colorMatches, parseColor, resolveLength, splitCssValues, toHex, BRAND_BLUE } from '../../src/core/index.js';

describe('parseColor: the brand blue in any notation', () => {
  it.each([
    '#0060e6', '#0060E6', '#0060e6ff', 'rgb(0, 96, 230)', 'rgb(0 96 230)', 'rgba(0,96,230,1)', 'rgb(0 96 230 / 100%)',
    'RGB(0, 96, 230)', 'rgb(0%, 37.647%, 90.196%)', 'hsl(215deg 100% 45.1%)', 'hsl(215, 100%, 45.1%)', 'hsla(215,100%,45.1%,1)',
    'hsl(0.5972turn 100% 45.1%)', '#0060e6 !important', 'oklch(0.5304 0.2171 260.07)', 'oklch(53.04% 0.2171 260.07deg)',
    'oklab(0.5304 -0.0375 -0.2139)', 'OKLCH(0.5304 0.2171 260.07 / 1)',
  ])('%s', (value) => {
    expect(colorMatches(value, BRAND_BLUE)).toBe(true);
  });

  it.each(['#0061e6', '#06e', 'rgb(0 96 230 / 0.5)', 'blue', 'royalblue', 'hsl(215 100% 40%)', 'transparent', 'oklch(0.22 0.04 255)', 'oklch(0.5304 0.2171 200)', 'oklab(0.6 -0.0375 -0.2139)'])('%s is another colour', (value) => {
    expect(colorMatches(value, BRAND_BLUE)).toBe(false);
  });

  it.each(['var(--blue)', 'currentColor', 'color-mix(in srgb, red, blue)', '$brand', 'rgb(0 96)', '#12', '#ggg', 'rgb(0 96 230deg)', '', 'oklch(0.5 0.2 50%)', 'oklch(0.5 0.2deg 260)', 'oklch(from red l c h)'])('%s is unknown', (value) => {
    expect(parseColor(value)).toBeUndefined();
    expect(colorMatches(value, BRAND_BLUE)).toBeUndefined();
  });

  it('knows white by name and short hex, and prints hex', () => {
    expect(colorMatches('white', '#ffffff')).toBe(true);
    expect(colorMatches('#FFF', '#ffffff')).toBe(true);
    expect(toHex(parseColor('rgb(0 96 230)')!)).toBe('#0060e6');
    expect(toHex(parseColor('rgba(0 0 0 / 50%)')!)).toBe('#00000080');
    // OKLCH as CSS Color 4 converts it: white, black, and a dark navy.
    expect(['oklch(1 0 0)', 'oklch(0 0 0)', 'oklch(0.22 0.04 255)'].map((c) => toHex(parseColor(c)!))).toEqual(['#ffffff', '#000000', '#0d1b2d']);
  });
});

describe('resolveLength', () => {
  it.each([
    ['48px', 48], ['3rem', 48], ['36pt', 48], ['0.5in', 48], ['0', 0], ['-4px', -4], ['.25rem', 4],
    ['calc(40px + 8px)', 48], ['calc(2 * 24px)', 48], ['calc(96px / 2)', 48], ['calc((1rem + 8px) * 2)', 48],
    ['min(48px, 60px)', 48], ['max(40px, 3rem)', 48], ['clamp(10px, 48px, 60px)', 48], ['48px !important', 48],
    ['-webkit-calc(50px - 2px)', 48],
  ])('%s is %dpx', (value, px) => {
    expect(resolveLength(value)).toEqual({ kind: 'px', px });
  });

  it('uses the given root and element font sizes', () => {
    expect(resolveLength('3rem', { rootFontSizePx: 10 })).toEqual({ kind: 'px', px: 30 });
    expect(resolveLength('2em', { fontSizePx: 24 })).toEqual({ kind: 'px', px: 48 });
  });

  it('gives viewport-dependent values as a linear function', () => {
    expect(resolveLength('93vh')).toEqual({ kind: 'viewport', px: 0, vh: 93, vw: 0 });
    expect(resolveLength('calc(100dvh - 40px)')).toEqual({ kind: 'viewport', px: -40, vh: 100, vw: 0 });
    expect(resolveLength('50vw')).toEqual({ kind: 'viewport', px: 0, vh: 0, vw: 50 });
  });

  it.each(['50%', '2em', '10ch', 'min(50vh, 600px)', 'var(--h)', 'var(--h, 600px)', '$height', '#{$h}px', '12', 'calc(10px + 5)', 'calc(10px * 2px)', 'calc(10px / 0)', 'calc(10px', 'abc', '10px 20px', 'attr(data-h px)', ''])(
    '%s is unknown, never a guess',
    (value) => {
      expect(resolveLength(value).kind).toBe('unknown');
    },
  );

  it.each(['auto', 'none', 'inherit', 'fit-content', 'AUTO'])('%s is a keyword', (value) => {
    expect(resolveLength(value).kind).toBe('keyword');
  });

  it('resolves custom properties and preprocessor variables through the given lookup', () => {
    const vars: Record<string, string> = { '--h': '48px', $base: '8px', '--box': 'calc(var(--h) * 10)', '--loop': 'var(--loop)' };
    const ctx = { resolveVar: (name: string) => vars[name] };
    expect(resolveLength('var(--h)', ctx)).toEqual({ kind: 'px', px: 48 });
    expect(resolveLength('var(--h, 10px)', ctx)).toEqual({ kind: 'px', px: 48 });
    expect(resolveLength('calc($base * 6)', ctx)).toEqual({ kind: 'px', px: 48 });
    expect(resolveLength('var(--box)', ctx)).toEqual({ kind: 'px', px: 480 });
    expect(resolveLength('var(--loop)', ctx).kind).toBe('unknown');
    expect(resolveLength('var(--missing)', ctx).kind).toBe('unknown');
  });

  it('never throws on any string', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (s) => {
        expect(['px', 'viewport', 'keyword', 'unknown']).toContain(resolveLength(s).kind);
      }),
      { numRuns: 3000 },
    );
    const piece = fc.constantFrom('calc(', 'min(', 'var(--a', ')', '(', '+', '-', '*', '/', ',', '10px', '2', 'vh', '1e3', '.5rem', ' ');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (parts) => {
        expect(() => resolveLength(parts.join(''), { resolveVar: () => 'var(--a)' })).not.toThrow();
      }),
      { numRuns: 3000 },
    );
  });
});

describe('splitCssValues', () => {
  it('splits on top-level spaces or commas only', () => {
    expect(splitCssValues('.25rem calc(1rem + 2px) 0')).toEqual(['.25rem', 'calc(1rem + 2px)', '0']);
    expect(splitCssValues('"IBM Plex Sans", Helvetica, Arial, sans-serif', 'comma')).toEqual(['"IBM Plex Sans"', 'Helvetica', 'Arial', 'sans-serif']);
    expect(splitCssValues('url("a b.png") no-repeat')).toEqual(['url("a b.png")', 'no-repeat']);
  });
});

describe('checkBoxHeight (L4: at least 588px)', () => {
  it.each(['588px', '600px', 'auto', 'none', '100%x'.slice(0, 0) || 'fit-content', '37rem', 'calc(100vh + 588px)'])('%s leaves room', (value) => {
    expect(checkBoxHeight(value).verdict).toBe('ok');
  });
  it('reports a fixed height under the box', () => {
    expect(checkBoxHeight('500px')).toEqual({ verdict: 'too-short', px: 500, minPx: 588 });
    expect(checkBoxHeight('36rem')).toEqual({ verdict: 'too-short', px: 576, minPx: 588 });
  });
  it('reports viewport heights with the screen height where clipping starts', () => {
    // The broker sample's max-height: 93vh clips below a 632px viewport: 0.93 * 632 = 587.76.
    expect(checkBoxHeight('93vh')).toEqual({ verdict: 'viewport', clipsBelowPx: 633, minPx: 588 });
    expect(checkBoxHeight('calc(100vh - 100px)')).toEqual({ verdict: 'viewport', clipsBelowPx: 688, minPx: 588 });
  });
  it('is unknown for percentages, width-dependent and unresolved values', () => {
    expect(checkBoxHeight('80%').verdict).toBe('unknown');
    expect(checkBoxHeight('50vw').verdict).toBe('unknown');
    expect(checkBoxHeight('var(--h)').verdict).toBe('unknown');
  });
  it('takes another minimum when asked', () => {
    expect(checkBoxHeight('600px', { minPx: 660 }).verdict).toBe('too-short');
  });
});
