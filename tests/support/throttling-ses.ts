/**
 * A fault in front of the local SES server: SES's sending-rate limit. aws-ses-v2-local accepts
 * any number of emails a second, so the limit AWS enforces (14 a second by default, `Throttling`
 * — "Maximum sending rate exceeded." — beyond) cannot be met otherwise. This proxy forwards every
 * request to the local SES server unchanged, except a send beyond `maxPerSecond` in the last
 * second, which it answers exactly as SES v1 does (HTTP 400, the query protocol's XML error), so
 * the real SDK client parses it and the real mailer translates it. 127.0.0.1 only.
 */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage } from 'node:http';

export type ThrottlingSes = {
  url: string;
  /** Sends passed on to the local SES server, and sends answered `Throttling`. */
  stats: { accepted: number; throttled: number };
  /** Changes the limit from now on (a quota lowered, another sender taking its share). */
  setMaxPerSecond(limit: number): void;
  /**
   * Answers the next `count` sends `Throttling` whatever the rate: a throttle that outlasts the
   * SDK's own retries however slowly the machine sends (a rate limit alone is never reached by a
   * notifier slowed below it).
   */
  throttleNext(count: number): void;
  stop(): Promise<void>;
};

const throttlingAnswer = () =>
  '<ErrorResponse xmlns="http://ses.amazonaws.com/doc/2010-12-01/"><Error><Type>Sender</Type><Code>Throttling</Code>' +
  `<Message>Maximum sending rate exceeded.</Message></Error><RequestId>${randomUUID()}</RequestId></ErrorResponse>`;

async function bodyOf(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export async function startThrottlingSes(opts: { target: string; maxPerSecond: number }): Promise<ThrottlingSes> {
  const stats = { accepted: 0, throttled: 0 };
  let limit = opts.maxPerSecond;
  let forced = 0;
  // When each accepted send arrived, for the last second.
  let window: number[] = [];
  const server = createServer((req, res) => {
    void (async () => {
      const body = await bodyOf(req);
      if (req.method === 'POST' && /(^|&)Action=Send(Raw)?Email(&|$)/.test(body.toString('utf8'))) {
        const now = performance.now();
        window = window.filter((t) => now - t < 1000);
        if (forced > 0 || window.length >= limit) {
          forced = Math.max(0, forced - 1);
          stats.throttled++;
          res.writeHead(400, { 'content-type': 'text/xml' });
          res.end(throttlingAnswer());
          return;
        }
        window.push(now);
        stats.accepted++;
      }
      const headers = Object.fromEntries(Object.entries(req.headers).filter(([k]) => !['host', 'content-length', 'connection'].includes(k))) as Record<string, string>;
      const answer = await fetch(`${opts.target}${req.url ?? '/'}`, { method: req.method, headers, ...(body.length ? { body: new Uint8Array(body) } : {}) });
      res.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'text/xml' });
      res.end(Buffer.from(await answer.arrayBuffer()));
    })().catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(502, { 'content-type': 'text/plain' });
      res.end(String(error));
    });
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => ok());
  });
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    stats,
    setMaxPerSecond: (l) => void (limit = l),
    throttleNext: (count) => void (forced = count),
    stop: () => new Promise<void>((done) => { server.closeAllConnections(); server.close(() => done()); }),
  };
}
