/**
 * The demo university's approvers, step by step, and a way to decide a chain's steps with links
 * of the test's own. The emails that carry real links are covered by the story test; tests of what
 * happens after a chain use this to get there quickly, and to bring an approved agreement into force.
 */
import { expect } from 'vitest';
import { issueActionLink } from '../../functions/lib/db/links';
import type { Harness } from './harness';

export type Approver = { email: string; name: string };

/** head of department → dean → international office → vice-rector */
export const NOMINATION_CHAIN: Approver[] = [
  { email: 'head.physics@uni.example', name: 'Bobur Karimov' },
  { email: 'dean.physics@uni.example', name: 'Olga Petrova' },
  { email: 'iro@uni.example', name: 'Nodira Alimova' },
  { email: 'vicerector@uni.example', name: 'Dilshod Ergashev' },
];

/** international office → legal → vice-rector → rector */
export const MEMORANDUM_CHAIN: Approver[] = [
  { email: 'iro@uni.example', name: 'Nodira Alimova' },
  { email: 'legal@uni.example', name: 'Sardor Tursunov' },
  { email: 'vicerector@uni.example', name: 'Dilshod Ergashev' },
  { email: 'rector@uni.example', name: 'Rustam Nazarov' },
];

const chainOf = (kind: 'nomination' | 'memorandum') => (kind === 'nomination' ? NOMINATION_CHAIN : MEMORANDUM_CHAIN);

/**
 * A link for the approver of a step, with its preview's snapshot hash. Issued after the notifier
 * has sent its own (which, being newer, would void ours). `now` follows a test's moved clock.
 */
export async function linkFor(h: Harness, kind: 'nomination' | 'memorandum', id: string, stepIndex: number, now = new Date()): Promise<{ token: string; snapshotHash: string }> {
  await h.settle();
  const expiresAt = new Date(now.getTime() + 86_400_000).toISOString();
  const token = await issueActionLink(h.deps.db, { kind, entityId: id, round: 1, stepIndex, ...chainOf(kind)[stepIndex]! }, { now: now.toISOString(), expiresAt });
  const preview = await h.post('/api/actions/preview', { token });
  if (preview.status !== 200) throw new Error(`preview answered ${preview.status}: ${await preview.text()}`);
  return { token, snapshotHash: ((await preview.json()) as { snapshotHash: string }).snapshotHash };
}

export function approve(h: Harness, link: { token: string; snapshotHash: string }): Promise<Response> {
  return h.post('/api/actions/decide', { token: link.token, decision: 'approve', snapshotHash: link.snapshotHash });
}

/** Approves steps `from` up to (not including) `to`; returns the last decision's answer. */
export async function approveSteps(h: Harness, kind: 'nomination' | 'memorandum', id: string, opts: { from?: number; to?: number; now?: () => Date } = {}): Promise<Record<string, unknown>> {
  let answer: Record<string, unknown> = {};
  for (let step = opts.from ?? 0; step < (opts.to ?? chainOf(kind).length); step++) {
    const res = await approve(h, await linkFor(h, kind, id, step, opts.now?.()));
    if (res.status !== 200) throw new Error(`step ${step} answered ${res.status}: ${await res.text()}`);
    answer = (await res.json()) as Record<string, unknown>;
  }
  return answer;
}

/** Both sides' signatures of an approved agreement recorded today by the office (`cookie`): it comes into force. */
export async function signBothSides(h: Harness, id: string, cookie: string, signatories = { home: 'Signatory', partner: 'Signatory' }): Promise<void> {
  for (const party of ['home', 'partner'] as const) {
    const signed = await h.post(`/api/agreements/${id}/signatures`, { party, date: new Date().toISOString().slice(0, 10), signatoryName: signatories[party], signatoryPosition: 'Rector' }, { cookie });
    expect(signed.status).toBe(200);
  }
}

/**
 * An agreement in force, made the way the office makes one: the memorandum `body` proposed by
 * `cookies.proposer`, approved at every step, and signed on both sides as recorded by `cookies.office`.
 */
export async function agreementInForce(
  h: Harness,
  body: Record<string, unknown>,
  cookies: { proposer: string; office: string },
  signatories?: { home: string; partner: string },
): Promise<{ id: string; reference: string }> {
  const proposed = await h.post('/api/agreements', body, { cookie: cookies.proposer });
  expect(proposed.status).toBe(201);
  const agreement = (await proposed.json()) as { id: string; reference: string };
  await approveSteps(h, 'memorandum', agreement.id);
  await signBothSides(h, agreement.id, cookies.office, signatories);
  return agreement;
}
