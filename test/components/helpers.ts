/** Shared setup for the component's browser tests. */
import { fixture, html } from '@open-wc/testing';
import type { MitIDButton } from '../../src/index.js';
import '../../src/define.js';

/** The inner native control (<button> or <a>). */
export function control(el: MitIDButton): HTMLElement {
  const inner = el.shadowRoot!.querySelector<HTMLElement>('.control');
  if (!inner) throw new Error('no inner control');
  return inner;
}

export function textSpan(el: MitIDButton): HTMLElement {
  return el.shadowRoot!.querySelector<HTMLElement>('.text')!;
}

/** Loads the kit's document-level font CSS once. */
export async function loadFonts(): Promise<void> {
  if (document.querySelector('link[data-mitid-fonts]')) return;
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = '/assets/fonts.css';
  link.dataset.mitidFonts = '';
  const loaded = new Promise((resolve, reject) => {
    link.onload = resolve;
    link.onerror = reject;
  });
  document.head.append(link);
  await loaded;
}

/** Replaces a console method while `body` runs, collecting its messages. */
export async function capture(kind: 'warn' | 'error', body: () => Promise<void> | void): Promise<string[]> {
  const original = console[kind];
  const messages: string[] = [];
  console[kind] = (...args: unknown[]) => messages.push(args.map(String).join(' '));
  try {
    await body();
  } finally {
    console[kind] = original;
  }
  return messages;
}

export { fixture, html };

interface AxeInternals {
  setup(node: Node): void;
  teardown(): void;
  commons: { text: { accessibleText(el: Element): string } };
}

/** The accessible name as axe-core computes it (its own name algorithm, across shadow roots). */
export async function accessibleName(el: Element): Promise<string> {
  await import('axe-core');
  const axe = (window as unknown as { axe: AxeInternals }).axe;
  axe.setup(document);
  try {
    return axe.commons.text.accessibleText(el);
  } finally {
    axe.teardown();
  }
}

export interface AxTree {
  role: string | null;
  name: string | null;
  ignored: boolean;
  /** "role: name" of every named node under the element, as a screen reader could read them. */
  texts: string[];
}

/** Runs a command of test/components/chromium-commands.mjs on `el`. */
async function onProbe<R>(el: Element, command: string, payload?: unknown): Promise<R> {
  const { executeServerCommand } = await import('@web/test-runner-commands');
  const w = window as unknown as { __probe?: Element };
  w.__probe = el;
  try {
    return await executeServerCommand<R, unknown>(command, payload);
  } finally {
    delete w.__probe;
  }
}

/** The element's node in Chromium's own accessibility tree (CDP Accessibility.getFullAXTree). */
export const axTree = (el: Element): Promise<AxTree> => onProbe<AxTree>(el, 'ax-tree');

/** A PNG (base64) of what Chromium draws in the element's box and `margin` px around it. */
export const pixels = (el: Element, margin = 0): Promise<string | null> => onProbe<string | null>(el, 'pixels', { margin });
