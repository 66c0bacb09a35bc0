/**
 * One port for the API and the pages, as CloudFront does in AWS: `/api/*` → the Hono app,
 * everything else → the Vite build of the pages in web/dist (`buildWeb()` in infra/web-site.ts;
 * `npm start` and the tests' global setup build it first), with the same page routes and
 * content security policy as CloudFront: an address naming no page is the app's page too, which
 * says so in the reader's language.
 */
import { getRequestListener, serve } from '@hono/node-server';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { relative } from 'node:path';
import { createApp, type AppOptions } from '../../functions/api/app';
import type { ApiDeps } from '../../functions/lib/deps';
import { xlsxStream } from '../../functions/lib/exports/xlsx';
import { writeInvitation, writeMemorandum } from '../../functions/lib/memorandum/writer';
import { readXlsx } from '../../functions/lib/imports/xlsx-read';
import { APP_PREFIXES, contentSecurityPolicy, OTHER_PAGE_ADDRESS, PAGE_FILES, WEB_DIST } from '../web-site';

export const WEB_ROOT = WEB_DIST;

export function createLocalApp(deps: ApiDeps, options: AppOptions = {}) {
  const root = new Hono();
  // One process is every function here: the API and the files function's XLSX writer and reader together.
  const api = createApp(deps, { xlsx: xlsxStream, xlsxRead: readXlsx, memorandum: writeMemorandum, invitation: writeInvitation, ...options });
  const webRoot = relative(process.cwd(), WEB_ROOT) || '.';
  // The pages' policy, as CloudFront sends it: an inline script that slipped into the build
  // fails here, on a laptop and in the browser tests, not first in AWS. Uploads go to s3rver.
  const policy = contentSecurityPolicy(deps.config.s3Endpoint ? new URL(deps.config.s3Endpoint).origin : undefined);
  root.use('*', async (c, next) => {
    await next();
    if (!c.req.path.startsWith('/api/')) c.header('Content-Security-Policy', policy);
  });
  root.route('/', api);
  for (const [path, file] of Object.entries(PAGE_FILES)) {
    root.get(path, serveStatic({ root: webRoot, path: file }));
  }
  for (const prefix of APP_PREFIXES) root.get(`${prefix}*`, serveStatic({ root: webRoot, path: 'index.html' }));
  root.get('*', serveStatic({ root: webRoot }));
  const appPage = serveStatic({ root: webRoot, path: 'index.html' });
  root.get('*', (c, next) => (OTHER_PAGE_ADDRESS.test(c.req.path) ? appPage(c, next) : next()));
  root.notFound((c) => (c.req.path.startsWith('/api/') ? c.json({ error: 'not_found', message: 'No such route' }, 404) : c.text('Not found', 404)));
  return root;
}

export type LocalServer = { url: string; port: number; close(): Promise<void> };

/**
 * A server already listening on a port the OS gave (port 0), that answers nothing until
 * `startLocalServer` gives it the app: the tests need the app's address in its config (links in
 * emails, the bucket's CORS origin) before the app exists, and a port probed free and listened on
 * later can be taken in between by another process (EADDRINUSE, seen with parallel test files).
 */
export type HeldPort = { port: number; server: Server; close(): Promise<void> };

export async function holdPort(hostname = '127.0.0.1'): Promise<HeldPort> {
  const server = createServer();
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(0, hostname, () => ok());
  });
  return { port: (server.address() as AddressInfo).port, server, close: () => closeServer(server) };
}

/** Serves the app on `port`, or on a held port's server (see `holdPort`). */
export async function startLocalServer(deps: ApiDeps, port: number | HeldPort, hostname = '127.0.0.1', options: AppOptions = {}): Promise<LocalServer> {
  const app = createLocalApp(deps, options);
  if (typeof port !== 'number') {
    port.server.on('request', getRequestListener(app.fetch, { hostname }));
    return { url: `http://localhost:${port.port}`, port: port.port, close: port.close };
  }
  return new Promise((ok, fail) => {
    const server = serve({ fetch: app.fetch, port, hostname }, (info: AddressInfo) => {
      ok({ url: `http://localhost:${info.port}`, port: info.port, close: () => closeServer(server as Server) });
    });
    server.once('error', fail);
  });
}

function closeServer(server: Server): Promise<void> {
  return new Promise<void>((done) => {
    server.closeAllConnections();
    server.close(() => done());
  });
}
