/**
 * The test stack's ports cannot be taken between being chosen and being listened on (CI saw
 * EADDRINUSE with parallel files): the harness's app and the local SES server and s3rver listen on
 * ports the OS gives, and DynamoDB Local, a Java child that cannot be told port 0, tries a fresh
 * port when the one it was given was taken meanwhile.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { freePort, startDynamoLocal, startS3Local, startSesLocal, type RunningService } from '../../infra/local/services';
import { startHarness, type Harness } from '../support/harness';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** Another process's server on `port` (0: any), as a thief between probe and listen would be. */
async function occupy(port = 0): Promise<Server> {
  // It accepts connections and never answers them.
  const sockets = new Set<Socket>();
  const server = createServer((socket) => sockets.add(socket));
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => ok());
  });
  cleanups.push(
    () =>
      new Promise<void>((done) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => done());
      }),
  );
  return server;
}

/** Whether another process could listen on `port` now. */
const canListenOn = (port: number) =>
  new Promise<boolean>((answer) => {
    const probe = createServer();
    probe.once('error', () => answer(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => answer(true)));
  });

const portOf = (url: string) => Number(new URL(url).port);

const listTables = (endpoint: string) =>
  fetch(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/x-amz-json-1.0', 'x-amz-target': 'DynamoDB_20120810.ListTables', authorization: 'AWS4-HMAC-SHA256 Credential=local/20260101/eu-central-1/dynamodb/aws4_request, SignedHeaders=host, Signature=0' },
    body: '{}',
  });

describe('the local stack’s ports', () => {
  it('lets the harness serve on the port its config names, held from the moment the OS gave it', async () => {
    // Prepare
    const h: Harness = await startHarness('local-ports');
    cleanups.push(() => h.stop());

    // Act
    const health = await h.get('/api/health');

    // Assess
    expect(health.status).toBe(200);
    expect(portOf(h.url)).toBe(portOf(h.config.appUrl));
    expect(await canListenOn(portOf(h.url))).toBe(false);
  });

  it('starts DynamoDB Local on a fresh port when the first one it picked was taken before Java listened', async () => {
    // Prepare: the first port picked is taken by someone else by the time DynamoDB Local listens
    const busy = (await occupy()).address() as { port: number };
    const picked: number[] = [];
    const pickPort = async () => {
      const port = picked.length === 0 ? busy.port : await freePort();
      picked.push(port);
      return port;
    };

    // Act
    const dynamo: RunningService = await startDynamoLocal({ dataDir: null, pickPort });
    cleanups.push(() => dynamo.stop());

    // Assess
    expect(picked.length).toBe(2);
    expect(portOf(dynamo.url)).toBe(picked[1]);
    const tables = await listTables(dynamo.url);
    expect(tables.status).toBe(200);
    expect(await tables.json()).toEqual({ TableNames: [] });
  });

  it('starts the local SES server and s3rver without a port on ones the OS gave', async () => {
    // Prepare
    const directory = mkdtempSync(join(tmpdir(), 'hamkor-ports-s3-'));
    cleanups.push(async () => rmSync(directory, { recursive: true, force: true }));

    // Act
    const ses = await startSesLocal();
    cleanups.push(() => ses.stop());
    const s3 = await startS3Local({ directory });
    cleanups.push(() => s3.stop());

    // Assess
    expect(portOf(ses.url)).toBeGreaterThan(0);
    expect(portOf(s3.url)).toBeGreaterThan(0);
    expect((await fetch(`${ses.url}/store`)).status).toBe(200);
    // s3rver is up and refuses, as S3 does, a request without a signature
    expect((await fetch(`${s3.url}/any-bucket`)).status).toBe(403);
  });
});
