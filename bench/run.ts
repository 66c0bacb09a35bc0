/**
 * `npm run bench`: figures as ratios to a floor measured in the same run, never asserted.
 *  1. each function's bundle (api, office, notifier, scheduler, bounces): bytes and cold import time
 *     vs a minimal handler with the same SDK clients (Hono behind the Lambda adapter for the api and
 *     the office, which serve HTTP).
 *  2. p50/p99 of submit and decide at concurrency 20 vs bare PutItem / TransactWriteItems.
 *  3. consumed capacity of submit, preview and decide.
 *  4. the agreement watch and the dormant list at 100, 1,000 and 10,000 agreements.
 *  5. the web pages' JavaScript and CSS bytes per page, raw and gzipped, from the Vite build, vs the
 *     zod schema the nomination form carries; each page's gzipped JS (its words in one language
 *     included) against its budget: the form 45 KB, the approver's page 35 KB, sign-in 20 KB, the
 *     console's pages 70 KB.
 *  6. the nomination form's time to interactive in headless Chromium on slow 3G vs a minimal page
 *     on the same server under the same throttling (bench/interactive.ts).
 * BENCH_ONLY=bundles|latency|watch|reports|web|imports runs one part (web: 5 and 6); BENCH_ONLY=interactive runs 6 alone.
 */
import { PutItemCommand, TransactWriteItemsCommand } from '@aws-sdk/client-dynamodb';
import { GetCommand, QueryCommand, TransactWriteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { loadConfig } from '../functions/lib/config';
import { createDb } from '../functions/lib/db/client';
import { issueActionLink } from '../functions/lib/db/links';
import { createSession } from '../functions/lib/db/sessions';
import { createApp } from '../functions/api/app';
import { createDeps } from '../functions/lib/deps';
import { createStorage } from '../functions/lib/storage/s3';
import { ensureTable } from '../functions/lib/db/table-admin';
import { seedIfEmpty } from '../infra/local/seed';
import { applyImport, dryRun } from '../functions/lib/services/imports';
import { IMPORT_COLUMNS } from '../shared/imports/columns';
import { activityRecord, listInactiveSince } from '../functions/lib/db/activity';
import { getChain, putAll } from '../functions/lib/db/directory';
import { listWatchDue, seededSubmissionItem } from '../functions/lib/db/submissions';
import { keys } from '../functions/lib/db/keys';
import { scopeFor } from '../functions/lib/services/submissions';
import { watchAgreements } from '../functions/lib/services/agreements';
import { factRecord } from '../functions/lib/db/facts';
import { yearlyReport } from '../functions/lib/services/reports';
import type { AgreementFact, MobilityFact } from '../shared/reports/facts';
import type { Agreement } from '../shared/schemas';
import { addDaysToDate } from '../shared/workflow';
import { freePort, startDynamoLocal, startSesLocal } from '../infra/local/services';
import { buildWebSync, PAGE_FILES } from '../infra/web-site';
import { benchInteractive } from './interactive';

const OUT = resolve('bench/out');
const CONCURRENCY = 20;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 200);

const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
/** Against a target ratio: "met", or by how much it is missed. */
const against = (x: number, target: number) => (x <= target ? `target ${target}× met` : `target ${target}× missed by ${(((x - target) / target) * 100).toFixed(0)} %`);
const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
};

async function bundle(entry: string, outfile: string): Promise<number> {
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'node',
    target: 'node22',
    // As infra/constructs/app-function.ts builds what is deployed: the SDK's ES modules, which tree-shake,
    // not its CommonJS build (esbuild's default for node): the bytes measured are the bytes deployed.
    mainFields: ['module', 'main'],
    // As app-function.ts too: non-ASCII text as UTF-8, not \u escapes.
    charset: 'utf8',
    sourcemap: false,
    // ESM bundles of CJS dependencies need a require; Lambda's Node 22 provides createRequire.
    banner: { js: "import{createRequire as __cr}from'module';const require=__cr(import.meta.url);" },
    logLevel: 'error',
  });
  return statSync(outfile).size;
}

function importMs(file: string, runs = 7): number {
  // NODE_NO_WARNINGS: the SDK's Node-version notice would otherwise fill the output.
  const env = { ...process.env, NODE_NO_WARNINGS: '1', DOCUMENTS_BUCKET: 'bench-documents', TABLE_NAME: 'bench', APP_URL: 'http://localhost:3000', MAIL_FROM: 'bench@uni.example', AWS_REGION: 'eu-central-1' };
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', `const t=performance.now();await import(${JSON.stringify(file)});console.log(performance.now()-t)`], { env, encoding: 'utf8' });
    times.push(Number(out.trim()));
  }
  return pct(times, 50);
}

/** What each function imports from the SDK: its floor imports the same and uses each once. */
const SDK_CLIENTS = {
  api: ['dynamodb', 's3'],
  // The office's rarely used routes (functions/api/office-routes.ts), in the same shell as the api.
  office: ['dynamodb', 's3'],
  notifier: ['dynamodb', 'ses'],
  scheduler: ['dynamodb'],
  bounces: ['dynamodb'],
} as const;

function floorSource(name: keyof typeof SDK_CLIENTS): string {
  const clients = SDK_CLIENTS[name];
  const lines: string[] = [];
  const uses: string[] = [];
  if (clients.includes('dynamodb' as never)) {
    lines.push("import { DynamoDBClient } from '@aws-sdk/client-dynamodb';", "import { DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';", 'const doc = DynamoDBDocumentClient.from(new DynamoDBClient({}));');
    uses.push("await doc.send(new GetCommand({ TableName: 't', Key: { pk: 'a' } }))");
  }
  if (clients.includes('ses' as never)) {
    lines.push("import { SESClient, SendEmailCommand } from '@aws-sdk/client-ses';", 'const ses = new SESClient({});');
    uses.push("await ses.send(new SendEmailCommand({ Source: 'a', Destination: {}, Message: { Subject: { Data: '' }, Body: {} } }))");
  }
  if (clients.includes('s3' as never)) {
    lines.push("import { S3Client, PutObjectCommand } from '@aws-sdk/client-s3';", "import { getSignedUrl } from '@aws-sdk/s3-request-presigner';", 'const s3 = new S3Client({});');
    uses.push("await getSignedUrl(s3, new PutObjectCommand({ Bucket: 'b', Key: 'k' }), { expiresIn: 60 })");
  }
  if (name === 'api' || name === 'office') {
    // The floor of a function that serves HTTP: Hono behind the Lambda adapter.
    lines.push("import { Hono } from 'hono';", "import { handle } from 'hono/aws-lambda';", 'const app = new Hono();', "app.get('/api/health', (c) => c.json({ ok: true }));");
    lines.push(`app.get('/api/x', async (c) => c.json([${uses.join(', ')}]));`, 'export const handler = handle(app);');
  } else {
    lines.push(`export const handler = async () => [${uses.join(', ')}];`);
  }
  return lines.join('\n');
}

async function benchBundles() {
  mkdirSync(OUT, { recursive: true });
  console.log('\n1. function bundles (esbuild, minified, ESM, node22) vs each one\'s floor: a minimal handler with the same SDK clients (Hono for the api and the office)');
  for (const name of Object.keys(SDK_CLIENTS) as (keyof typeof SDK_CLIENTS)[]) {
    const floorSrc = join(OUT, `floor-${name}.ts`);
    writeFileSync(floorSrc, floorSource(name));
    const floorBytes = await bundle(floorSrc, join(OUT, `floor-${name}.mjs`));
    const floorMs = importMs(join(OUT, `floor-${name}.mjs`));
    const bytes = await bundle(resolve(`functions/${name}/handler.ts`), join(OUT, `${name}.mjs`));
    const ms = importMs(join(OUT, `${name}.mjs`));
    console.log(
      `   ${name.padEnd(10)} ${bytes.toLocaleString().padStart(10)} bytes vs ${floorBytes.toLocaleString().padStart(10)} (${ratio(bytes, floorBytes)}, ${against(bytes / floorBytes, 1.15)}), ` +
        `import ${ms.toFixed(1)} ms vs ${floorMs.toFixed(1)} ms (${ratio(ms, floorMs)}, ${against(ms / floorMs, 1.2)})   [${SDK_CLIENTS[name].join(', ')}]`,
    );
  }
  console.log('   targets: ≤ 1.15× bytes, ≤ 1.2× import time');
}

async function timed<T>(n: number, concurrency: number, op: (i: number) => Promise<T>): Promise<number[]> {
  const times: number[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < n) {
        const i = next++;
        const t = performance.now();
        await op(i);
        times.push(performance.now() - t);
      }
    }),
  );
  return times;
}

async function benchLatency() {
  const dynamo = await startDynamoLocal({ port: await freePort(), dataDir: null });
  const ses = await startSesLocal({ port: await freePort() });
  try {
    const capacity = new Map<string, number>();
    let metering = false;
    const config = loadConfig({ TABLE_NAME: 'bench', DYNAMODB_ENDPOINT: dynamo.url, SES_ENDPOINT: ses.url, APP_URL: 'http://localhost:3000', MAIL_FROM: 'bench@uni.example', LOG_LEVEL: 'silent' });
    const meterDb = createDb({ tableName: 'bench', region: config.region, endpoint: dynamo.url, meter: (op, units) => metering && capacity.set(op, (capacity.get(op) ?? 0) + units) });
    const deps = createDeps(config, { db: meterDb });
    await ensureTable(deps.db);
    await seedIfEmpty(deps.db);
    // The benchmark uploads nothing: the storage is never reached.
    const app = createApp({ ...deps, storage: createStorage({ bucket: 'bench-documents', endpoint: 'http://127.0.0.1:9' }) });
    const now = new Date().toISOString();
    const session = await createSession(deps.db, { email: 'faculty@uni.example', now, expiresAt: new Date(Date.now() + 3600_000).toISOString() });
    const headers = { 'content-type': 'application/json', origin: config.appUrl, cookie: `hamkor_session=${session}` };
    const body = JSON.stringify({
      nominee: { name: 'Bench Student', email: 'bench@student.uni.example', role: 'student', studyLevel: 'bachelor', faculty: 'physics', department: 'general-physics' },
      direction: 'outgoing', partnerId: 'osh-state-university', agreementId: 'agr-osh-2024', programme: 'bilateral', mobilityType: 'semester_study',
      academicYear: '2027/2028', period: 'first_semester', language: { code: 'ru', level: 'B2' }, motivation: 'Benchmark.',
    });
    const submit = async () => {
      const res = await app.request('/api/nominations', { method: 'POST', headers, body });
      if (res.status !== 201) throw new Error(`submit ${res.status}: ${await res.text()}`);
      return (await res.json()) as { id: string };
    };
    // Warm up the connections and the JIT.
    for (let i = 0; i < 20; i++) await submit();

    const ids: string[] = [];
    const submitTimes = await timed(ROUNDS, CONCURRENCY, async () => ids.push((await submit()).id));
    const tokens = await Promise.all(
      ids.map((id) => issueActionLink(deps.db, { kind: 'nomination', entityId: id, round: 1, stepIndex: 0, email: 'head.physics@uni.example', name: 'Bobur Karimov' }, { now, expiresAt: new Date(Date.now() + 86400_000).toISOString() })),
    );
    const hashes = await Promise.all(tokens.map(async (token) => ((await (await app.request('/api/actions/preview', { method: 'POST', headers, body: JSON.stringify({ token }) })).json()) as { snapshotHash: string }).snapshotHash));
    const decideTimes = await timed(ROUNDS, CONCURRENCY, async (i) => {
      const res = await app.request('/api/actions/decide', { method: 'POST', headers, body: JSON.stringify({ token: tokens[i], decision: 'approve', snapshotHash: hashes[i] }) });
      if (res.status !== 200) throw new Error(`decide ${res.status}: ${await res.text()}`);
    });

    const raw = deps.db.raw;
    const putTimes = await timed(ROUNDS, CONCURRENCY, (i) => raw.send(new PutItemCommand({ TableName: 'bench', Item: { pk: { S: `FLOOR#${i}` }, sk: { S: 'X' }, body: { S: body } } })));
    const txTimes = await timed(ROUNDS, CONCURRENCY, (i) =>
      raw.send(
        new TransactWriteItemsCommand({
          TransactItems: [
            { Put: { TableName: 'bench', Item: { pk: { S: `FLOORTX#${i}` }, sk: { S: 'A' }, body: { S: body } } } },
            { Put: { TableName: 'bench', Item: { pk: { S: `FLOORTX#${i}` }, sk: { S: 'B' } } } },
            { Put: { TableName: 'bench', Item: { pk: { S: `FLOORTX#${i}` }, sk: { S: 'C' } } } },
          ],
        }),
      ),
    );
    // The structural floor: the very DynamoDB calls submit and decide make (same items, same
    // sizes, same indexes), sent bare in the same order. What is left above it is Hamkor's own work.
    const doc = deps.db.doc;
    const table = deps.db.table;
    const nomItem = (await doc.send(new GetCommand({ TableName: table, Key: { pk: `NOM#${ids[0]}`, sk: 'NOM' } }))).Item!;
    const nomEvents = (await doc.send(new QueryCommand({ TableName: table, KeyConditionExpression: 'pk = :p AND begins_with(sk, :e)', ExpressionAttributeValues: { ':p': `NOM#${ids[0]}`, ':e': 'EVENT#' } }))).Items!;
    const copy = (item: Record<string, unknown>, pk: string) => ({ ...item, pk });
    // Who holds each step's role is read fresh on every submit (never from the reference cache),
    // one consistent query per step, in parallel; a decision checks its approver's role item.
    const chain = (await getChain(deps.db, 'nomination'))!;
    const draft = { kind: 'nomination', content: nomItem.content } as Parameters<typeof scopeFor>[1];
    const rolePartitions = chain.steps.flatMap((step) => {
      const scope = scopeFor(step, draft);
      return scope ? [keys.roleHolders(step.role, scope).pk] : [];
    });
    const firstStep = chain.steps[0]!;
    const headKey = keys.roleHolder(firstStep.role, scopeFor(firstStep, draft)!, 'head.physics@uni.example');
    const sameCallsSubmit = await timed(ROUNDS, CONCURRENCY, async (i) => {
      await doc.send(new GetCommand({ TableName: table, Key: { pk: `SESSION#${session}`, sk: 'SESSION' }, ConsistentRead: true }));
      await doc.send(new GetCommand({ TableName: table, Key: { pk: 'AGR#agr-osh-2024', sk: 'AGR' }, ConsistentRead: true }));
      await Promise.all(rolePartitions.map((pk) => doc.send(new QueryCommand({ TableName: table, KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': pk }, ConsistentRead: true }))));
      // The places left it answers with are counted from that agreement and its ledger, read
      // while the counter and the transaction are written.
      const ledger = doc.send(new QueryCommand({ TableName: table, KeyConditionExpression: 'pk = :p AND begins_with(sk, :l)', ExpressionAttributeValues: { ':p': 'AGR#agr-osh-2024', ':l': 'PLACES#' }, ConsistentRead: true }));
      await doc.send(new UpdateCommand({ TableName: table, Key: { pk: 'COUNTER#FLOOR', sk: 'COUNTER' }, UpdateExpression: 'ADD seq :one', ExpressionAttributeValues: { ':one': 1 }, ReturnValues: 'UPDATED_NEW' }));
      await doc.send(
        new TransactWriteCommand({
          TransactItems: [
            { Put: { TableName: table, Item: copy(nomItem, `FLOORSUB#${i}`), ConditionExpression: 'attribute_not_exists(pk)' } },
            { Put: { TableName: table, Item: copy(nomEvents[0]!, `FLOORSUB#${i}`), ConditionExpression: 'attribute_not_exists(pk)' } },
          ],
        }),
      );
      await ledger;
    });
    const sameCallsDecide = await timed(ROUNDS, CONCURRENCY, async (i) => {
      await doc.send(new GetCommand({ TableName: table, Key: { pk: 'LINK#floor', sk: 'LINK' }, ConsistentRead: true }));
      await doc.send(new GetCommand({ TableName: table, Key: { pk: `NOM#${ids[i]}`, sk: 'NOM' }, ConsistentRead: true }));
      await doc.send(new GetCommand({ TableName: table, Key: headKey, ConsistentRead: true, ProjectionExpression: 'pk' }));
      await doc.send(
        new TransactWriteCommand({
          TransactItems: [
            { ConditionCheck: { TableName: table, Key: headKey, ConditionExpression: 'attribute_exists(pk)' } },
            { Update: { TableName: table, Key: { pk: `FLOORLINK#${i}`, sk: 'LINK' }, UpdateExpression: 'SET usedAt = :now, decision = :d', ExpressionAttributeValues: { ':now': now, ':d': 'approve' } } },
            { Put: { TableName: table, Item: copy(nomItem, `FLOORDEC#${i}`) } },
            { Put: { TableName: table, Item: copy(nomEvents.at(-1)!, `FLOORDEC#${i}`) } },
          ],
        }),
      );
    });

    console.log(`\n2. latency at concurrency ${CONCURRENCY}, ${ROUNDS} requests each (DynamoDB Local, in-process app)`);
    const line = (name: string, xs: number[], floorName: string, floor: number[]) =>
      console.log(`   ${name.padEnd(8)} p50 ${pct(xs, 50).toFixed(1)} ms, p99 ${pct(xs, 99).toFixed(1)} ms  vs ${floorName} p50 ${pct(floor, 50).toFixed(1)} / p99 ${pct(floor, 99).toFixed(1)} ms  → ${ratio(pct(xs, 50), pct(floor, 50))} p50, ${ratio(pct(xs, 99), pct(floor, 99))} p99`);
    line('submit', submitTimes, 'PutItem', putTimes);
    // Submit writes entity + event atomically, so a transaction is its structural floor too.
    line('submit', submitTimes, 'TransactWriteItems(3)', txTimes);
    line('decide', decideTimes, 'TransactWriteItems(3)', txTimes);
    line('submit', submitTimes, 'its own DynamoDB calls, bare', sameCallsSubmit);
    line('decide', decideTimes, 'its own DynamoDB calls, bare', sameCallsDecide);
    console.log(
      `   target p50 ≤ 1.5× its own calls: submit ${against(pct(submitTimes, 50) / pct(sameCallsSubmit, 50), 1.5)}, decide ${against(pct(decideTimes, 50) / pct(sameCallsDecide, 50), 1.5)} ` +
        '(where the time goes: npm run profile:submit)',
    );

    console.log('\n3. consumed capacity (ReturnConsumedCapacity=TOTAL)');
    for (const [name, op] of [
      ['submit', async () => submit()],
      ['preview', async () => app.request('/api/actions/preview', { method: 'POST', headers, body: JSON.stringify({ token: tokens[0] }) })],
      ['decide', async () => {
        const { id } = await submit();
        const token = await issueActionLink(deps.db, { kind: 'nomination', entityId: id, round: 1, stepIndex: 0, email: 'head.physics@uni.example', name: 'Bobur Karimov' }, { now, expiresAt: new Date(Date.now() + 86400_000).toISOString() });
        const { snapshotHash } = (await (await app.request('/api/actions/preview', { method: 'POST', headers, body: JSON.stringify({ token }) })).json()) as { snapshotHash: string };
        capacity.clear();
        metering = true;
        await app.request('/api/actions/decide', { method: 'POST', headers, body: JSON.stringify({ token, decision: 'approve', snapshotHash }) });
      }],
    ] as const) {
      capacity.clear();
      metering = name !== 'decide';
      await op();
      metering = false;
      const total = [...capacity.values()].reduce((a, b) => a + b, 0);
      console.log(`   ${name.padEnd(8)} ${total.toFixed(1)} capacity units  (${[...capacity].map(([k, v]) => `${k} ${v}`).join(', ')})`);
    }
  } finally {
    await ses.stop();
    await dynamo.stop();
  }
}

/**
 * 4. The agreement watch (expiry sweep) and the dormant list against tables of 100, 1,000 and
 *    10,000 agreements in force, of which the same 10 are due today and the same 10 dormant:
 *    time and read capacity must follow the 10, not the table. The floor is a table holding
 *    only those 20 agreements.
 */
async function benchWatch() {
  const dynamo = await startDynamoLocal({ port: await freePort(), dataDir: null });
  try {
    const now = new Date();
    const today = now.toISOString().slice(0, 10);
    const agreementOf = (i: number, endDate: string): Agreement => ({
      kind: 'memorandum',
      id: `bench-${i}`,
      reference: `AGR-2020-${String(i).padStart(5, '0')}`,
      status: 'active',
      version: 1,
      submitter: { email: 'admin@uni.example', name: 'Bench' },
      createdAt: '2020-01-01T00:00:00.000Z',
      updatedAt: '2020-01-01T00:00:00.000Z',
      // Reminders 180/90/30 already sent: what is left is the 7-day one and the end.
      expiryRemindersSent: [180, 90, 30],
      content: {
        partnerId: 'osh-state-university',
        kind: 'academic_mobility_agreement',
        scope: ['student_exchange'],
        cooperationConditions: [{ type: 'student_studies', sender: 'home', mobilitiesPerYear: 2, subjectAreas: [], eqfLevels: [], languages: [], academicYears: [] }],
        startDate: '2020-09-01',
        endDate,
        coordinator: { name: 'Nodira Alimova', email: 'iro@uni.example' },
        initiatingFaculty: 'physics',
        summary: 'Benchmark agreement.',
      },
    });
    const DUE = 10;
    const rows: string[] = [];
    let floor: { sweepMs: number; sweepRcu: number; dormantMs: number; dormantRcu: number } | undefined;
    for (const size of [DUE * 2, 100, 1_000, 10_000]) {
      const capacity = new Map<string, number>();
      const table = `bench-watch-${size}`;
      const db = createDb({ tableName: table, region: 'eu-central-1', endpoint: dynamo.url, meter: (op, units) => capacity.set(op, (capacity.get(op) ?? 0) + units) });
      await ensureTable(db);
      const items: Record<string, unknown>[] = [];
      for (let i = 0; i < size; i++) {
        // The first DUE end in 5 days (the 7-day reminder is due); the rest end years from now.
        const end = i < DUE ? addDaysToDate(today, 5) : addDaysToDate(today, 400 + (i % 3000));
        items.push(seededSubmissionItem(agreementOf(i, end)));
        // DUE of the others have had no mobility for two years: the dormant ones.
        const dormant = i >= DUE && i < DUE * 2;
        items.push(activityRecord(`bench-${i}`, dormant ? addDaysToDate(today, -730) : addDaysToDate(today, -(i % 300))));
      }
      await Promise.all(Array.from({ length: 8 }, (_, w) => putAll(db, items.filter((_, j) => Math.floor(j / 25) % 8 === w))));
      const deps = createDeps(loadConfig({ TABLE_NAME: table, DYNAMODB_ENDPOINT: dynamo.url, APP_URL: 'http://localhost:3000', MAIL_FROM: 'bench@uni.example', LOG_LEVEL: 'silent' }), { db });

      // Median of 7 reads each (the first is cold); capacity from one read.
      const measure = async <T>(op: string, read: () => Promise<T>) => {
        const times: number[] = [];
        let result: T | undefined;
        for (let k = 0; k < 7; k++) {
          capacity.clear();
          const started = performance.now();
          result = await read();
          times.push(performance.now() - started);
        }
        return { result: result!, ms: pct(times, 50), rcu: capacity.get(op) ?? 0 };
      };
      const sweep = await measure('ListWatchDue', () => listWatchDue(db, now.toISOString()));
      const listed = await measure('ListDormant', () => listInactiveSince(db, addDaysToDate(today, -365)));
      const [due, sweepMs, sweepRcu] = [sweep.result, sweep.ms, sweep.rcu];
      const [dormant, dormantMs, dormantRcu] = [listed.result, listed.ms, listed.rcu];
      // The whole sweep, writes included (each due agreement gets its 7-day reminder).
      const t = performance.now();
      const swept = await watchAgreements(deps);
      const fullMs = performance.now() - t;
      floor ??= { sweepMs, sweepRcu, dormantMs, dormantRcu };
      rows.push(
        `   ${String(size).padStart(6)} agreements: due ${due.length}, read ${sweepMs.toFixed(1)} ms / ${sweepRcu.toFixed(1)} RCU (${ratio(sweepMs, floor.sweepMs)}, ${ratio(sweepRcu, floor.sweepRcu)}); ` +
          `full sweep ${fullMs.toFixed(0)} ms for ${swept.moved} reminders; dormant ${dormant.length}, ${dormantMs.toFixed(1)} ms / ${dormantRcu.toFixed(1)} RCU (${ratio(dormantMs, floor.dormantMs)}, ${ratio(dormantRcu, floor.dormantRcu)})`,
      );
    }
    console.log(`\n4. agreement watch and dormant list: ${DUE} due and ${DUE} dormant, whatever the table holds (ratios to the ${DUE * 2}-agreement floor)`);
    for (const row of rows) console.log(row);
  } finally {
    await dynamo.stop();
  }
}

/**
 * 7. The yearly report over a table of 10 years × 2,000 mobilities and 500 agreements, against a
 * floor of one year's mobility facts read bare (a paged Query, nothing counted), and the same
 * report in a table holding 1 year: the same reads, whatever the history. The facts are written
 * directly (what a backfill or the transitions leave), the items themselves are not needed.
 */
async function benchReports() {
  const dynamo = await startDynamoLocal({ port: await freePort(), dataDir: null });
  const MOBILITIES = 2_000;
  const AGREEMENTS = 500;
  const YEAR = 2026;
  const admin = { email: 'admin@uni.example', name: 'Bench', language: 'en', roles: [{ role: 'admin', scope: { type: 'university' } }] } as never;
  try {
    const results: { years: number; ms: number; rcu: number; floorMs: number; floorRcu: number }[] = [];
    for (const years of [1, 10]) {
      const capacity = new Map<string, number>();
      const table = `bench-reports-${years}`;
      const db = createDb({ tableName: table, region: 'eu-central-1', endpoint: dynamo.url, meter: (op, units) => capacity.set(op, (capacity.get(op) ?? 0) + units) });
      await ensureTable(db);
      const items: Record<string, unknown>[] = [];
      const dims = { direction: ['outgoing', 'incoming'], role: ['student', 'academic_staff', 'administrative_staff'], programme: ['bilateral', 'erasmus_plus', 'government_scholarship'] } as const;
      for (let y = YEAR - years + 1; y <= YEAR; y++) {
        for (let i = 0; i < MOBILITIES; i++) {
          const fact: MobilityFact = {
            entity: 'mobility', id: `n-${y}-${i}`, reference: `NOM-${y}-${String(i).padStart(4, '0')}`, version: 3, revision: 1,
            academicYear: `${y}/${y + 1}`, academicStartYear: y, calendarYear: i % 2 ? y + 1 : y,
            direction: dims.direction[i % 2]!, type: i % 5 === 0 ? 'teaching' : 'semester_study', role: dims.role[i % 3]!, level: 'bachelor', format: 'physical', placeType: 'student_studies',
            faculty: ['physics', 'economics', 'law'][i % 3]!, department: 'd', partner: `partner-${i % 40}`, country: ['KG', 'KZ', 'CN', 'TR'][i % 4]!, programme: dims.programme[i % 3]!,
            agreement: `agr-${i % AGREEMENTS}`, status: (['approved', 'accepted_by_partner', 'completed', 'in_review'] as const)[i % 4]!, holdsPlace: i % 4 !== 3,
            plannedStart: `${y}-09-01`, plannedEnd: `${y + 1}-01-31`, plannedMonths: 5, months: 5,
          };
          items.push(factRecord(fact));
        }
      }
      for (let i = 0; i < AGREEMENTS; i++) {
        const start = 2012 + (i % 14);
        const fact: AgreementFact = {
          entity: 'agreement', id: `agr-${i}`, reference: `AGR-${start}-${String(i).padStart(4, '0')}`, version: 2, revision: 1, partner: `partner-${i % 40}`, country: ['KG', 'KZ', 'CN', 'TR'][i % 4]!,
          kind: 'academic_mobility_agreement', scope: ['student_exchange'], faculty: 'physics', status: 'active', startDate: `${start}-01-01`, endDate: `${start + 5}-12-31`, endsOn: `${start + 5}-12-31`,
          signedOn: `${start}-01-01`, inForceFrom: `${start}-01-01`, places: [{ sender: 'home', type: 'student_studies', perYear: 4, academicYears: [] }],
        };
        items.push(factRecord(fact));
      }
      await Promise.all(Array.from({ length: 8 }, (_, w) => putAll(db, items.filter((_, j) => Math.floor(j / 25) % 8 === w))));
      const deps = createDeps(loadConfig({ TABLE_NAME: table, DYNAMODB_ENDPOINT: dynamo.url, APP_URL: 'http://localhost:3000', MAIL_FROM: 'bench@uni.example', LOG_LEVEL: 'silent' }), { db });
      const measure = async (read: () => Promise<unknown>) => {
        const times: number[] = [];
        let rcu = 0;
        for (let k = 0; k < 7; k++) {
          capacity.clear();
          const started = performance.now();
          await read();
          times.push(performance.now() - started);
          rcu = [...capacity.values()].reduce((a, b) => a + b, 0);
        }
        return { ms: pct(times, 50), rcu };
      };
      const floor = await measure(async () => {
        let start: Record<string, unknown> | undefined;
        do {
          const out = await db.doc.send(new QueryCommand({ TableName: table, IndexName: 'byFactYear', KeyConditionExpression: 'factPk = :p', ExpressionAttributeValues: { ':p': `FACTS#NOM#${YEAR}` }, ExclusiveStartKey: start, ReturnConsumedCapacity: 'TOTAL' }));
          capacity.set('floor', (capacity.get('floor') ?? 0) + (out.ConsumedCapacity?.CapacityUnits ?? 0));
          start = out.LastEvaluatedKey;
        } while (start);
      });
      const report = await measure(() => yearlyReport(deps, admin, { year: YEAR, period: 'academic' }));
      results.push({ years, ms: report.ms, rcu: report.rcu, floorMs: floor.ms, floorRcu: floor.rcu });
    }
    console.log(`
7. the yearly report (academic year ${YEAR}/${YEAR + 1}): ${MOBILITIES.toLocaleString()} mobilities a year and ${AGREEMENTS} agreements, against one year's mobility facts read bare`);
    for (const r of results) {
      console.log(`   ${String(r.years).padStart(2)} year(s) in the table: ${r.ms.toFixed(1)} ms / ${r.rcu.toFixed(1)} RCU vs floor ${r.floorMs.toFixed(1)} ms / ${r.floorRcu.toFixed(1)} RCU (${ratio(r.ms, r.floorMs)}, ${ratio(r.rcu, r.floorRcu)})`);
    }
    const [one, ten] = results;
    console.log(`   10 years against 1: ${ratio(ten!.ms, one!.ms)} time, ${ratio(ten!.rcu, one!.rcu)} read capacity (target: 1.00× ± 10 %)`);
  } finally {
    await dynamo.stop();
  }
}

/**
 * 8. An import of 20,000 past mobilities (one CSV, the largest file allowed) into the demo on
 * DynamoDB Local, in process: the dry run and the apply, rows a second, and the process's peak
 * memory (rss and heap, sampled every 20 ms) against before. Printed, never asserted.
 */
async function benchImports() {
  const ROWS = 20_000;
  const dynamo = await startDynamoLocal({ port: await freePort(), dataDir: null });
  try {
    const deps = createDeps(loadConfig({ TABLE_NAME: 'bench-imports', DYNAMODB_ENDPOINT: dynamo.url, APP_URL: 'http://localhost:3000', MAIL_FROM: 'bench@uni.example', LOG_LEVEL: 'silent' }));
    await ensureTable(deps.db);
    await seedIfEmpty(deps.db);
    const admin = { email: 'admin@uni.example', name: 'Bench', language: 'en', roles: [{ role: 'admin', scope: { type: 'university' } }] } as never;
    const columns = IMPORT_COLUMNS.mobilities;
    const lines = [columns.map((c) => c.headers.en).join(',')];
    for (let i = 0; i < ROWS; i++) {
      const a = 2016 + (i % 9);
      const row: Record<string, string> = { nomineeName: `S ${i}`, nomineeEmail: `s${i}@st.uni.example`, role: 'student', level: 'bachelor', faculty: 'physics', department: 'general-physics', direction: i % 3 ? 'outgoing' : 'incoming', partner: 'Osh State University', country: 'KG', agreement: 'AGR-2024-0003', programme: 'bilateral', mobilityType: 'semester_study', academicYear: `${a}/${a + 1}`, period: 'first_semester', language: 'ru', languageLevel: 'B2', actualStart: `02.09.${a}`, actualEnd: `31.01.${a + 1}` };
      lines.push(columns.map((c) => row[c.key] ?? '').join(','));
    }
    const bytes = new TextEncoder().encode(lines.join('\r\n'));
    const file = { bytes, name: 'bench.csv' };
    const query = { kind: 'mobilities' as const, fileName: 'bench.csv', validOnly: false };
    const sampled = async <T>(run: () => Promise<T>) => {
      global.gc?.();
      const before = process.memoryUsage();
      let rss = before.rss;
      let heap = before.heapUsed;
      const timer = setInterval(() => {
        const m = process.memoryUsage();
        rss = Math.max(rss, m.rss);
        heap = Math.max(heap, m.heapUsed);
      }, 20);
      const started = performance.now();
      const result = await run();
      const ms = performance.now() - started;
      clearInterval(timer);
      return { result, ms, rss, heap, before };
    };
    const mb = (n: number) => `${(n / 1048576).toFixed(0)} MB`;
    const dry = await sampled(() => dryRun(deps, admin, file, query));
    const apply = await sampled(() => applyImport(deps, admin, file, query));
    const again = await sampled(() => applyImport(deps, admin, file, query));
    console.log(`\n8. import of ${ROWS.toLocaleString()} mobility rows (${(bytes.length / 1048576).toFixed(2)} MB of CSV) on DynamoDB Local, in process`);
    for (const [name, r, written] of [['dry run', dry, 0], ['apply', apply, apply.result.applied.created], ['apply again (nothing to write)', again, again.result.applied.created]] as const) {
      console.log(`   ${name.padEnd(31)} ${(r.ms / 1000).toFixed(1).padStart(6)} s  ${Math.round(ROWS / (r.ms / 1000)).toLocaleString().padStart(7)} rows/s  written ${String(written).padStart(6)}  peak rss ${mb(r.rss)} (before ${mb(r.before.rss)}), peak heap ${mb(r.heap)} (before ${mb(r.before.heapUsed)})`);
    }
  } finally {
    await dynamo.stop();
  }
}

/**
 * What a page loads: its entry script and every chunk it imports, transitively; its stylesheets;
 * and its words, which the Preact pages load per language (`import("./act-words-ru-….js")`,
 * web/language-chunks.ts): a reader loads one of them, counted here as the largest.
 */
function pageFiles(dir: string, html: string): { js: string[]; css: string[]; words: string[] } {
  const refs = (pattern: RegExp, text: string) => [...text.matchAll(pattern)].map((m) => m[1]!);
  const js = new Set(refs(/<(?:script|link)[^>]+(?:src|href)="\/(assets\/[^"]+\.js)"/g, html));
  const words = new Set<string>();
  for (const file of js) {
    // Built chunks import each other as "./shared-….js"; a Set iterates over what is added while iterating.
    const code = readFileSync(join(dir, file), 'utf8');
    for (const imported of refs(/(?:import|from)\s*["']\.\/([\w.-]+\.js)["']/g, code)) js.add(`assets/${imported}`);
    for (const chunk of refs(/import\(\s*["'`]\.\/([\w.-]+-words-(?:en|ru|uz)-[\w-]+\.js)["'`]\s*\)/g, code)) words.add(`assets/${chunk}`);
  }
  return { js: [...js], css: refs(/<link[^>]+rel="stylesheet"[^>]+href="\/(assets\/[^"]+\.css)"/g, html), words: [...words] };
}

/**
 * Each page's budget of gzipped JavaScript (its words in one language included), as the README
 * states them: the nomination form 45 KB; the approver's page 35 KB (opened on phones, from an
 * email, often on a mobile connection), and so the partner coordinator's page; the sign-in page 20 KB (also opened from an email on a
 * phone, and it is one field and one button: it should cost less than the approver's page, and
 * never more than the older page did); the office console's pages 70 KB (desks, office
 * connections, and tables, filters and editors).
 */
const PAGE_BUDGETS: Record<string, number> = { '/': 45, '/signin': 20, '/act': 35, '/partner': 35 };
const CONSOLE_BUDGET = 70;
const budgetOf = (route: string) => (PAGE_BUDGETS[route] ?? CONSOLE_BUDGET) * 1024;

function bytesOf(dir: string, files: string[]): { raw: number; gz: number } {
  let raw = 0;
  let gz = 0;
  for (const file of files) {
    const content = readFileSync(join(dir, file));
    raw += content.length;
    gz += gzipSync(content, { level: 9 }).length;
  }
  return { raw, gz };
}

async function benchWeb() {
  const dir = join(OUT, 'web');
  buildWebSync(dir);
  // The floor: what checking the form's input with the API's own schema costs by itself.
  const floorSrc = join(OUT, 'web-floor.ts');
  writeFileSync(floorSrc, `import { NominationInputSchema } from '../../shared/schemas/nomination';\nexport const check = (body: unknown) => NominationInputSchema.safeParse(body).success;\n`);
  await build({ entryPoints: [floorSrc], outfile: join(OUT, 'web-floor.js'), bundle: true, minify: true, format: 'esm', platform: 'browser', target: 'es2022', logLevel: 'silent' });
  const floor = bytesOf(OUT, ['web-floor.js']);
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  console.log('\n5. web pages (Vite build): JavaScript (the entry, every chunk it imports, and its words in the largest of its languages) and CSS, raw and gzipped (node:zlib, level 9), against each page\'s budget of gzipped JS');
  console.log(
    `   ${'page'.padEnd(44)} ${'JS raw'.padStart(9)} ${'JS gzip'.padStart(9)} ${'words gz'.padStart(9)} ${'budget'.padStart(8)} ${'used'.padStart(6)} ${'CSS raw'.padStart(9)} ${'CSS gzip'.padStart(9)}`,
  );
  let formJs = 0;
  const over: string[] = [];
  for (const [route, file] of Object.entries(PAGE_FILES)) {
    const { js, css, words } = pageFiles(dir, readFileSync(join(dir, file), 'utf8'));
    const code = bytesOf(dir, js);
    // A reader loads one language: the largest of the page's word chunks is what it can cost.
    const word = words.map((w) => bytesOf(dir, [w])).reduce((a, b) => (b.gz > a.gz ? b : a), { raw: 0, gz: 0 });
    const j = { raw: code.raw + word.raw, gz: code.gz + word.gz };
    const c = bytesOf(dir, css);
    const budget = budgetOf(route);
    if (file === 'index.html') formJs = j.gz;
    if (j.gz > budget) over.push(`${route} (${kb(j.gz)} > ${kb(budget)})`);
    const name = `${route} (${file})`;
    console.log(
      `   ${name.padEnd(44)} ${j.raw.toLocaleString().padStart(9)} ${j.gz.toLocaleString().padStart(9)} ${(words.length ? word.gz.toLocaleString() : '—').padStart(9)} ` +
        `${kb(budget).padStart(8)} ${`${((j.gz / budget) * 100).toFixed(0)} %`.padStart(6)} ${c.raw.toLocaleString().padStart(9)} ${c.gz.toLocaleString().padStart(9)}`,
    );
  }
  console.log(`   floor: zod and the nomination schema alone (esbuild, minified): ${floor.raw.toLocaleString()} raw, ${floor.gz.toLocaleString()} gzip`);
  console.log(`   the nomination form's page (/): ${kb(formJs)} of gzipped JavaScript, ${ratio(formJs, floor.gz)} its schema floor`);
  console.log(`   over budget: ${over.length ? over.join(', ') : 'none'}`);
}

const only = process.env.BENCH_ONLY;
if (!only || only === 'bundles') await benchBundles();
if (!only || only === 'latency') await benchLatency();
if (!only || only === 'watch') await benchWatch();
if (!only || only === 'reports') await benchReports();
if (!only || only === 'imports') await benchImports();
if (!only || only === 'web') await benchWeb();
if (!only || only === 'web' || only === 'interactive') await benchInteractive();
