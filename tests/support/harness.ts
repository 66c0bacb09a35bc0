/**
 * One isolated Hamkor per test file: its own table (seeded with the demo university), its own
 * documents bucket, its own sender address (so its emails can be told apart in the shared local
 * SES store), served on a port the OS gave (held from the start, see `holdPort`) with the real stream poller and notifier. Nothing here is mocked.
 */
import { randomBytes } from 'node:crypto';
import { inject } from 'vitest';
import type { ContractMismatch } from '../../functions/api/router';
import { API_CONTRACT } from '../../shared/api-contract';
import { loadConfig, type Config } from '../../functions/lib/config';
import { startAppStack, type AppStack, type LocalDeps } from '../../infra/local/app-stack';
import { holdPort } from '../../infra/local/server';
import { loadSeed } from '../../infra/local/seed';
import { exampleOf, MemorandumInputSchema, NominationInputSchema } from '../../shared/schemas';
import { dropTable } from '../../functions/lib/db/table-admin';

export type StoredEmail = {
  messageId: string;
  from: string;
  destination: { to: string[] };
  subject: string;
  body: { html?: string; text?: string };
  at: number;
};

export type Harness = {
  url: string;
  sesUrl: string;
  config: Config;
  stack: AppStack;
  deps: LocalDeps;
  /** Stops the stack; throws if any API response did not follow its route's declared contract. */
  stop(): Promise<void>;
  /** This file's emails, oldest first. */
  emails(): Promise<StoredEmail[]>;
  emailsTo(address: string): Promise<StoredEmail[]>;
  waitForEmail(predicate: (e: StoredEmail) => boolean, what?: string, timeoutMs?: number): Promise<StoredEmail>;
  /** Waits until the notifier has handed over everything written so far. */
  settle(): Promise<void>;
  post(path: string, body: unknown, opts?: { cookie?: string; headers?: Record<string, string> }): Promise<Response>;
  get(path: string, opts?: { cookie?: string }): Promise<Response>;
  fetchPut(path: string, body: unknown, cookie?: string): Promise<Response>;
  signIn(email: string): Promise<string>;
};

export async function startHarness(name: string, overrides: Record<string, string> = {}, extra: Parameters<typeof startAppStack>[0] extends infer O ? Partial<O> : never = {}): Promise<Harness> {
  const dynamoEndpoint = inject('dynamoEndpoint');
  const sesUrl = inject('sesUrl');
  const s3Endpoint = inject('s3Endpoint');
  // Listening from here on, before the config that names its address: no other process can take it.
  const held = await holdPort();
  const port = held.port;
  const tag = `${name}-${randomBytes(4).toString('hex')}`;
  const config = loadConfig({
    TABLE_NAME: `hamkor-${tag}`,
    AWS_REGION: 'eu-central-1',
    DYNAMODB_ENDPOINT: dynamoEndpoint,
    SES_ENDPOINT: sesUrl,
    S3_ENDPOINT: s3Endpoint,
    DOCUMENTS_BUCKET: `hamkor-${tag}`.toLowerCase().replace(/[^a-z0-9-]/g, '-').slice(0, 63),
    APP_URL: `http://localhost:${port}`,
    MAIL_FROM: `hamkor+${tag}@uni.example`,
    LOG_LEVEL: 'silent',
    ...overrides,
  });
  // Every API response of every test is checked against the contract's schema for its route; the file
  // fails at its end (stop) naming each mismatch, so a response that drifts from its contract is
  // caught by whichever test first sees it.
  const mismatches: ContractMismatch[] = [];
  const stack = await startAppStack({ config, port: held, seed: loadSeed(), contractCheck: { contract: API_CONTRACT, onMismatch: (m) => mismatches.push(m) }, ...extra }).catch(async (error: unknown) => {
    await held.close();
    throw error;
  });
  const url = config.appUrl;
  const origin = { origin: url };

  // The SES server is shared by every file of the run and keeps every email it was sent (thousands
  // by the end, bodies included), so this file's mailbox is read incrementally: only what arrived
  // since the last read (the server's `since` is whole seconds and inclusive; repeats are known by
  // their message id). Reading the whole store on every poll made later files slower and slower.
  const mine: StoredEmail[] = [];
  const seen = new Set<string>();
  let since = Math.floor(Date.now() / 1000) - 1;
  const emails = async (): Promise<StoredEmail[]> => {
    const res = await fetch(`${sesUrl}/store?since=${since}`);
    const store = (await res.json()) as { emails: StoredEmail[] };
    for (const e of store.emails) {
      since = Math.max(since, e.at);
      if (seen.has(e.messageId)) continue;
      seen.add(e.messageId);
      if (e.from.includes(`hamkor+${tag}@`)) mine.push(e);
    }
    return [...mine];
  };
  const waitForEmail = async (predicate: (e: StoredEmail) => boolean, what = 'an email', timeoutMs = 15_000) => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = (await emails()).find(predicate);
      if (found) return found;
      if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  };
  const post = (path: string, body: unknown, opts: { cookie?: string; headers?: Record<string, string> } = {}) =>
    fetch(`${url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...origin, ...(opts.cookie ? { cookie: opts.cookie } : {}), ...opts.headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
  const get = (path: string, opts: { cookie?: string } = {}) => fetch(`${url}${path}`, { headers: opts.cookie ? { cookie: opts.cookie } : {} });

  const harness: Harness = {
    url,
    sesUrl,
    config,
    stack,
    deps: stack.deps,
    async stop() {
      await stack.stop();
      // The file's table goes with it, so the run's last files do not carry every earlier file's items.
      await dropTable(stack.deps.db).catch(() => undefined);
      if (mismatches.length) {
        const lines = mismatches.map((m) => `${m.method} /api${m.path} → ${m.status}: ${m.problems.join('; ')}`);
        throw new Error(`Responses that do not follow their declared contract:\n${[...new Set(lines)].join('\n')}`);
      }
    },
    emails,
    emailsTo: async (address) => (await emails()).filter((e) => e.destination.to.some((t) => sameAddress(t, address))),
    waitForEmail,
    settle: () => stack.poller.idle(),
    post,
    get,
    fetchPut: (path, body, cookie) =>
      fetch(`${url}${path}`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json', ...origin, ...(cookie ? { cookie } : {}) },
        body: JSON.stringify(body),
      }),
    async signIn(email: string) {
      const before = (await signinEmailsTo(harness, email)).length;
      const res = await post('/api/auth/link', { email });
      if (res.status !== 202) throw new Error(`link request answered ${res.status}`);
      const token = tokenFrom(await nextSigninEmail(harness, email, before, 15_000), 'signin');
      const session = await post('/api/auth/session', { token });
      if (session.status !== 200) throw new Error(`session answered ${session.status}: ${await session.text()}`);
      const cookie = session.headers.get('set-cookie')?.split(';')[0];
      if (!cookie) throw new Error('no session cookie');
      return cookie;
    },
  };
  return harness;
}

/** `Name <a@b>` or `a@b`, compared exactly: `rector@` must not match `vicerector@`. */
export function sameAddress(recipient: string, address: string): boolean {
  const bare = /<([^>]+)>/.exec(recipient)?.[1] ?? recipient;
  return bare.trim().toLowerCase() === address.toLowerCase();
}

/** A predicate for emails to one address. */
export const to = (address: string) => (e: StoredEmail) => e.destination.to.some((t) => sameAddress(t, address));

const SIGNIN_LINK = /https?:\/\/\S+\/signin#t=[A-Za-z0-9_-]{43}/;
const isSigninEmail = (e: StoredEmail) => SIGNIN_LINK.test(e.body.text ?? '');

export const signinEmailsTo = async (h: Pick<Harness, 'emailsTo'>, email: string) => (await h.emailsTo(email)).filter(isSigninEmail);

/**
 * The newest sign-in email to `email` once there are more than `seen` of them. A plain loop, not
 * `expect.poll`: this runs in `beforeAll` too, where vitest has no test to poll in.
 */
export async function nextSigninEmail(h: Pick<Harness, 'emailsTo'>, email: string, seen: number, timeoutMs = 20_000): Promise<StoredEmail> {
  for (const deadline = Date.now() + timeoutMs; ; ) {
    const mails = await signinEmailsTo(h, email);
    if (mails.length > seen) return mails.at(-1)!;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for a sign-in email to ${email}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The sign-in link exactly as the email writes it (host, path and fragment). */
export const signinLinkIn = (mail: StoredEmail): string => SIGNIN_LINK.exec(mail.body.text ?? '')![0];

export function tokenFrom(email: StoredEmail, purpose: 'signin' | 'act'): string {
  const match = new RegExp(`/${purpose}#t=([A-Za-z0-9_-]{43})`).exec(email.body.text ?? '');
  if (!match) throw new Error(`no ${purpose} link in "${email.subject}"`);
  return match[1]!;
}

/** A valid nomination for the seeded demo university: the example the OpenAPI document shows. */
export function nominationBody(overrides: Record<string, unknown> = {}) {
  const example = exampleOf(NominationInputSchema) as Record<string, unknown>;
  // The example's planned dates belong to its year and period: a body for another year or period
  // plans on that period's usual dates (no dates), unless it gives its own.
  const { plannedStartDate: _start, plannedEndDate: _end, ...undated } = example;
  const otherTerm = 'academicYear' in overrides || 'period' in overrides;
  return { ...(otherTerm ? undated : example), ...overrides };
}

/** A valid memorandum for the seeded demo university: the example the OpenAPI document shows. */
export function memorandumBody(overrides: Record<string, unknown> = {}) {
  return { ...(exampleOf(MemorandumInputSchema) as Record<string, unknown>), ...overrides };
}
