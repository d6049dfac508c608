// Test runner commands that read what Chromium itself computes, for the element the page put in
// `window.__probe`:
// - `ax-tree`: its node in the accessibility tree (CDP Accessibility.getFullAXTree); axe-core's and
//   Playwright's own name algorithms differ from Chromium's, so names are read here;
// - `pixels`: a PNG (base64) of its box and `margin` px around it, to compare what is drawn.

async function probe(page) {
  const handle = await page.evaluateHandle('window.__probe');
  const el = handle.asElement();
  if (!el) throw new Error('window.__probe is not an element');
  return el;
}

async function axTree(page) {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { result } = await cdp.send('Runtime.evaluate', { expression: 'window.__probe' });
    if (!result.objectId) throw new Error('window.__probe is not an element');
    const { node } = await cdp.send('DOM.describeNode', { objectId: result.objectId });
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    const byId = new Map(nodes.map((n) => [n.nodeId, n]));
    const root = nodes.find((n) => n.backendDOMNodeId === node.backendNodeId);
    if (!root) return { role: null, name: null, ignored: true, texts: [] };
    // Every name the tree exposes under the element: words a screen reader could read.
    const texts = [];
    const walk = (n) => {
      for (const id of n.childIds ?? []) {
        const child = byId.get(id);
        if (!child) continue;
        if (!child.ignored && child.name?.value) texts.push(`${child.role?.value}: ${child.name.value}`);
        walk(child);
      }
    };
    walk(root);
    return { role: root.role?.value ?? null, name: root.name?.value ?? null, ignored: !!root.ignored, texts };
  } finally {
    await cdp.detach();
  }
}

async function pixels(page, margin = 0) {
  const box = await (await probe(page)).boundingBox();
  if (!box) return null;
  const clip = { x: Math.max(0, box.x - margin), y: Math.max(0, box.y - margin), width: box.width + 2 * margin, height: box.height + 2 * margin };
  return (await page.screenshot({ clip, animations: 'disabled', caret: 'hide' })).toString('base64');
}

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function chromiumCommands() {
  return {
    name: 'mitid-chromium-commands',
    async executeCommand({ command, payload, session }) {
      if (command !== 'ax-tree' && command !== 'pixels') return undefined;
      if (session.browser.type !== 'playwright') throw new Error(`${command} needs the playwright launcher (Chromium)`);
      const page = session.browser.getPage(session.id);
      return command === 'ax-tree' ? axTree(page) : pixels(page, payload?.margin);
    },
  };
}
