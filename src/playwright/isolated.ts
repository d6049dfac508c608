/**
 * Runs the audit where the page's own script cannot reach it: in an isolated world of every frame
 * (the DevTools protocol's Page.createIsolatedWorld, the mechanism of browser extensions' content
 * scripts). Its getComputedStyle, Array, JSON and document.fonts are its own, so a page that
 * patches them in its world steers nothing. Closed shadow roots (imperative and declarative) come
 * from DOM.getDocument({ pierce: true }) and are handed to the audit; frames from another origin
 * run in their own process and are audited through their own session. A frame that cannot be
 * entered is a failing "could not verify" finding, never a silent pass.
 */
import type { CDPSession, Frame, Page } from 'playwright-core';
import { isMitIDLoginUrl } from '../core/index.js';
import type { AuditOptions, PlainFinding } from '../audit/index.js';
import { auditBundle, AUDIT_GLOBAL } from './bundle.js';

const WORLD = 'mitid-ux-audit';

/** The parts of the DevTools protocol's types used here (playwright-core does not export them). */
interface CdpNode {
  backendNodeId: number;
  frameId?: string;
  shadowRootType?: string;
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
  contentDocument?: CdpNode;
}
interface CdpFrame {
  id: string;
  url: string;
  name?: string;
}
interface CdpFrameTree {
  frame: CdpFrame;
  childFrames?: CdpFrameTree[];
}
type CallArgument = { value?: unknown; objectId?: string };

/** One frame's document as the protocol sees it, with the closed shadow roots inside it. */
interface FrameDoc {
  frameId: string;
  closedRoots: number[];
}

/** Walks a DOM.getDocument tree: every document (frame) with its closed shadow roots. */
function framesOf(root: CdpNode, rootFrameId: string): Map<string, FrameDoc> {
  const out = new Map<string, FrameDoc>();
  const pending: { node: CdpNode; frameId: string }[] = [{ node: root, frameId: rootFrameId }];
  while (pending.length) {
    const { node, frameId } = pending.pop() as { node: CdpNode; frameId: string };
    const doc = out.get(frameId) ?? { frameId, closedRoots: [] };
    out.set(frameId, doc);
    for (const s of node.shadowRoots ?? []) {
      if (s.shadowRootType === 'closed') doc.closedRoots.push(s.backendNodeId);
      pending.push({ node: s, frameId });
    }
    for (const c of node.children ?? []) pending.push({ node: c, frameId });
    if (node.contentDocument && node.frameId) pending.push({ node: node.contentDocument, frameId: node.frameId });
  }
  return out;
}

export interface FrameAudit {
  frame: Frame;
  findings: PlainFinding[];
}

export interface IsolatedRunOptions extends AuditOptions {
  /** Milliseconds the whole run may take. */
  timeoutMs: number;
}

/** Frames of the page whose CDP session is the page's own (same process) or their own (another origin). */
async function sessionFor(page: Page, frame: Frame, pageSession: CDPSession): Promise<{ session: CDPSession; own: boolean }> {
  if (frame === page.mainFrame()) return { session: pageSession, own: false };
  try {
    return { session: await page.context().newCDPSession(frame), own: true };
  } catch {
    return { session: pageSession, own: false };
  }
}

function flatTree(tree: CdpFrameTree): CdpFrame[] {
  return [tree.frame, ...(tree.childFrames ?? []).flatMap(flatTree)];
}

/** Rejects after `ms` with a message naming the step, so no protocol call can hang the run. */
export function deadline<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not finish within ${Math.max(0, Math.round(ms))}ms`)), Math.max(0, ms));
  });
  return Promise.race([promise, limit]).finally(() => clearTimeout(timer));
}

/**
 * Opens the audit's isolated world in one frame, loads the audit bundle into it and resolves the
 * frame's closed shadow roots there (as call arguments for the audit).
 */
async function openWorld(session: CDPSession, frameId: string, closedRoots: readonly number[], ms: () => number): Promise<{ executionContextId: number; roots: CallArgument[] }> {
  const { executionContextId } = await deadline(session.send('Page.createIsolatedWorld', { frameId, worldName: WORLD, grantUniveralAccess: false }), ms(), 'entering the frame');
  const loaded = await deadline(session.send('Runtime.evaluate', { expression: `${auditBundle()};globalThis.${AUDIT_GLOBAL} = ${AUDIT_GLOBAL}; true`, contextId: executionContextId }), ms(), 'loading the audit');
  if (loaded.exceptionDetails) throw new Error(loaded.exceptionDetails.exception?.description ?? loaded.exceptionDetails.text);
  const roots: CallArgument[] = [];
  for (const backendNodeId of closedRoots) {
    const { object } = await deadline(session.send('DOM.resolveNode', { backendNodeId, executionContextId }), ms(), 'reading a closed shadow root');
    if (object.objectId) roots.push({ objectId: object.objectId });
  }
  return { executionContextId, roots };
}

/**
 * The function the isolated world runs: hands over the closed roots, audits its own document only,
 * and names the calls to action it found (for the click step).
 */
const RUN = `function (opts, ...roots) {
  const audit = globalThis.${AUDIT_GLOBAL};
  if (!audit) throw new Error('the audit script did not load');
  audit.useShadowRoots(roots);
  const run = audit.runAudit(document, opts);
  const findings = run.findings.map(({ ruleId, message, selector, evidence, element }) => {
    const r = element.getBoundingClientRect();
    return { ruleId, message, selector, evidence, rect: { x: r.left, y: r.top, width: r.width, height: r.height } };
  });
  const ctas = [...(run.subjects.get('mitid-cta-text') || [])].map((el) => ({ selector: audit.selectorPath(el), text: audit.visibleText(el) }));
  return { findings, ctas };
}`;

/** A MitID call to action the audit found: where it is (from the top page) and what it says. */
export interface FoundCta {
  selector: string;
  text: string;
  /** In the top document (the click step can focus it there), not inside a frame. */
  top: boolean;
}

/** Where a frame's viewport sits in the top page, and how its elements are named from the top. */
async function framePlace(frame: Frame): Promise<{ dx: number; dy: number; prefix: string }> {
  const chain: Frame[] = [];
  for (let f: Frame | null = frame; f?.parentFrame(); f = f.parentFrame()) chain.unshift(f);
  let prefix = '';
  for (const f of chain) {
    const owner = await f.frameElement();
    const name = await owner.evaluate((el: Element) => `${el.localName}${el.id ? `#${el.id}` : ''}`);
    prefix += `${name}[src="${f.url()}"] >>> `;
  }
  let dx = 0;
  let dy = 0;
  if (chain.length) {
    const owner = await frame.frameElement();
    const box = await owner.boundingBox();
    const border = await owner.evaluate((el: Element) => ({ x: el.clientLeft, y: el.clientTop }));
    dx = (box?.x ?? 0) + border.x;
    dy = (box?.y ?? 0) + border.y;
  }
  return { dx, dy, prefix };
}

/**
 * Audits every frame of the page in its own isolated world. Findings carry selectors from the top
 * page and boxes in the top page's coordinates (for the annotated screenshot).
 */
export async function auditInIsolation(page: Page, options: IsolatedRunOptions): Promise<{ findings: PlainFinding[]; ctas: FoundCta[] }> {
  const started = Date.now();
  const left = (): number => options.timeoutMs - (Date.now() - started);
  const pageSession = await page.context().newCDPSession(page);
  const sessions = new Map<CDPSession, { frames: CdpFrame[]; docs: Map<string, FrameDoc> }>();
  const opened: CDPSession[] = [pageSession];
  const findings: PlainFinding[] = [];
  const ctas: FoundCta[] = [];
  const scroll = await page.mainFrame().evaluate(() => ({ x: scrollX, y: scrollY })).catch(() => ({ x: 0, y: 0 }));
  const { disable, ...auditOptions } = options;
  const opts: AuditOptions = { ...auditOptions, frames: false, disable };
  try {
    const used = new Set<string>();
    for (const frame of page.frames()) {
      if (frame.isDetached()) continue;
      const url = frame.url();
      // A framed MitID login page is judged by its address in its parent (mitid-login-in-frame), never loaded.
      if (isMitIDLoginUrl(url) === 'yes') continue;
      const { session, own } = await sessionFor(page, frame, pageSession);
      if (own) opened.push(session);
      let known = sessions.get(session);
      if (!known) {
        const { frameTree } = await deadline(session.send('Page.getFrameTree'), left(), 'reading the frame tree');
        const { root } = await deadline(session.send('DOM.getDocument', { depth: -1, pierce: true }), left(), 'reading the DOM');
        known = { frames: flatTree(frameTree), docs: framesOf(root, frameTree.frame.id) };
        sessions.set(session, known);
      }
      const cdpFrame = known.frames.find((f) => !used.has(f.id) && f.url === url && (f.name ?? '') === frame.name()) ?? (own ? known.frames[0] : undefined);
      const where = `${frame === page.mainFrame() ? 'the page' : `the frame ${url}`}`;
      const unverifiable = (why: string): void => {
        findings.push({
          ruleId: 'mitid-unverifiable',
          message: `Could not verify ${where}: ${why}. A MitID button or login in it would go unchecked, so this fails; audit that address on its own`,
          selector: frame === page.mainFrame() ? 'html' : `iframe[src="${url}"]`,
          evidence: { url, reason: why },
          rect: { x: 0, y: 0, width: 0, height: 0 },
        });
      };
      if (!cdpFrame) {
        if (/^(?:https?|file):/.test(url)) unverifiable('the DevTools protocol does not list this frame');
        continue;
      }
      used.add(cdpFrame.id);
      try {
        const { executionContextId, roots } = await openWorld(session, cdpFrame.id, known.docs.get(cdpFrame.id)?.closedRoots ?? [], left);
        const result = await deadline(
          session.send('Runtime.callFunctionOn', { functionDeclaration: RUN, executionContextId, arguments: [{ value: opts }, ...roots], returnByValue: true, awaitPromise: false }),
          left(),
          'the audit',
        );
        if (result.exceptionDetails) throw new Error(result.exceptionDetails.exception?.description?.split('\n')[0] ?? result.exceptionDetails.text);
        const place = frame === page.mainFrame() ? { dx: 0, dy: 0, prefix: '' } : await framePlace(frame);
        const value = result.result.value as { findings: PlainFinding[]; ctas: { selector: string; text: string }[] };
        for (const f of value.findings) {
          findings.push({ ...f, selector: place.prefix + f.selector, rect: { ...f.rect, x: f.rect.x + place.dx + scroll.x, y: f.rect.y + place.dy + scroll.y } });
        }
        for (const c of value.ctas) ctas.push({ ...c, selector: place.prefix + c.selector, top: frame === page.mainFrame() });
      } catch (error) {
        const message = (error as Error).message.split('\n')[0] ?? String(error);
        if (frame === page.mainFrame()) throw error;
        unverifiable(message.replace(/^[\w.]+: /, ''));
      }
    }
  } finally {
    for (const s of opened) await s.detach().catch(() => undefined);
  }
  return { findings, ctas };
}

/**
 * Calls a function in the top document's isolated world with the audit loaded and the closed
 * shadow roots handed over (so `elementAtPath` reaches inside them): `fn(audit, ...args)`.
 */
export async function callIsolated<T>(page: Page, fn: string, args: unknown[], timeoutMs: number, what: string): Promise<T> {
  const session = await page.context().newCDPSession(page);
  try {
    const { frameTree } = await deadline(session.send('Page.getFrameTree'), timeoutMs, what);
    const { root } = await deadline(session.send('DOM.getDocument', { depth: -1, pierce: true }), timeoutMs, what);
    const { executionContextId, roots } = await openWorld(session, frameTree.frame.id, framesOf(root, frameTree.frame.id).get(frameTree.frame.id)?.closedRoots ?? [], () => timeoutMs);
    const declaration = `function (argsJson, ...roots) { const audit = globalThis.${AUDIT_GLOBAL}; audit.useShadowRoots(roots); return (${fn})(audit, ...JSON.parse(argsJson)); }`;
    const r = await deadline(
      session.send('Runtime.callFunctionOn', { functionDeclaration: declaration, executionContextId, arguments: [{ value: JSON.stringify(args) }, ...roots], returnByValue: true, awaitPromise: true }),
      timeoutMs,
      what,
    );
    if (r.exceptionDetails) throw new Error(`${what}: ${r.exceptionDetails.exception?.description?.split('\n')[0] ?? r.exceptionDetails.text}`);
    return r.result.value as T;
  } finally {
    await session.detach().catch(() => undefined);
  }
}

/** Evaluates an expression in the main frame's isolated world (page script cannot patch what it uses). */
export async function evaluateIsolated<T>(page: Page, expression: string, timeoutMs: number, what: string): Promise<T> {
  const session = await page.context().newCDPSession(page);
  try {
    const { frameTree } = await deadline(session.send('Page.getFrameTree'), timeoutMs, what);
    const { executionContextId } = await deadline(session.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: WORLD, grantUniveralAccess: false }), timeoutMs, what);
    const r = await deadline(session.send('Runtime.evaluate', { expression, contextId: executionContextId, returnByValue: true, awaitPromise: true }), timeoutMs, what);
    if (r.exceptionDetails) throw new Error(`${what}: ${r.exceptionDetails.exception?.description?.split('\n')[0] ?? r.exceptionDetails.text}`);
    return r.result.value as T;
  } finally {
    await session.detach().catch(() => undefined);
  }
}
