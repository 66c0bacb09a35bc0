/**
 * `npm run load`: the deadline-day rush, on a laptop. Starts its own DynamoDB Local (in memory),
 * local SES server and s3rver on free ports, and Hamkor on them exactly as `npm start` does
 * (infra/local/app-stack.ts: the server, the stream poller, the notifier with its SES pacing),
 * then:
 *  1. adds 200 faculty members to the demo directory (submitters in physics) and signs each in
 *     the way people sign in: a link asked for through the API, read from the local SES mailbox,
 *     turned into a session through the API;
 *  2. submits 1,000 nominations within one minute, five from each of the 200, spread evenly;
 *  3. has the first approver (the head of department) decide each one as its link arrives in the
 *     mailbox (preview, then approve); the demo chain has four steps, and only the first is
 *     decided for all: the later steps are the same requests again, and the last one would find
 *     the agreement's five places taken (`no_place_left`, the expected answer, not an error);
 *  4. waits for the notifier to drain (the poller idle: every event handed over and mailed);
 *  5. prints 5xx and other refusals, what was lost (every nomination has its submitted and
 *     decided events, a unique reference, its receipt and each approver's email), p50/p99 of
 *     submit and decide, and the drain time.
 * Talks only to 127.0.0.1, and stops by itself (everything has a deadline).
 * LOAD_USERS, LOAD_NOMINATIONS, LOAD_SECONDS and LOAD_SES_RATE (SES_MAX_SEND_RATE, default 14 as
 * in production) change the shape.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../functions/lib/config';
import { personItems, putAll } from '../functions/lib/db/directory';
import { listEvents } from '../functions/lib/db/submissions';
import type { Logger } from '../functions/lib/log';
import { startAppStack } from '../infra/local/app-stack';
import { loadSeed } from '../infra/local/seed';
import { freePort, startDynamoLocal, startS3Local, startSesLocal } from '../infra/local/services';
import type { Person } from '../shared/schemas';
import { exampleOf, NominationInputSchema } from '../shared/schemas';

const USERS = Number(process.env.LOAD_USERS ?? 200);
const NOMINATIONS = Number(process.env.LOAD_NOMINATIONS ?? 1000);
const SECONDS = Number(process.env.LOAD_SECONDS ?? 60);
const SES_RATE = process.env.LOAD_SES_RATE ?? '14';
/** The whole run, whatever happens. */
const DEADLINE = Date.now() + Number(process.env.LOAD_DEADLINE_MINUTES ?? 20) * 60_000;
const APPROVER = 'head.physics@uni.example';
const NEXT_APPROVER = 'dean.physics@uni.example';

type StoredEmail = { from: string; destination: { to: string[] }; subject: string; body: { text?: string } };

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]! : NaN;
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const left = () => {
  if (Date.now() > DEADLINE) throw new Error('the load run passed its deadline');
};

async function main() {
  const dynamo = await startDynamoLocal({ port: await freePort(), dataDir: null });
  const sesLocal = await startSesLocal({ port: await freePort() });
  const s3Dir = mkdtempSync(join(tmpdir(), 'hamkor-load-s3-'));
  const s3 = await startS3Local({ port: await freePort(), directory: s3Dir });
  const port = await freePort();
  // Counted, not printed: a failure the notifier logs is a figure of the run.
  const logged = { warn: 0, error: 0, errors: new Map<string, number>() };
  const log: Logger = {
    debug: () => undefined,
    info: () => undefined,
    warn: () => void logged.warn++,
    error: (msg) => {
      logged.error++;
      logged.errors.set(msg, (logged.errors.get(msg) ?? 0) + 1);
    },
  };
  const config = loadConfig({
    TABLE_NAME: 'hamkor-load',
    DYNAMODB_ENDPOINT: dynamo.url,
    SES_ENDPOINT: sesLocal.url,
    S3_ENDPOINT: s3.url,
    DOCUMENTS_BUCKET: 'hamkor-load-documents',
    APP_URL: `http://localhost:${port}`,
    MAIL_FROM: 'Hamkor <hamkor@uni.example>',
    SES_MAX_SEND_RATE: SES_RATE,
    // All 200 ask for their link from this one address; in production each from their own.
    LINK_REQUESTS_PER_CLIENT: String(USERS * 2),
    LOG_LEVEL: 'silent',
  });
  const stack = await startAppStack({ config, port, seed: loadSeed(), deps: { log } });
  const url = `http://127.0.0.1:${port}`;
  const headers = { 'content-type': 'application/json', origin: config.appUrl };
  const post = (path: string, body: unknown, cookie?: string) =>
    fetch(`${url}${path}`, { method: 'POST', headers: { ...headers, ...(cookie ? { cookie } : {}) }, body: JSON.stringify(body) });
  const mailbox = async (): Promise<StoredEmail[]> => ((await (await fetch(`${sesLocal.url}/store`)).json()) as { emails: StoredEmail[] }).emails;
  const addressed = (e: StoredEmail, address: string) => e.destination.to.some((t) => (/<([^>]+)>/.exec(t)?.[1] ?? t).toLowerCase() === address);
  const statuses = new Map<string, number>();
  const count = (what: string, status: number) => statuses.set(`${what} ${status}`, (statuses.get(`${what} ${status}`) ?? 0) + 1);

  try {
    // 1. 200 faculty members in the directory, each signed in through the mailbox.
    const people: Person[] = Array.from({ length: USERS }, (_, i) => ({
      email: `faculty.${String(i).padStart(3, '0')}@uni.example`,
      name: `Faculty Member ${i}`,
      language: 'en',
      faculty: 'physics',
      department: 'general-physics',
      roles: [{ role: 'submitter', scope: { type: 'faculty', faculty: 'physics' } }],
    }));
    await putAll(stack.deps.db, people.flatMap((p) => personItems(p)));
    const signinStarted = performance.now();
    for (const p of people) {
      const res = await post('/api/auth/link', { email: p.email });
      count('link', res.status);
    }
    const cookies = new Map<string, string>();
    while (cookies.size < people.length) {
      left();
      for (const mail of await mailbox()) {
        const to = mail.destination.to[0]!;
        const token = /\/signin#t=([A-Za-z0-9_-]{43})/.exec(mail.body.text ?? '')?.[1];
        if (!token || cookies.has(to) || !people.some((p) => p.email === to)) continue;
        const res = await post('/api/auth/session', { token });
        count('session', res.status);
        const cookie = res.headers.get('set-cookie')?.split(';')[0];
        if (cookie) cookies.set(to, cookie);
      }
      await sleep(250);
    }
    console.log(`signed in ${cookies.size} faculty members through the mailbox in ${((performance.now() - signinStarted) / 1000).toFixed(1)} s`);

    // 2 and 3. Nominations arriving evenly over a minute; the approver deciding as links arrive.
    const example = exampleOf(NominationInputSchema) as Record<string, unknown> & { nominee: Record<string, unknown> };
    const submitted: { id: string; reference: string; submitter: string }[] = [];
    const submitTimes: number[] = [];
    const decideTimes: number[] = [];
    const previewTimes: number[] = [];
    const decided = new Set<string>();
    const deciding = new Set<string>();
    const refusals = new Map<string, number>();
    const started = performance.now();
    const submissions = Array.from({ length: NOMINATIONS }, async (_, i) => {
      await sleep((i * SECONDS * 1000) / NOMINATIONS);
      const submitter = people[i % people.length]!.email;
      const body = { ...example, nominee: { ...example.nominee, name: `Student ${i}`, email: `student.${i}@student.uni.example` }, motivation: `Deadline-day nomination ${i}.` };
      const t = performance.now();
      const res = await post('/api/nominations', body, cookies.get(submitter));
      submitTimes.push(performance.now() - t);
      count('submit', res.status);
      if (res.status === 201) submitted.push({ ...((await res.json()) as { id: string; reference: string }), submitter });
      else refusals.set(`submit ${res.status} ${await res.text()}`, 1 + (refusals.get(`submit ${res.status}`) ?? 0));
    });
    const submittedAll = Promise.all(submissions).then(() => performance.now());

    const decideOne = async (token: string, reference: string) => {
      const t0 = performance.now();
      const preview = await post('/api/actions/preview', { token });
      previewTimes.push(performance.now() - t0);
      count('preview', preview.status);
      if (preview.status !== 200) return void refusals.set(`preview ${preview.status}`, 1 + (refusals.get(`preview ${preview.status}`) ?? 0));
      const { snapshotHash } = (await preview.json()) as { snapshotHash: string };
      const t = performance.now();
      const res = await post('/api/actions/decide', { token, decision: 'approve', snapshotHash });
      decideTimes.push(performance.now() - t);
      count('decide', res.status);
      if (res.status === 200) decided.add(reference);
      else refusals.set(`decide ${res.status} ${await res.text()}`, 1 + (refusals.get(`decide ${res.status}`) ?? 0));
    };
    let submitEnd: number | undefined;
    void submittedAll.then((t) => (submitEnd = t));
    while (decided.size < NOMINATIONS) {
      left();
      const inFlight: Promise<void>[] = [];
      for (const mail of await mailbox()) {
        if (!addressed(mail, APPROVER)) continue;
        const token = /\/act#t=([A-Za-z0-9_-]{43})/.exec(mail.body.text ?? '')?.[1];
        const reference = /NOM-\d{4}-\d+/.exec(mail.subject)?.[0];
        if (!token || !reference || deciding.has(reference)) continue;
        deciding.add(reference);
        inFlight.push(decideOne(token, reference));
      }
      await Promise.all(inFlight);
      // Every submission answered and nothing left to decide: a refused submission has no link.
      if (submitEnd && deciding.size >= submitted.length) break;
      await sleep(250);
    }
    await submittedAll;
    const decidedAt = performance.now();

    // 4. The notifier drains: every event written so far handed over and mailed.
    await stack.poller.idle();
    const drainedAt = performance.now();

    // 5. What was lost.
    const mails = await mailbox();
    const references = submitted.map((s) => s.reference);
    const lost = { events: 0, receipt: 0, approverEmail: 0, nextApproverEmail: 0 };
    for (const s of submitted) {
      const types = (await listEvents(stack.deps.db, 'nomination', s.id)).map((e) => e.type);
      if (!types.includes('submitted') || (decided.has(s.reference) && !types.includes('decided'))) lost.events++;
      const about = mails.filter((m) => m.subject.includes(s.reference));
      if (!about.some((m) => addressed(m, s.submitter))) lost.receipt++;
      if (!about.some((m) => addressed(m, APPROVER))) lost.approverEmail++;
      if (decided.has(s.reference) && !about.some((m) => addressed(m, NEXT_APPROVER))) lost.nextApproverEmail++;
    }
    const fivexx = [...statuses].filter(([k]) => / 5\d\d$/.test(k)).reduce((a, [, n]) => a + n, 0);
    const s = (ms: number) => (ms / 1000).toFixed(1);
    console.log(`\nThe deadline-day rush: ${NOMINATIONS} nominations from ${USERS} faculty members over ${SECONDS} s, SES paced at ${SES_RATE}/s`);
    console.log(`  answers          ${[...statuses].map(([k, n]) => `${k}: ${n}`).join(', ')}`);
    console.log(`  5xx              ${fivexx}`);
    console.log(`  refused (4xx)    ${refusals.size ? [...refusals].map(([k, n]) => `${k} ×${n}`).join('; ') : 'none'}`);
    console.log(`  references       ${new Set(references).size} unique of ${references.length}`);
    console.log(`  lost             events ${lost.events}, receipts ${lost.receipt}, first approver's emails ${lost.approverEmail}, second approver's emails ${lost.nextApproverEmail}`);
    console.log(`  notifier         ${logged.error} errors logged${logged.errors.size ? ` (${[...logged.errors].map(([k, n]) => `${k} ×${n}`).join('; ')})` : ''}, ${logged.warn} warnings (throttled batches)`);
    console.log(`  submit           p50 ${pct(submitTimes, 50).toFixed(0)} ms, p99 ${pct(submitTimes, 99).toFixed(0)} ms (${submitTimes.length}); all answered ${s((submitEnd ?? decidedAt) - started)} s after the first`);
    console.log(`  preview          p50 ${pct(previewTimes, 50).toFixed(0)} ms, p99 ${pct(previewTimes, 99).toFixed(0)} ms (${previewTimes.length})`);
    console.log(`  decide           p50 ${pct(decideTimes, 50).toFixed(0)} ms, p99 ${pct(decideTimes, 99).toFixed(0)} ms (${decideTimes.length}); last decided ${s(decidedAt - started)} s after the first submit`);
    console.log(`  emails           ${mails.length} in the mailbox (${(mails.length / ((drainedAt - signinStarted) / 1000)).toFixed(1)}/s since the first sign-in)`);
    console.log(`  notifier drained ${s(drainedAt - decidedAt)} s after the last decision, ${s(drainedAt - started)} s after the first submit`);
    process.exitCode = fivexx || lost.events || lost.receipt || lost.approverEmail || lost.nextApproverEmail || new Set(references).size !== references.length ? 1 : 0;
  } finally {
    await stack.stop();
    await s3.stop();
    rmSync(s3Dir, { recursive: true, force: true });
    await sesLocal.stop();
    await dynamo.stop();
  }
}

main().then(
  () => process.exit(),
  (error: unknown) => {
    console.error(error instanceof Error ? error.stack : String(error));
    process.exit(1);
  },
);
