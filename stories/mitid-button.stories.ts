import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ACTIONS, LANGS, SHAPES, buildAuthorizeUrl, type MitIDAction, type MitIDLang, type ButtonShape } from '../src/core/index.js';

interface Args {
  action: MitIDAction;
  lang: MitIDLang;
  shape: ButtonShape;
  href: string;
  launch: 'redirect' | 'popup';
  disabled: boolean;
  loading: boolean;
  fullWidth: boolean;
}

// A neutral stand-in for the official MitID logo, which teams get from their broker.
const logoPlaceholder = html`<svg slot="logo" width="52" height="20" viewBox="0 0 52 20" role="img" aria-label="logo placeholder">
  <rect x="0.5" y="0.5" width="51" height="19" rx="3" fill="none" stroke="currentColor" stroke-dasharray="3 2" />
  <text x="26" y="14" font-size="10" text-anchor="middle" fill="currentColor" font-family="sans-serif">logo</text>
</svg>`;

const button = (a: Partial<Args>, logo = false) => html`<mitid-button
  action=${a.action ?? nothing}
  lang=${a.lang ?? nothing}
  shape=${a.shape ?? nothing}
  href=${a.href || nothing}
  launch=${a.launch ?? nothing}
  ?disabled=${a.disabled}
  ?loading=${a.loading}
  ?full-width=${a.fullWidth}
  >${logo ? logoPlaceholder : nothing}</mitid-button
>`;

const meta: Meta<Args> = {
  title: 'mitid-button',
  component: 'mitid-button',
  args: { action: 'login', lang: 'da', shape: 'rounded', href: '', launch: 'redirect', disabled: false, loading: false, fullWidth: false },
  argTypes: {
    action: { control: 'select', options: [...ACTIONS] },
    lang: { control: 'inline-radio', options: [...LANGS] },
    shape: { control: 'inline-radio', options: [...SHAPES] },
    launch: { control: 'inline-radio', options: ['redirect', 'popup'] },
  },
  render: (args) => button(args),
};
export default meta;

type Story = StoryObj<Args>;

export const Playground: Story = {};

/** Every approved phrase: five actions in Danish and English. */
export const AllPhrases: Story = {
  render: () => html`<div style="display:grid;grid-template-columns:repeat(2,max-content);gap:12px">
    ${ACTIONS.map((action) => LANGS.map((lang) => button({ action, lang })))}
  </div>`,
};

export const Shapes: Story = {
  render: () => html`<div style="display:flex;gap:12px;flex-wrap:wrap">${SHAPES.map((shape) => button({ shape }))}</div>`,
};

export const States: Story = {
  render: () => html`<div style="display:flex;gap:12px;flex-wrap:wrap">
    ${button({})} ${button({ disabled: true })} ${button({ loading: true })} ${button({ href: 'https://example.idura.broker/', disabled: true })}
  </div>`,
};

export const WithLogo: Story = { render: (args) => button(args, true) };

export const FullWidth: Story = { args: { fullWidth: true } };

/** A link to an Idura/Criipto authorize URL built with the core helper; its login_hint action matches the button. */
export const AsLink: Story = {
  args: {
    action: 'sign',
    lang: 'en',
    href: buildAuthorizeUrl({ domain: 'example.idura.broker', clientId: 'urn:example:app', redirectUri: 'https://app.example.dk/callback', action: 'sign', lang: 'en' }),
  },
};

export const PopupLaunch: Story = { args: { href: 'https://example.idura.broker/oauth2/authorize', launch: 'popup' } };

/** type="submit" inside a form: the form's submit event sees the button as its submitter. */
export const InAForm: Story = {
  render: () => html`<form
    @submit=${(e: SubmitEvent) => {
      e.preventDefault();
      const out = (e.target as HTMLFormElement).querySelector('output');
      if (out) out.value = `submitted by ${(e.submitter as HTMLButtonElement | null)?.name ?? '?'}`;
    }}
  >
    <label>E-mail <input name="email" type="email" /></label>
    <mitid-button type="submit" name="method" value="mitid"></mitid-button>
    <output></output>
  </form>`,
};
