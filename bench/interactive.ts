/**
 * Part 6 of `npm run bench`: how long a faculty member on a slow mobile connection waits before
 * the nomination form can be filled in, measured in headless Debian Chromium against the local
 * server, as a ratio to a floor page on the same server under the same throttling.
 *
 * The network: WebPageTest's "3G Slow" profile (400 ms round trip, 400 kbit/s down and up), the
 * slowest connection a nominating department is likely to be on (a phone on a provincial campus)
 * and the one where every extra request and kilobyte shows. Chrome applies it per request
 * (`Network.emulateNetworkConditions`: at least 400 ms from sending a request to its response
 * headers, then the bytes at 50 KB/s). The CPU: 4× slower (`Emulation.setCPUThrottlingRate`),
 * Lighthouse's stand-in for a mid-range phone. The cache is off and every load has a browser
 * context of its own (fresh connections, no storage): a first visit.
 *
 * Interactive, from navigation start (the page's performance.now()): the nomination form carries
 * `data-ready` (set by web/src/pages/app.ts once its partners are listed, the agreements read
 * into its agreement picker and any draft restored), and the main thread has then had no long
 * task (the Long Tasks API, ≥ 50 ms) for a second; the moment counted is the later of the mark
 * and the end of the last long task. The floor marks itself the same way from its one script.
 *
 * The server is the local one (`createLocalApp`, the pages from web/dist as `npm start` builds
 * them, the same content security policy) with the pages gzipped as CloudFront's `compress: true`
 * does for them (not the API: its behaviour does not compress). Unlike CloudFront it speaks
 * HTTP/1.1, so Chromium opens up to six connections instead of multiplexing one.
 */
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { compress } from 'hono/compress';
import type { AddressInfo } from 'node:net';
import type { Browser, CDPSession } from 'playwright-core';
import { loadConfig } from '../functions/lib/config';
import { createSession } from '../functions/lib/db/sessions';
import { ensureTable } from '../functions/lib/db/table-admin';
import { createDeps } from '../functions/lib/deps';
import { storageFor } from '../functions/lib/storage/s3';
import { seedIfEmpty } from '../infra/local/seed';
import { createLocalApp } from '../infra/local/server';
import { freePort, startDynamoLocal } from '../infra/local/services';
import { buildWeb } from '../infra/web-site';
import { launchChromium, signedInContext } from '../tests/support/browser';

/** WebPageTest's "3G Slow"; Chrome counts throughput in bytes per second. */
const SLOW_3G = { offline: false, latency: 400, downloadThroughput: (400 * 1000) / 8, uploadThroughput: (400 * 1000) / 8 };
const CPU_SLOWDOWN = 4;
/** How long the main thread must stay free of long tasks after the mark. */
const QUIET_MS = 1000;
const RUNS = Number(process.env.BENCH_TTI_RUNS ?? 5);

/** The floor: the least a page can be on this server, one HTML file and one script marking it ready. */
const FLOOR_HTML = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Floor</title><script type="module" src="/bench/floor.js"></script></head>
<body><main><form id="floor"><label for="floor-name">Full name</label><input id="floor-name"></form></main></body>
</html>
`;
const FLOOR_JS = "document.getElementById('floor').dataset.ready = '';\n";

type Watch = { readyAt: number | null; longTasks: [number, number][]; interactiveAt: number | null };

/**
 * Put into every page before its own scripts (through the DevTools protocol, so the content
 * security policy does not refuse it): notes when a form gets `data-ready` and every long task,
 * and decides in the page when it became interactive. Deciding there keeps the measurement off
 * the main thread it measures: the bench only reads one variable, with a bare Runtime.evaluate,
 * where Playwright's waitForFunction would first inject its own script (a long task at CPU ×4).
 */
function watchInteractive(quietMs: number): void {
  const bench: Watch = { readyAt: null, longTasks: [], interactiveAt: null };
  (window as unknown as { __bench: Watch }).__bench = bench;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) bench.longTasks.push([e.startTime, e.startTime + e.duration]);
  }).observe({ type: 'longtask', buffered: true });
  // No named inner functions: tsx would wrap them in a helper the page does not have.
  new MutationObserver((_, observer) => {
    if (!document.querySelector('form[data-ready]')) return;
    bench.readyAt = performance.now();
    observer.disconnect();
    const timer = setInterval(() => {
      const last = Math.max(bench.readyAt!, ...bench.longTasks.map((t) => t[1]));
      if (performance.now() - last < quietMs) return;
      bench.interactiveAt = last;
      clearInterval(timer);
    }, 100);
  }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-ready'] });
}

/** Milliseconds from the page's own request: its HTML, styles and scripts all in; its first API request sent; its last API answer in. */
type Waterfall = { assetsIn: number; apiSent: number; apiIn: number };
type Load = { tti: number; readyAt: number; longTasks: number; requests: number; bytes: number; waterfall: Waterfall };

async function load(browser: Browser, url: string, opts: { cookie?: string; filled: string[] }): Promise<Load> {
  const context = opts.cookie ? await signedInContext(browser, url, opts.cookie, { locale: 'en-US' }) : await browser.newContext({ locale: 'en-US' });
  try {
    await context.addInitScript(watchInteractive, QUIET_MS);
    const page = await context.newPage();
    const cdp: CDPSession = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', SLOW_3G);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    // Requests on the network only (the stylesheet's data: images cost nothing to fetch), and not
    // the browser's own for /favicon.ico, which it makes or not whatever the page.
    const sent = new Map<string, { url: string; at: number }>();
    const finished: { url: string; at: number; bytes: number }[] = [];
    cdp.on('Network.requestWillBeSent', (e: { requestId: string; timestamp: number; request: { url: string } }) => {
      if (e.request.url.startsWith('http') && !e.request.url.endsWith('/favicon.ico')) sent.set(e.requestId, { url: new URL(e.request.url).pathname, at: e.timestamp * 1000 });
    });
    cdp.on('Network.loadingFinished', (e: { requestId: string; timestamp: number; encodedDataLength: number }) => {
      const request = sent.get(e.requestId);
      if (request) finished.push({ url: request.url, at: e.timestamp * 1000, bytes: e.encodedDataLength });
    });
    await page.goto(url, { waitUntil: 'commit', timeout: 60_000 });
    const deadline = Date.now() + 60_000;
    for (;;) {
      const { result } = (await cdp.send('Runtime.evaluate', { expression: 'window.__bench?.interactiveAt ?? null', returnByValue: true })) as { result: { value: number | null } };
      if (typeof result.value === 'number') break;
      if (Date.now() > deadline) throw new Error(`${url} did not become interactive within a minute`);
      await new Promise((r) => setTimeout(r, 200));
    }
    // The mark alone proves little: the form must really be filled and its first field usable.
    const missing = await page.evaluate((selectors) => selectors.filter((s) => document.querySelector(s) === null), opts.filled);
    if (missing.length) throw new Error(`${url}: marked ready, but ${missing.join(' and ')} not there`);
    const b = await page.evaluate(() => (window as unknown as { __bench: Watch }).__bench);
    const start = Math.min(...[...sent.values()].map((r) => r.at));
    const api = (r: { url: string }) => r.url.startsWith('/api/');
    const latest = (xs: { at: number }[]) => Math.max(start, ...xs.map((r) => r.at)) - start;
    const waterfall = {
      assetsIn: latest(finished.filter((r) => /\.(js|css|html)$|\/$/.test(r.url) && !api(r))),
      apiSent: Math.min(...[...sent.values()].filter(api).map((r) => r.at)) - start,
      apiIn: latest(finished.filter(api)),
    };
    const bytes = finished.reduce((sum, r) => sum + r.bytes, 0);
    return { tti: b.interactiveAt!, readyAt: b.readyAt!, longTasks: b.longTasks.filter((t) => t[0] < b.interactiveAt!).length, requests: sent.size, bytes, waterfall };
  } finally {
    await context.close();
  }
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const ms = (n: number) => `${Math.round(n).toLocaleString('en-US')} ms`;
const spread = (xs: number[]) => `${ms(Math.min(...xs))}–${ms(Math.max(...xs))}`;

export async function benchInteractive(): Promise<void> {
  const dynamo = await startDynamoLocal({ port: await freePort(), dataDir: null });
  let browser: Browser | undefined;
  let server: ReturnType<typeof serve> | undefined;
  try {
    await buildWeb();
    const port = await freePort();
    const config = loadConfig({
      TABLE_NAME: 'bench-interactive',
      DYNAMODB_ENDPOINT: dynamo.url,
      // The form page stores no document: the storage is never reached.
      S3_ENDPOINT: 'http://127.0.0.1:9',
      DOCUMENTS_BUCKET: 'bench-documents',
      APP_URL: `http://localhost:${port}`,
      MAIL_FROM: 'bench@uni.example',
      LOG_LEVEL: 'silent',
    });
    const base = createDeps(config);
    const deps = { ...base, storage: storageFor(config) };
    await ensureTable(deps.db);
    await seedIfEmpty(deps.db);
    const cookie = `hamkor_session=${await createSession(deps.db, { email: 'faculty@uni.example', now: new Date().toISOString(), expiresAt: new Date(Date.now() + 3600_000).toISOString() })}`;

    const root = new Hono();
    const gzip = compress({ encoding: 'gzip' });
    root.use('*', (c, next) => (c.req.path.startsWith('/api/') ? next() : gzip(c, next)));
    root.get('/bench/floor', (c) => c.html(FLOOR_HTML));
    root.get('/bench/floor.js', (c) => c.body(FLOOR_JS, 200, { 'content-type': 'text/javascript; charset=utf-8' }));
    root.route('/', createLocalApp(deps));
    server = await new Promise<ReturnType<typeof serve>>((ok, fail) => {
      const s = serve({ fetch: root.fetch, port, hostname: '127.0.0.1' }, (_: AddressInfo) => ok(s));
      s.once('error', fail);
    });

    browser = await launchChromium();
    const form = { url: `${config.appUrl}/`, cookie, filled: ['#nomination-form[data-ready] #n-partner option:nth-child(2)', '#n-name:enabled'] };
    const floor = { url: `${config.appUrl}/bench/floor`, filled: ['#floor-name:enabled'] };
    // One load of each warms the server (its JIT, DynamoDB Local); then they take turns, so a
    // busy moment on the machine falls on both.
    await load(browser, form.url, form);
    await load(browser, floor.url, floor);
    const forms: Load[] = [];
    const floors: Load[] = [];
    for (let i = 0; i < RUNS; i++) {
      forms.push(await load(browser, form.url, form));
      floors.push(await load(browser, floor.url, floor));
    }

    const tti = (ls: Load[]) => ls.map((l) => l.tti);
    const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
    const row = (name: string, ls: Load[]) =>
      `   ${name.padEnd(22)} median ${ms(median(tti(ls))).padStart(9)} (${spread(tti(ls))}), ${median(ls.map((l) => l.requests))} requests, ${kb(median(ls.map((l) => l.bytes)))} over the wire`;
    console.log(
      `\n6. the nomination form's time to interactive in headless Chromium, slow 3G (${SLOW_3G.latency} ms per request, 400 kbit/s down and up), CPU ×${CPU_SLOWDOWN}, cache off, ` +
        `${RUNS} first visits each vs the floor: a page on the same server whose one script marks it interactive`,
    );
    console.log(row('form page (/)', forms));
    console.log(row('floor (/bench/floor)', floors));
    console.log(
      `   → ${(median(tti(forms)) / median(tti(floors))).toFixed(2)}× the floor (${ms(median(tti(forms)) - median(tti(floors)))} above it); ` +
        `marked ready at a median ${ms(median(forms.map((l) => l.readyAt)))}, ${median(forms.map((l) => l.longTasks))} long tasks until interactive (the floor: ${median(floors.map((l) => l.longTasks))})`,
    );
    const w = (key: keyof Waterfall) => ms(median(forms.map((l) => l.waterfall[key])));
    console.log(`   the form page's medians from its own request: HTML, styles and scripts in by ${w('assetsIn')}; first API request at ${w('apiSent')}, last answer in at ${w('apiIn')}`);
    console.log(`   interactive: the form carries data-ready (partners listed, agreements read, draft restored) and the main thread then had no long task for ${QUIET_MS / 1000} s`);
  } finally {
    await browser?.close();
    (server as unknown as { closeAllConnections?: () => void } | undefined)?.closeAllConnections?.();
    await new Promise<void>((done) => (server ? server.close(() => done()) : done()));
    await dynamo.stop();
  }
}
