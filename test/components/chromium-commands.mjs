// A test runner command: the accessibility tree as Chromium itself computes it (CDP
// Accessibility.getFullAXTree), for the element the page put in `window.__axProbe`. axe-core's
// and Playwright's own name algorithms differ from Chromium's, so names are read here.

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function axTreePlugin() {
  return {
    name: 'mitid-ax-tree',
    async executeCommand({ command, session }) {
      if (command !== 'ax-tree') return undefined;
      if (session.browser.type !== 'playwright') throw new Error('ax-tree needs the playwright launcher (Chromium, CDP)');
      const page = session.browser.getPage(session.id);
      const cdp = await page.context().newCDPSession(page);
      try {
        const { result } = await cdp.send('Runtime.evaluate', { expression: 'window.__axProbe' });
        if (!result.objectId) throw new Error('window.__axProbe is not an element');
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
    },
  };
}
