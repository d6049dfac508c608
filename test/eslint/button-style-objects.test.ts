// mitid/button-style reads brand styles written as JS objects: vanilla-extract (style, recipe,
// styleVariants, globalStyle), the object syntax of styled-components/Emotion, `css({...})`
// named for the MitID button, Chakra/styled-system style props on a MitID call to action,
// Svelte's `style:` directive and Angular's style bindings. Names that are the logo, help or another button stay silent.
import { checkButtonDeclaration, type ButtonState } from '../../src/core/index.js';
import { describe, expect, it } from 'vitest';
import { htmlTester, jsxTester, rules, vueTester } from './helpers.js';

const rule = rules['button-style'] as never;
const off = (property: string, actual: string, line: number, state: ButtonState = 'default') => ({
  messageId: 'offBrand',
  data: { property, actual, expected: checkButtonDeclaration(property, actual, { state })?.expected ?? 'n/a' },
  line,
});
const VE = "import { style, recipe, styleVariants, globalStyle } from '@vanilla-extract/css';\n";

jsxTester.run('button-style: vanilla-extract', rule, {
  valid: [
    { code: `${VE}export const mitidButton = style({ background: '#0060e6', color: '#fff', height: 48, selectors: { '&:hover': { background: '#0050c0' } } });\n`, filename: 'login.css.ts' },
    // The logo, the help toggle and another button are not the MitID button.
    { code: `${VE}export const mitidLogo = style({ background: 'url(/mitid.svg) no-repeat', height: 20 });\n`, filename: 'login.css.ts' },
    { code: `${VE}// MitID help\nexport const helpButton = style({ background: 'transparent', color: '#333' });\nexport const mitidHelpToggle = style({ background: 'none' });\n`, filename: 'login.css.ts' },
    { code: `${VE}// next to the MitID button\nexport const primaryButton = style({ background: '#e0001b', height: 36 });\n`, filename: 'login.css.ts' },
    // A child selector styles the logo inside, not the button; a disabled state is its own.
    { code: `${VE}export const mitidButton = style({ selectors: { '& svg': { background: '#000' }, '&:disabled': { background: '#ccc' } } });\n`, filename: 'login.css.ts' },
    // Theme variables are unknown values.
    { code: `${VE}import { vars } from './theme.css';\nexport const mitidButton = style({ background: vars.color.brand, height: vars.size.button });\n`, filename: 'login.css.ts' },
    // Object styles in a test file are fixtures.
    { code: `${VE}export const mitidButton = style({ background: '#e0001b' });\n`, filename: 'src/__tests__/login.css.test.ts' },
    // Without vanilla-extract, a local style() is someone else's function.
    { code: "import { style } from './dom';\nexport const mitidButton = style({ background: '#e0001b' });\n", filename: 'login.ts' },
    // Disabled and dark variants are not specified by the brand (B9): silent.
    {
      code: `${VE}export const mitidButtonDisabled = style({ background: '#ccc' });\nexport const mitidButton = recipe({ variants: { disabled: { true: { background: '#ccc' } } } });\nexport const mitIdBtn = style({ '@media': { '(prefers-color-scheme: dark)': { background: '#333' } } });\n`,
      filename: 'login.css.ts',
    },
    { code: `${VE}globalStyle('.mitid-logo', { background: 'url(/logo.svg)' });\nglobalStyle('.mitid-btn::after', { background: '#000' });\n`, filename: 'global.css.ts' },
  ],
  invalid: [
    {
      code: `${VE}export const mitidButton = style({\n  background: '#1a73e8',\n  height: 40,\n  selectors: { '&:hover': { background: '#e0001b' } },\n});\n`,
      filename: 'login.css.ts',
      errors: [off('background', '#1a73e8', 3), off('height', '40px', 4), off('background', '#e0001b', 5, 'hover')],
    },
    // A darker blue on hover is allowed; another hue on focus is not.
    {
      code: `${VE}export const mitIdLoginButton = style({\n  ':hover': { backgroundColor: '#0050c0' },\n  ':focus-visible': { backgroundColor: '#00a000' },\n});\n`,
      filename: 'login.css.ts',
      errors: [off('background-color', '#00a000', 4, 'focus')],
    },
    {
      code: `${VE}export const mitidButton = style([base, {\n  '@media': { 'screen and (min-width: 768px)': { fontFamily: 'Roboto' } },\n}]);\n`,
      filename: 'login.css.ts',
      errors: [off('font-family', 'Roboto', 3)],
    },
    {
      code: `${VE}import { recipe } from '@vanilla-extract/recipes';\nexport const mitidButton = recipe({\n  base: { textTransform: 'uppercase' },\n  variants: { size: { small: { height: 32 } } },\n});\n`,
      filename: 'button.css.ts',
      errors: [off('text-transform', 'uppercase', 4), off('height', '32px', 5)],
    },
    // A recipe of every provider's button: only the MitID variant is the MitID button.
    {
      code: `${VE}export const loginButton = recipe({\n  base: { height: 36 },\n  variants: { provider: { google: { background: '#fff' }, mitid: { background: '#1a73e8' } } },\n});\n`,
      filename: 'button.css.ts',
      errors: [off('background', '#1a73e8', 4)],
    },
    {
      code: `${VE}export const button = styleVariants({\n  primary: { background: '#e0001b' },\n  mitid: { background: '#e0001b' },\n});\n`,
      filename: 'button.css.ts',
      errors: [off('background', '#e0001b', 4)],
    },
    {
      code: `${VE}globalStyle('.mitid-btn', {\n  borderRadius: '50%',\n});\nglobalStyle('.login .mitid-btn:hover', {\n  background: '#e0001b',\n});\n`,
      filename: 'global.css.ts',
      errors: [off('border-radius', '50%', 3), off('background', '#e0001b', 6, 'hover')],
    },
    // globalStyle on a style() class: `${mitidButton}:active`.
    {
      code: `${VE}export const mitidButton = style({});\nglobalStyle(\`\${mitidButton}:active\`, {\n  background: '#e0001b',\n});\n`,
      filename: 'global.css.ts',
      errors: [off('background', '#e0001b', 4, 'active')],
    },
  ],
});

const SC = "import styled, { css } from 'styled-components';\n";

jsxTester.run('button-style: styled-components/Emotion object syntax', rule, {
  valid: [
    { code: `${SC}export const MitIDButton = styled.button({ background: '#0060e6', color: '#ffffff', '&:hover': { background: '#0050c0' } });\n`, filename: 'a.tsx' },
    { code: `${SC}// MitID\nexport const PrimaryButton = styled.button({ background: '#e0001b' });\nexport const MitIDLogo = styled.img({ height: 20 });\n`, filename: 'a.tsx' },
    { code: `${SC}export const mitidHelp = css({ background: 'transparent' });\n`, filename: 'a.tsx' },
    { code: `${SC}// MitID\nexport default styled.button({ background: '#e0001b' });\n`, filename: 'src/PrimaryButton.styles.ts' },
    { code: `${SC}export const MitIDButton = styled.button({ background: '#e0001b' });\n`, filename: 'MitIDButton.test.tsx' },
  ],
  invalid: [
    { code: `${SC}export const MitIDButton = styled.button({\n  background: '#000',\n});\n`, filename: 'a.tsx', errors: [off('background', '#000', 3)] },
    { code: `${SC}import { Button } from './ui';\nexport const MitIdLogin = styled(Button)({\n  height: '36px',\n  '&:hover': { backgroundColor: '#e0001b' },\n});\n`, filename: 'a.tsx', errors: [off('height', '36px', 4), off('background-color', '#e0001b', 5, 'hover')] },
    { code: `${SC}export const MitIDButton = styled('button')((props) => ({\n  fontFamily: 'Roboto',\n}));\n`, filename: 'a.tsx', errors: [off('font-family', 'Roboto', 3)] },
    // The wrapped component names the MitID button.
    { code: `${SC}import { MitIDButton } from './mitid';\nexport const Cta = styled(MitIDButton).attrs({ type: 'button' })({\n  background: '#e0001b',\n});\n`, filename: 'a.tsx', errors: [off('background', '#e0001b', 4)] },
    { code: `${SC}import Button from '@mui/material/Button';\nexport const MitIDButton = styled(Button)(({ theme }) => {\n  const unused = theme;\n  return { borderRadius: '50%' };\n});\n`, filename: 'a.tsx', errors: [off('border-radius', '50%', 5)] },
    { code: `${SC}export default styled.button({\n  background: '#000',\n});\n`, filename: 'src/MitIDButton.styles.ts', errors: [off('background', '#000', 3)] },
    { code: "import { css } from '@emotion/css';\nexport const mitidButton = css({\n  textTransform: 'uppercase',\n});\n", filename: 'a.ts', errors: [off('text-transform', 'uppercase', 3)] },
  ],
});

const chakra = (jsx: string): string => `import { Button } from '@chakra-ui/react';\nexport const L = () => (\n  ${jsx}\n);\n`;

jsxTester.run('button-style: Chakra/styled-system style props', rule, {
  valid: [
    { code: chakra('<Button bg="#0060e6" color="#fff" h="48px" fontFamily="IBM Plex Sans, sans-serif">Log ind med MitID</Button>'), filename: 'a.tsx' },
    // Theme tokens: unknown scales, silent.
    { code: chakra('<Button bg="blue.500" color="white" h={10} minH="10" fontFamily="heading" rounded="md">Log ind med MitID</Button>'), filename: 'a.tsx' },
    // Not a MitID call to action.
    { code: chakra('<Button bg="red.500">Gem</Button>'), filename: 'a.tsx' },
    { code: chakra("<Button bg=\"blue.500\" _hover={{ bg: 'blue.600', fontFamily: 'heading' }} _active={{ bg: '#0050c0' }}>Log ind med MitID</Button>"), filename: 'a.tsx' },
    { code: chakra("<Button _hover={{ bg: '#e0001b' }}>Gem</Button>"), filename: 'a.tsx' },
    { code: chakra('<Button bg="#e0001b" h="36px">Gem</Button>'), filename: 'a.tsx' },
    // An HTML element's attributes are no style props.
    { code: chakra('<button color="#e0001b" height="30">Log ind med MitID</button>'), filename: 'a.tsx' },
  ],
  invalid: [
    {
      code: chakra('<Button bg="#1a73e8" color="#fff" h="40px" fontFamily="Roboto">Log ind med MitID</Button>'),
      filename: 'a.tsx',
      errors: [off('background', '#1a73e8', 3), off('height', '40px', 3), off('font-family', 'Roboto', 3)],
    },
    {
      code: chakra('<Button bgColor="rgb(0, 0, 0)" minH="4rem" borderRadius="50%" textTransform="uppercase">Log ind med MitID</Button>'),
      filename: 'a.tsx',
      errors: [off('background-color', 'rgb(0, 0, 0)', 3), off("min-height", "4rem", 3), off('border-radius', '50%', 3), off('text-transform', 'uppercase', 3)],
    },
    { code: chakra('<Button backgroundColor="#e0001b" rounded="10%">Log ind med MitID</Button>'), filename: 'a.tsx', errors: [off('background-color', '#e0001b', 3), off('border-radius', '10%', 3)] },
    // Expression values, pseudo props (judged as their state; a darker blue is fine), gradients.
    {
      code: chakra("<Button onClick={login} bg={'#E4105D'} _hover={{ backgroundColor: '#b00c48', h: 10 }} _focusVisible={{ bg: '#0050c0' }}>Log ind med MitID</Button>"),
      filename: 'a.tsx',
      errors: [off('background', '#E4105D', 3), off('background-color', '#b00c48', 3, 'hover')],
    },
    { code: chakra('<Button bg="linear-gradient(90deg, #0060e6, #00a0e6)">Log ind med MitID</Button>'), filename: 'a.tsx', errors: [off('background', 'linear-gradient(90deg, #0060e6, #00a0e6)', 3)] },
    { code: chakra("<button onClick={login} css={css({ background: '#000' })}>Log ind med MitID</button>"), filename: 'a.tsx', errors: [off('background', '#000', 3)] },
    // MUI sx state selectors.
    { code: chakra("<Button sx={{ bgcolor: '#0060e6', '&:hover': { bgcolor: '#e0001b' } }}>Log ind med MitID</Button>"), filename: 'a.tsx', errors: [off('background-color', '#e0001b', 3, 'hover')] },
  ],
});

htmlTester.run('button-style: Svelte style: directive', rule, {
  valid: [
    { code: '<button on:click={login} style:background="#0060e6">Log ind med MitID</button>', filename: 'Login.svelte' },
    { code: '<button style:background="#e0001b">Gem</button>', filename: 'Login.svelte' },
    { code: '<button on:click={login} style:background={bg}>Log ind med MitID</button>', filename: 'Login.svelte' },
  ],
  invalid: [
    { code: '<button on:click={login}\n  style:background="#e0001b">Log ind med MitID</button>', filename: 'Login.svelte', errors: [off('background', '#e0001b', 2)] },
    { code: '<button style:text-transform|important="uppercase">Log ind med MitID</button>', filename: 'Login.svelte', errors: [off('text-transform', 'uppercase', 1)] },
  ],
});

htmlTester.run('button-style: Angular style bindings', rule, {
  valid: [
    { code: `<button (click)="login()" [style.background]="'#0060e6'" [style.height.px]="48" [ngStyle]="{ color: '#ffffff', height: 48 }">Log ind med MitID</button>`, filename: 'login.component.html' },
    { code: `<button (click)="save()" [style.background]="'#e0001b'">Gem</button>`, filename: 'login.component.html' },
    { code: `<button (click)="login()" [style.background]="brandColor" [style.height]="h">Log ind med MitID</button>`, filename: 'login.component.html' },
  ],
  invalid: [
    {
      code: `<button (click)="login()"\n  [style.background]="'#e0001b'"\n  [style.height.px]="40"\n  [ngStyle]="{ 'text-transform': 'uppercase', fontFamily: 'Roboto' }">Log ind med MitID</button>`,
      filename: 'login.component.html',
      errors: [off('background', '#e0001b', 2), off('height', '40px', 3), off('text-transform', 'uppercase', 4), off('font-family', 'Roboto', 4)],
    },
  ],
});

vueTester.run('button-style: Vue :style objects and arrays', rule, {
  valid: [{ code: '<template>\n  <button :style="[{ background: \'#0060e6\' }, { color: \'#fff\' }]">Log ind med MitID</button>\n</template>', filename: 'Login.vue' }],
  invalid: [
    { code: '<template>\n  <button :style="[base, { background: \'#e0001b\' }]">Log ind med MitID</button>\n</template>', filename: 'Login.vue', errors: [off('background', '#e0001b', 2)] },
    { code: '<template>\n  <button :style="{ height: \'36px\' }">Log ind med MitID</button>\n</template>', filename: 'Login.vue', errors: [off('height', '36px', 2)] },
  ],
});

describe('button-style: the speed promise', () => {
  const listeners = (text: string, filename: string): string[] => {
    const reports: unknown[] = [];
    const context = { id: 'mitid/button-style', options: [], settings: {}, filename, physicalFilename: filename, cwd: process.cwd(), sourceCode: { text, parserServices: {} }, report: (r: unknown) => reports.push(r) };
    const out = Object.keys((rules['button-style'] as unknown as { create(c: unknown): object }).create(context));
    expect(reports).toEqual([]);
    return out;
  };
  it('gives a style file that never names MitID no listeners, and one that does the call listener', () => {
    expect(listeners(`${VE}export const primaryButton = style({ background: '#e0001b' });\n`, 'theme.css.ts')).toEqual([]);
    expect(listeners(`${VE}export const mitidButton = style({ background: '#e0001b' });\n`, 'login.css.ts')).toContain('CallExpression');
  });
});
