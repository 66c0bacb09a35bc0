/**
 * The API's description as integrators' tools read it, run on the document the web build writes
 * (/openapi.json), in a temporary directory and without the network:
 * - Redocly CLI's recommended rules (redocly.yaml): zero errors, zero warnings;
 * - openapi-typescript's generated types: a client using every operation's request body and every
 *   answer it declares type-checks, and no answer is `unknown`.
 * Both CLIs run as child processes with a preload that refuses (and reports) any socket or DNS
 * lookup, so a tool that tried to fetch a remote config, a plugin or telemetry would fail here.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiDescription } from '../../functions/api/openapi';

const root = resolve(import.meta.dirname, '../..');
const run = promisify(execFile);

type Operation = {
  operationId: string;
  requestBody?: { content: { 'application/json': { schema: { $ref?: string } } } };
  responses: Record<string, { content: { 'application/json': { schema: { $ref?: string } } } }>;
};
type Doc = { paths: Record<string, Record<string, Operation>>; components: { schemas: Record<string, { example?: unknown }> } };

const NO_NETWORK = `
const net = require('node:net');
const dns = require('node:dns');
process.stderr.write('no-network guard loaded\\n');
function refuse(what) {
  process.stderr.write('NETWORK ATTEMPT: ' + what + '\\n');
  throw new Error('No network in this test: ' + what);
}
const connect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function (...args) {
  const options = Array.isArray(args[0]) ? args[0][0] : args[0];
  // A Unix socket or pipe (a child's IPC) is local; anything with a host or port is not.
  if (options && typeof options === 'object' && options.path) return connect.apply(this, args);
  refuse('connect ' + JSON.stringify(typeof options === 'object' ? { host: options.host, port: options.port } : args.slice(0, 2)));
};
dns.lookup = (host) => refuse('dns.lookup ' + host);
dns.promises.lookup = async (host) => refuse('dns.lookup ' + host);
`;

let dir: string;
let documentFile: string;
let env: NodeJS.ProcessEnv;

async function tool(bin: string, args: string[]) {
  try {
    const { stdout, stderr } = await run(process.execPath, [join(root, 'node_modules', bin), ...args], { cwd: dir, env, maxBuffer: 32 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: e.code ?? 1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'hamkor-openapi-'));
  documentFile = join(dir, 'openapi.json');
  // As the web build writes it (infra/web-site.ts).
  writeFileSync(documentFile, `${JSON.stringify(apiDescription(), null, 2)}\n`);
  writeFileSync(join(dir, 'no-network.cjs'), NO_NETWORK);
  env = {
    ...process.env,
    NODE_OPTIONS: `--require ${join(dir, 'no-network.cjs')}`,
    REDOCLY_TELEMETRY: 'off',
    REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true',
    NO_COLOR: '1',
  };
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("the API's description under Redocly CLI's recommended rules", () => {
  it('has no errors and no warnings, and the lint asks nothing of the network', async () => {
    const { code, stdout, stderr } = await tool('@redocly/cli/bin/cli.js', ['lint', documentFile, '--config', join(root, 'redocly.yaml'), '--format=json', '--max-problems=1000']);
    expect(stderr).toContain('no-network guard loaded');
    expect(stderr).not.toContain('NETWORK ATTEMPT');
    const report = JSON.parse(stdout) as { totals: { errors: number; warnings: number }; problems: { ruleId: string; message: string; location: { pointer: string }[] }[] };
    const problems = report.problems.map((p) => `${p.ruleId} at ${p.location[0]?.pointer}: ${p.message}`);
    expect(problems).toEqual([]);
    expect(report.totals).toMatchObject({ errors: 0, warnings: 0 });
    expect(code).toBe(0);
  });
});

describe('TypeScript types generated from the description with openapi-typescript', () => {
  let client: string;

  beforeAll(async () => {
    const { code, stderr } = await tool('openapi-typescript/bin/cli.js', [documentFile, '-o', join(dir, 'api.d.ts'), '--default-non-nullable=false']);
    expect(stderr).not.toContain('NETWORK ATTEMPT');
    expect(code, stderr).toBe(0);
    client = clientFile(JSON.parse(readFileSync(documentFile, 'utf8')) as Doc);
  });

  function typeErrors(source: string): string[] {
    const file = join(dir, 'client.ts');
    writeFileSync(file, source);
    const program = ts.createProgram([file], { strict: true, noEmit: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, skipLibCheck: false, types: [] });
    return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
  }

  it('type a client that sends every request body and reads every answer, none of them unknown', () => {
    expect(client.match(/^const request_/gm)?.length).toBeGreaterThanOrEqual(25);
    expect(client.match(/^const known_/gm)?.length).toBeGreaterThan(100);
    expect(typeErrors(client)).toEqual([]);
  });

  it('refuse a request the API would refuse (the check is a real one)', () => {
    const wrong = `${client}\nconst wrong: operations['requestSignInLink']['requestBody']['content']['application/json'] = { email: 42 };\n`;
    expect(typeErrors(wrong).join('\n')).toMatch(/number.*not assignable to type 'string'/);
  });
});

/**
 * (Generated with `--default-non-nullable=false`: a field with a default may be left out of a
 * request, which is what the zod schemas say; by default openapi-typescript makes it required.)
 *
 * A client file over the generated types: for every operation, its request body's example sent
 * as the body type, and for every answer it declares (errors too), a check that its body type is
 * not `unknown` and, where the schema has an example, that the example is one.
 */
function clientFile(doc: Doc): string {
  const lines = [
    "import type { components, operations } from './api';",
    'type NotUnknown<T> = unknown extends T ? false : true;',
    "type Json<R> = R extends { content: { 'application/json': infer B } } ? B : never;",
    '',
    "type Ok<Id extends keyof operations> = Json<operations[Id]['responses'][Extract<keyof operations[Id]['responses'], 200 | 201 | 202>]>;",
    '// A small client, typed end to end: the answer of a call is its operation\'s success.',
    'export async function call<Id extends keyof operations>(path: string, method: string, body?: unknown): Promise<Ok<Id>> {',
    "  const res = await fetch(`/api${path}`, { method, credentials: 'include', headers: { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });",
    '  return (await res.json()) as Ok<Id>;',
    '}',
    "export async function agreementIds(): Promise<string[]> {",
    "  const list: components['schemas']['AgreementList'] = await call<'listAgreements'>('/agreements', 'GET');",
    '  return list.map((agreement) => agreement.id);',
    '}',
    '',
  ];
  const exampleOf = (schema: { $ref?: string }) => (schema.$ref ? doc.components.schemas[schema.$ref.split('/').pop()!]?.example : undefined);
  for (const ops of Object.values(doc.paths)) {
    for (const op of Object.values(ops)) {
      const id = op.operationId;
      // JSON, or a file (an import) in each media type it may be sent as.
      for (const [mediaType, content] of Object.entries(op.requestBody?.content ?? {})) {
        const example = mediaType === 'application/json' ? JSON.stringify(exampleOf(content.schema) ?? {}) : "'id;name'"; // openapi-typescript types a binary body as a string
        lines.push(`const request_${id}_${mediaType.replace(/\W+/g, '_')}: NonNullable<operations['${id}']['requestBody']>['content']['${mediaType}'] = ${example};`);
      }
      for (const [status, response] of Object.entries(op.responses)) {
        // JSON, or a file (an export) in each media type it comes in.
        for (const [mediaType, content] of Object.entries(response.content)) {
          const type = `operations['${id}']['responses'][${status}]['content']['${mediaType}']`;
          const name = `${id}_${status}_${mediaType.replace(/\W+/g, '_')}`;
          lines.push(`const known_${name}: NotUnknown<${type}> = true;`);
          const example = exampleOf(content.schema);
          if (example !== undefined) lines.push(`const answer_${name}: ${type} = ${JSON.stringify(example)};`);
        }
      }
    }
  }
  return `${lines.join('\n')}\n`;
}
