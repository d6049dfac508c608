import { expect, fixture, html } from '@open-wc/testing';
import { POPUP_DEFAULT, POPUP_MIN_SCREEN_WIDTH_PX, checkPopupFeatures, parseWindowFeatures } from '../../src/core/index.js';
import { isFramed, launchPopup, redirect, type LaunchWindow } from '../../src/components/mitid-button/launch.js';
import type { MitIDButton, MitIDLaunchDetail } from '../../src/index.js';
import { control } from './helpers.js';

interface FakeWindow extends LaunchWindow {
  opened: [string, string | undefined, string | undefined][];
}

/** A window-shaped object: framed or not, a cross-origin top that throws, a popup blocker. */
function fakeWindow(opts: { framed?: boolean; crossOrigin?: boolean; blocked?: boolean; screenWidth?: number } = {}): FakeWindow {
  const self = {};
  const top = opts.crossOrigin
    ? {
        location: {
          set href(_: string) {
            throw new DOMException('Blocked a frame from navigating', 'SecurityError');
          },
        },
      }
    : { location: { href: 'about:top' } };
  const opened: FakeWindow['opened'] = [];
  return {
    window: self,
    top: (opts.framed ? top : self) as LaunchWindow['top'],
    location: { href: 'about:self' },
    screen: { availWidth: opts.screenWidth ?? 1920 },
    screenX: 100,
    screenY: 50,
    outerWidth: 1200,
    outerHeight: 900,
    opened,
    open(url, target, features) {
      opened.push([url, target, features]);
      return opts.blocked ? null : {};
    },
  };
}

const URL_ = 'https://example.idura.broker/oauth2/authorize?client_id=x';

describe('launch: frame escape', () => {
  it('a top-level page redirects itself', () => {
    const win = fakeWindow();
    expect(isFramed(win)).to.equal(false);
    redirect(win, URL_);
    expect(win.location.href).to.equal(URL_);
  });

  it('a framed page navigates the top window, never the frame', () => {
    const win = fakeWindow({ framed: true });
    redirect(win, URL_);
    expect(win.top!.location.href).to.equal(URL_);
    expect(win.location.href).to.equal('about:self');
  });

  it('a cross-origin parent that refuses falls back to target _top', () => {
    const win = fakeWindow({ framed: true, crossOrigin: true });
    redirect(win, URL_);
    expect(win.opened).to.deep.equal([[URL_, '_top', undefined]]);
    expect(win.location.href).to.equal('about:self');
  });

  it('inside a real same-origin frame, the rendered link targets _top', async () => {
    const frame = document.createElement('iframe');
    frame.srcdoc = `<script type="module" src="${new URL('../../src/define.ts', import.meta.url).pathname}"></script><mitid-button href="https://example.mitid.dk/x"></mitid-button>`;
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    try {
      await loaded;
      const win = frame.contentWindow as Window & typeof globalThis;
      await win.customElements.whenDefined('mitid-button');
      const el = win.document.querySelector('mitid-button') as MitIDButton;
      await el.updateComplete;
      expect(isFramed(win as unknown as LaunchWindow)).to.equal(true);
      expect((control(el) as HTMLAnchorElement).target).to.equal('_top');
    } finally {
      frame.remove();
    }
  });

  it('a top-level page keeps the link in its own window, explicitly (a page <base target> never applies)', async () => {
    const el = await fixture<MitIDButton>(html`<mitid-button href="#top-level"></mitid-button>`);
    expect(control(el).getAttribute('target')).to.equal('_self');
  });
});

describe('launch: popup', () => {
  it('opens a popup big enough for the MitID box, centred on the opener', () => {
    const win = fakeWindow();
    expect(launchPopup(win, URL_)).to.equal('popup');
    const [url, , features] = win.opened[0]!;
    expect(url).to.equal(URL_);
    expect(checkPopupFeatures(features!)).to.deep.equal([]);
    const f = parseWindowFeatures(features!);
    expect(f.get('width')).to.equal(String(POPUP_DEFAULT.widthPx));
    expect(f.get('height')).to.equal(String(POPUP_DEFAULT.heightPx));
    expect(f.get('left')).to.equal(String(100 + (1200 - POPUP_DEFAULT.widthPx) / 2));
    expect(f.get('top')).to.equal(String(50 + (900 - POPUP_DEFAULT.heightPx) / 2));
    expect(win.location.href).to.equal('about:self');
  });

  it('redirects when the popup is blocked', () => {
    const win = fakeWindow({ blocked: true });
    expect(launchPopup(win, URL_)).to.equal('redirect');
    expect(win.location.href).to.equal(URL_);
  });

  it('redirects on a small screen without trying a popup', () => {
    const win = fakeWindow({ screenWidth: POPUP_MIN_SCREEN_WIDTH_PX - 1 });
    expect(launchPopup(win, URL_)).to.equal('redirect');
    expect(win.opened).to.deep.equal([]);
    expect(win.location.href).to.equal(URL_);
  });

  it('the element opens the popup inside the click handler (window.open stubbed)', async () => {
    const el = await fixture<MitIDButton>(html`<mitid-button href="https://example.idura.broker/a" launch="popup"></mitid-button>`);
    const original = window.open;
    const calls: unknown[][] = [];
    window.open = (...args: unknown[]) => {
      calls.push(args);
      return window;
    };
    const details: MitIDLaunchDetail[] = [];
    el.addEventListener('mitid-launch', (e) => details.push((e as CustomEvent<MitIDLaunchDetail>).detail));
    try {
      control(el).click();
    } finally {
      window.open = original;
    }
    expect(calls.length).to.equal(1);
    expect(calls[0]![0]).to.equal('https://example.idura.broker/a');
    expect(checkPopupFeatures(String(calls[0]![2]))).to.deep.equal([]);
    expect(details).to.deep.equal([{ url: 'https://example.idura.broker/a', mode: 'popup' }]);
  });
});
