import { describe, expect, it } from 'vitest';
import { BUTTON_STYLE_PROPERTIES, checkButtonDeclaration, isBrandBlueOrDarker, parseColor } from '../../src/core/index.js';

const ok = (property: string, value: string, state?: 'hover' | 'active' | 'focus') =>
  expect(checkButtonDeclaration(property, value, state ? { state } : {}), `${property}: ${value}`).toBeUndefined();
const bad = (property: string, value: string, state?: 'hover' | 'active' | 'focus') => {
  const v = checkButtonDeclaration(property, value, state ? { state } : {});
  expect(v, `${property}: ${value}`).toBeDefined();
  return v!;
};

describe('checkButtonDeclaration: colours (B2)', () => {
  it('accepts the brand blue and white in any notation', () => {
    ok('background-color', 'rgb(0 96 230)');
    ok('background', '#0060E6');
    ok('background', '#0060e6 none no-repeat');
    ok('color', 'white');
    ok('color', '#fff');
    ok('color', 'rgb(255,255,255)');
  });
  it('reports another blue with a one-to-one fix', () => {
    expect(bad('background-color', '#0066ff')).toEqual({ property: 'background-color', expected: '#0060e6', actual: '#0066ff', fix: '#0060e6' });
    expect(bad('background', 'royalblue').fix).toBe('#0060e6');
    expect(bad('color', '#f0f0f0')).toMatchObject({ expected: '#ffffff', fix: '#ffffff' });
  });
  it('reports images, gradients and none as the background, without a fix', () => {
    expect(bad('background', 'linear-gradient(#0060e6, #003d99)').fix).toBeUndefined();
    expect(bad('background', 'url(btn.png)').fix).toBeUndefined();
    expect(bad('background', 'none').fix).toBeUndefined();
    expect(bad('background', 'red url(x.png)').fix).toBeUndefined();
  });
  it('accepts an image layer (the logo) on the brand blue, and judges its colour', () => {
    ok('background', '#0060e6 url(mitid-logo.svg) no-repeat 1rem center');
    ok('background', 'url(mitid-logo.svg) no-repeat left 1rem center,#0060e6');
    expect(bad('background', 'url(logo.svg) no-repeat, #06e')).toMatchObject({ expected: '#0060e6', fix: undefined });
  });
  it('judges a background-image gradient like the shorthand, in every state; an image (the logo) stays fine', () => {
    for (const state of [undefined, 'hover', 'active', 'focus'] as const) {
      expect(bad('background-image', 'linear-gradient(90deg, #0060e6, #7c3aed)', state)).toMatchObject({ property: 'background-image', actual: 'linear-gradient(90deg, #0060e6, #7c3aed)' });
      bad('background-image', 'url(mitid-logo.svg), radial-gradient(#0060e6, #003d99)', state);
      ok('background-image', 'url(mitid-logo.svg)', state);
      ok('background-image', 'none', state);
    }
    bad('background-image', 'repeating-conic-gradient(red 0 10deg, blue 0 20deg)');
    ok('background-image', 'var(--mitid-gradient)');
    ok('background-image', 'image-set("logo.avif" type("image/avif"), "logo.png" type("image/png"))');
    expect(BUTTON_STYLE_PROPERTIES).toContain('background-image');
  });
  it('stays silent when the value cannot be known', () => {
    ok('background', 'var(--mitid-blue)');
    ok('background-color', 'var(--x, red)');
    ok('color', 'currentColor');
    ok('background', '$brand-blue');
    ok('color', 'inherit');
  });
  it('lets :hover, :active and :focus darken the blue (B9), nothing else', () => {
    ok('background-color', '#0050c0', 'hover');
    ok('background-color', '#003d99', 'active');
    bad('background-color', '#0050c0');
    bad('background-color', '#3385ff', 'hover');
    bad('background-color', '#e60000', 'hover');
    bad('color', '#000', 'hover');
    // A state has many right blues, so no one-to-one fix; text colour has one.
    expect(bad('background-color', '#e60000', 'hover').fix).toBeUndefined();
    expect(bad('color', '#000', 'hover').fix).toBe('#ffffff');
    expect(isBrandBlueOrDarker(parseColor('#0060e6')!)).toBe(true);
    expect(isBrandBlueOrDarker(parseColor('rgb(0 96 230 / .5)')!)).toBe(false);
  });
});

describe('checkButtonDeclaration: font (B3)', () => {
  it('wants IBM Plex Sans first', () => {
    ok('font-family', '"IBM Plex Sans", Helvetica, Arial, sans-serif');
    ok('font-family', "'IBM Plex Sans', sans-serif");
    ok('font-family', 'IBM Plex Sans');
    ok('font', '600 16px/1.5 "IBM Plex Sans", Helvetica, Arial, sans-serif');
    ok('font-family', 'var(--font)');
    ok('font', 'inherit');
    expect(bad('font-family', 'Helvetica, "IBM Plex Sans"').expected).toContain('IBM Plex Sans');
    bad('font-family', 'Roboto, sans-serif');
    bad('font', 'bold 1rem Arial');
  });
});

describe('checkButtonDeclaration: height (B4), radius (B6), padding (B5), text', () => {
  it('wants 48px tall', () => {
    ok('height', '48px');
    ok('height', '3rem');
    ok('height', 'calc(40px + 8px)');
    ok('min-height', '48px');
    ok('max-height', '60px');
    ok('height', 'auto');
    ok('height', '50%');
    expect(bad('height', '44px')).toMatchObject({ expected: '48px', fix: '48px' });
    bad('min-height', '56px');
    bad('max-height', '40px');
    bad('block-size', '2.5rem');
  });
  it('allows any radius from 0 to a pill, not ellipses', () => {
    for (const v of ['0', '4px', '.25rem', '24px', '9999px', '4px 4px 0 0', 'var(--r)']) ok('border-radius', v);
    ok('border-top-left-radius', '8px');
    bad('border-radius', '50%');
    bad('border-radius', '10px / 20px');
    bad('border-radius', '-2px');
  });
  it('wants the brand padding .25rem .75rem .25rem 1rem', () => {
    ok('padding', '.25rem .75rem .25rem 1rem');
    ok('padding', '4px 12px 4px 16px');
    ok('padding', '0.25rem 0.75rem 0.25rem 1rem !important');
    ok('padding-left', '1rem');
    ok('padding-inline-start', '16px');
    ok('padding-block', '.25rem');
    ok('padding-inline', '1rem .75rem');
    ok('padding', 'var(--p)');
    expect(bad('padding', '12px 24px').expected).toBe('.25rem .75rem .25rem 1rem');
    bad('padding-top', '8px');
    bad('padding-inline', '2rem');
  });
  it('keeps the text as written: no text-transform', () => {
    ok('text-transform', 'none');
    bad('text-transform', 'uppercase');
  });
  it('has no opinion on other properties', () => {
    ok('margin', '100px');
    ok('width', '100%');
    expect(BUTTON_STYLE_PROPERTIES).toContain('background-color');
  });
});
