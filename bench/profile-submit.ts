/**
 * `npm run profile:submit`: where a submit's time goes. Starts DynamoDB Local, seeds the demo
 * university, and sends 300 nominations through the API in process (as the latency bench does),
 * with V8's CPU profiler on (the profile `--cpu-prof` would write, but for the submits only, not the
 * start-up). Prints self time by what it is spent in: zod, the AWS SDK, Hono, Hamkor's own code (by
 * module), JSON and hashing, and the time the process waits on DynamoDB (idle). The profile itself
 * goes to bench/out/submit.cpuprofile, to open in Chrome's DevTools.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { join, resolve } from 'node:path';
import { createApp } from '../functions/api/app';
import { loadConfig } from '../functions/lib/config';
import { createDeps } from '../functions/lib/deps';
import { createSession } from '../functions/lib/db/sessions';
import { ensureTable } from '../functions/lib/db/table-admin';
import { createStorage } from '../functions/lib/storage/s3';
import { freePort, startDynamoLocal } from '../infra/local/services';
import { seedIfEmpty } from '../infra/local/seed';

const ROUNDS = 300;
const OUT = resolve('bench/out');

type Node = { id: number; callFrame: { functionName: string; url: string }; children?: number[] };
type Profile = { nodes: Node[]; samples: number[]; timeDeltas: number[] };

/** What a frame's time is spent in, from where its code lives. */
function categoryOf(frame: Node['callFrame']): string {
  const { url, functionName } = frame;
  if (!url) {
    if (functionName === '(idle)' || functionName === '(program)') return 'waiting on DynamoDB (idle) and V8 itself';
    if (functionName === '(garbage collector)') return 'garbage collection';
    if (/^(stringify|parse)$/.test(functionName)) return 'JSON parse/stringify';
    return `native: ${functionName || '(anonymous)'}`;
  }
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)?.[1];
  if (pkg === 'zod') return 'zod (validation)';
  if (pkg?.startsWith('@aws-sdk') || pkg?.startsWith('@smithy')) return 'AWS SDK (requests, marshalling, signing)';
  if (pkg === 'hono' || pkg?.startsWith('@hono')) return 'Hono';
  if (pkg) return `package ${pkg}`;
  if (url.startsWith('node:')) {
    if (/crypto/.test(url)) return 'node: crypto (hashing, ids)';
    if (/http|net|stream|_tls|undici|fetch/.test(url)) return 'node: HTTP to DynamoDB';
    return `node: ${url.replace('node:internal/', '').split('/')[0]}`;
  }
  const own = /\/(functions|shared)\/(.*)$/.exec(url);
  if (own) return `Hamkor ${own[1]}/${own[2]!.replace(/\.ts$/, '')}`;
  return url;
}

async function main() {
  const dynamo = await startDynamoLocal({ port: await freePort(), dataDir: null });
  try {
    const config = loadConfig({ TABLE_NAME: 'profile', DYNAMODB_ENDPOINT: dynamo.url, APP_URL: 'http://localhost:3000', MAIL_FROM: 'bench@uni.example', LOG_LEVEL: 'silent' });
    const deps = createDeps(config);
    await ensureTable(deps.db);
    await seedIfEmpty(deps.db);
    // Nothing is uploaded: the storage is never reached.
    const app = createApp({ ...deps, storage: createStorage({ bucket: 'profile-documents', endpoint: 'http://127.0.0.1:9' }) });
    const now = new Date().toISOString();
    const session = await createSession(deps.db, { email: 'faculty@uni.example', now, expiresAt: new Date(Date.now() + 3600_000).toISOString() });
    const headers = { 'content-type': 'application/json', origin: config.appUrl, cookie: `hamkor_session=${session}` };
    const body = JSON.stringify({
      nominee: { name: 'Profile Student', email: 'profile@student.uni.example', role: 'student', studyLevel: 'bachelor', faculty: 'physics', department: 'general-physics' },
      direction: 'outgoing', partnerId: 'osh-state-university', agreementId: 'agr-osh-2024', programme: 'bilateral', mobilityType: 'semester_study',
      academicYear: '2027/2028', period: 'first_semester', language: { code: 'ru', level: 'B2' }, motivation: 'Profiling a submit.',
    });
    const submit = async () => {
      const res = await app.request('/api/nominations', { method: 'POST', headers, body });
      if (res.status !== 201) throw new Error(`submit ${res.status}: ${await res.text()}`);
      await res.arrayBuffer();
    };
    for (let i = 0; i < 30; i++) await submit(); // warm the connections and the JIT

    const inspector = new Session();
    inspector.connect();
    await inspector.post('Profiler.enable');
    await inspector.post('Profiler.setSamplingInterval', { interval: 200 });
    await inspector.post('Profiler.start');
    const started = performance.now();
    for (let i = 0; i < ROUNDS; i++) await submit();
    const wall = performance.now() - started;
    const { profile } = (await inspector.post('Profiler.stop')) as unknown as { profile: Profile };
    inspector.disconnect();
    mkdirSync(OUT, { recursive: true });
    writeFileSync(join(OUT, 'submit.cpuprofile'), JSON.stringify(profile));

    // Self time per node: each sample's delta goes to the node it landed in.
    const byNode = new Map<number, number>();
    profile.samples.forEach((id, i) => byNode.set(id, (byNode.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
    const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
    const byCategory = new Map<string, number>();
    for (const [id, ms] of byNode) {
      const category = categoryOf(nodes.get(id)!.callFrame);
      byCategory.set(category, (byCategory.get(category) ?? 0) + ms);
    }
    const total = [...byCategory.values()].reduce((a, b) => a + b, 0);
    console.log(`\n${ROUNDS} submits one after another: ${wall.toFixed(0)} ms wall, ${(wall / ROUNDS).toFixed(2)} ms each; where the time went (self time):`);
    for (const [category, ms] of [...byCategory].sort((a, b) => b[1] - a[1]).slice(0, 18)) {
      console.log(`   ${((ms / total) * 100).toFixed(1).padStart(5)} %  ${(ms / ROUNDS).toFixed(3).padStart(7)} ms/submit  ${category}`);
    }
    console.log(`   profile: ${join('bench/out', 'submit.cpuprofile')} (open in Chrome DevTools → Performance)`);
  } finally {
    await dynamo.stop();
  }
}

await main();
