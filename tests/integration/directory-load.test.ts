/**
 * `npm run directory`: the operator's way to put the first administrators (and the rest of the
 * directory) into a deployed table. Run as a real command against DynamoDB Local, then an app on
 * that table lets the loaded administrator sign in.
 */
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { createDb } from '../../functions/lib/db/client';
import { getChain, getPerson } from '../../functions/lib/db/directory';
import { ensureTable } from '../../functions/lib/db/table-admin';
import { directoryProblems } from '../../infra/directory';
import { loadSeed } from '../../infra/local/seed';
import { startHarness, type Harness } from '../support/harness';

const run = promisify(execFile);
const FIXTURE = 'tests/fixtures/directory/kokand.json';
const table = `hamkor-directory-${randomBytes(4).toString('hex')}`;

async function directory(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', 'infra/directory.ts', ...args], { env: { ...process.env, NODE_NO_WARNINGS: '1' } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

let endpoint: string;
let h: Harness | undefined;

beforeAll(async () => {
  endpoint = inject('dynamoEndpoint');
  await ensureTable(createDb({ tableName: table, region: 'eu-central-1', endpoint }));
});
afterAll(() => h?.stop());

describe('npm run directory', () => {
  it('refuses a file that is not a directory, naming each bad field, and writes nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hamkor-dir-'));
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ university: 'X', faculties: [], people: [{ email: 'not an address', name: 'A', roles: [] }], chains: [], partners: [] }));

    const result = await directory(bad, '--table', table, '--region', 'eu-central-1', '--endpoint', endpoint);

    expect(result.code).toBe(1);
    expect(result.stderr).toContain('is not a valid directory');
    expect(result.stderr).toContain('people.0.email');
    expect(await getChain(createDb({ tableName: table, region: 'eu-central-1', endpoint }), 'nomination')).toBeUndefined();
  });

  it('refuses a directory without an administrator or a chain, saying why', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hamkor-dir-'));
    const noAdmin = join(dir, 'no-admin.json');
    writeFileSync(noAdmin, JSON.stringify({ university: 'X', faculties: [], people: [], chains: [], partners: [] }));

    const result = await directory(noAdmin, '--table', table, '--endpoint', endpoint, '--region', 'eu-central-1');

    expect(result.code).toBe(1);
    expect(result.stderr).toContain('nobody has the admin role');
    expect(result.stderr).toContain('no memorandum chain');
  });

  it('refuses an administrator, or any university role, held for only a faculty', () => {
    const seed = loadSeed();
    const admins = seed.people.filter((p) => p.roles.some((r) => r.role === 'admin'));
    const narrowed = {
      ...seed,
      people: seed.people.map((p) =>
        admins.includes(p) ? { ...p, roles: p.roles.map((r) => (r.role === 'admin' ? { ...r, scope: { type: 'faculty' as const, faculty: seed.faculties[0]!.id } } : r)) } : p,
      ),
    };

    const problems = directoryProblems(narrowed);

    expect(problems).toContain(`people: ${admins[0]!.email} holds admin for a faculty; it is held for the whole university`);
    expect(problems).toContain('people: nobody has the admin role for the whole university, so nobody could manage Hamkor');
    expect(directoryProblems(seed)).toEqual([]);
  });

  it('asks for the file and the table when either is missing', async () => {
    const result = await directory('--table', table);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Usage: npm run directory');
  });

  it('loads the directory into an empty table, and the loaded administrator can then sign in', async () => {
    const result = await directory(FIXTURE, '--table', table, '--region', 'eu-central-1', '--endpoint', endpoint);

    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('Loaded Kokand Test University');
    expect(result.stdout).toContain('3 people');
    const db = createDb({ tableName: table, region: 'eu-central-1', endpoint });
    expect(await getPerson(db, 'iro.head@kokand.example')).toMatchObject({ name: 'Gulnora Saidova', language: 'uz' });
    expect((await getChain(db, 'memorandum'))?.steps.map((s) => s.role)).toEqual(['legal', 'rector']);

    // An app on that table (it seeds nothing: the table has a directory) lets the admin in.
    h = await startHarness('directory', { TABLE_NAME: table, ALLOWED_DOMAINS: 'kokand.example' });
    const cookie = await h.signIn('iro.head@kokand.example');
    const me = (await (await h.get('/api/me', { cookie })).json()) as { email: string; roles: { role: string }[] };
    expect(me.email).toBe('iro.head@kokand.example');
    expect(me.roles.map((r) => r.role)).toContain('admin');
    expect(await getPerson(db, 'admin@uni.example')).toBeUndefined(); // the demo university was not seeded over it
    // The file's university heads its reports (named alone in this file: no other languages).
    expect(await (await h.get('/api/university', { cookie })).json()).toEqual({ name: 'Kokand Test University' });
  });

  it('never writes over a table that already has a directory', async () => {
    const result = await directory(FIXTURE, '--table', table, '--region', 'eu-central-1', '--endpoint', endpoint);

    expect(result.code).toBe(1);
    expect(result.stderr).toContain('already has a directory');
  });
});
