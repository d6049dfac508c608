// Local servers for the audit's node-side tests: 127.0.0.1 only, pages from a route table, the
// kit's font file, and a log of every request (so a test can assert nothing left the machine).
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';

const FONT = readFileSync(fileURLToPath(new URL('../../assets/fonts/IBMPlexSans-SemiBold-Latin1.woff2', import.meta.url)));

export type Handler = string | ((req: IncomingMessage, res: ServerResponse, body: string) => void);

export interface TestServer {
  origin: string;
  /** Every request path this server received, in order. */
  log: string[];
  close(): Promise<void>;
}

/** Serves `routes` (path → HTML or handler) plus /font.woff2 on 127.0.0.1. */
export async function serve(routes: Record<string, Handler>): Promise<TestServer> {
  const log: string[] = [];
  const hanging = new Set<ServerResponse>();
  const server: Server = createServer((req, res) => {
    log.push(`${req.method} ${req.url}`);
    let body = '';
    req.on('data', (d: Buffer) => (body += d));
    req.on('end', () => {
      const path = (req.url ?? '/').split('?')[0] ?? '/';
      if (path === '/font.woff2') {
        res.writeHead(200, { 'content-type': 'font/woff2' }).end(FONT);
        return;
      }
      if (path === '/never') {
        hanging.add(res); // a request that never answers
        return;
      }
      const route = routes[path];
      if (route === undefined) res.writeHead(404).end('not found');
      else if (typeof route === 'string') res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(route);
      else route(req, res, body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    log,
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of hanging) res.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The brand font at document level and a compliant button's CSS (the rules sheet's values). */
export const HEAD = `<meta charset="utf-8"><style>
  @font-face { font-family: "IBM Plex Sans"; font-weight: 600; src: url(/font.woff2) format("woff2"); }
  .brand { display: inline-flex; align-items: center; gap: 8px; box-sizing: border-box; height: 48px;
    padding: .25rem .75rem .25rem 1rem; border: 0; border-radius: 4px; background: #0060e6; color: #fff;
    font: 600 16px "IBM Plex Sans", Helvetica, Arial, sans-serif; text-decoration: none; cursor: pointer; }
</style>`;

/** A page: the head above, then `body`; the font is loaded before the page counts as ready. */
export function page(body: string, head = ''): string {
  return `<!doctype html><html lang="da"><head>${HEAD}${head}</head><body>${body}<script>document.fonts.load('600 16px "IBM Plex Sans"')</script></body></html>`;
}
