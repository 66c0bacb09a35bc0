/**
 * One port for the API and the pages, as CloudFront does in AWS: `/api/*` → the Hono app,
 * everything else → the static files in web/.
 */
import { serve } from '@hono/node-server';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import type { AddressInfo } from 'node:net';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createApp } from '../../functions/api/app';
import type { ApiDeps } from '../../functions/lib/deps';

export const WEB_ROOT = resolve(fileURLToPath(new URL('../../web', import.meta.url)));

/** Page routes → their HTML files; the rest of web/ is served as it is. */
const PAGES: Record<string, string> = { '/': 'index.html', '/signin': 'signin.html', '/act': 'act.html' };

export function createLocalApp(deps: ApiDeps) {
  const root = new Hono();
  const api = createApp(deps);
  const webRoot = relative(process.cwd(), WEB_ROOT) || '.';
  root.route('/', api);
  for (const [path, file] of Object.entries(PAGES)) {
    root.get(path, serveStatic({ root: webRoot, path: file }));
  }
  root.get('/nominations/*', serveStatic({ root: webRoot, path: 'index.html' }));
  root.get('/agreements/*', serveStatic({ root: webRoot, path: 'index.html' }));
  root.get('*', serveStatic({ root: webRoot }));
  root.notFound((c) => (c.req.path.startsWith('/api/') ? c.json({ error: 'not_found', message: 'No such route' }, 404) : c.text('Not found', 404)));
  return root;
}

export type LocalServer = { url: string; port: number; close(): Promise<void> };

export async function startLocalServer(deps: ApiDeps, port: number, hostname = '127.0.0.1'): Promise<LocalServer> {
  const app = createLocalApp(deps);
  return new Promise((ok, fail) => {
    const server = serve({ fetch: app.fetch, port, hostname }, (info: AddressInfo) => {
      ok({
        url: `http://localhost:${info.port}`,
        port: info.port,
        close: () =>
          new Promise<void>((done) => {
            (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
            server.close(() => done());
          }),
      });
    });
    server.once('error', fail);
  });
}
