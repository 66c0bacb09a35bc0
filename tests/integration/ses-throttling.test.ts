/**
 * SES's sending rate, honoured by the notifier: 1,000 emails queued at once against an SES that
 * accepts 14 a second and answers `Throttling` beyond, through the real stream poller, notifier,
 * mailer and SDK client, on DynamoDB Local and the local SES server.
 *
 * The throttling is injected (tests/support/throttling-ses.ts, a proxy in front of the local SES
 * server): it is the one fault here that cannot be caused otherwise, since the local SES server
 * accepts any number of emails a second. Everything else is real.
 *
 * The notifier is told it may send 20 a second, more than this SES allows (as when the account's
 * quota is lower than configured, or another sender shares it), so throttling does happen; the
 * pacing alone, at the right rate, is tested in tests/unit/ses-throttling.test.ts. 1,000 emails
 * at 14 a second take at least 71 s: the test allows 150.
 */
import type { DynamoDBStreamEvent } from 'aws-lambda';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { putSigninRequest } from '../../functions/lib/db/notices';
import { processStream } from '../../functions/notifier/notify';
import { startHarness, type Harness } from '../support/harness';
import { startThrottlingSes, type ThrottlingSes } from '../support/throttling-ses';

const EMAILS = Number(process.env.THROTTLING_EMAILS ?? 1000);
const SES_RATE = 14;

let h: Harness;
let ses: ThrottlingSes;
/** What the notifier handed back to the poller, batch by batch. */
const handedBack = { batches: 0, records: 0 };

beforeAll(async () => {
  ses = await startThrottlingSes({ target: inject('sesUrl'), maxPerSecond: SES_RATE });
  h = await startHarness(
    'throttling',
    { SES_ENDPOINT: ses.url, SES_MAX_SEND_RATE: '1000' },
    {
      notifier: async (deps, event: DynamoDBStreamEvent) => {
        const result = await processStream(deps, event);
        if (result.batchItemFailures.length) {
          handedBack.batches++;
          handedBack.records += result.batchItemFailures.length;
        }
        return result;
      },
    },
  );
});
afterAll(async () => {
  await h?.stop();
  await ses?.stop();
});

describe('the notifier under SES throttling', () => {
  it(`sends each of ${EMAILS} queued emails exactly once at SES's 14 a second, handing the rest of a throttled batch back for a retry`, async () => {
    // Prepare: one sign-in request per address, written straight to the table like the API does.
    const addresses = Array.from({ length: EMAILS }, (_, i) => `rush-${String(i).padStart(4, '0')}@uni.example`);
    const started = performance.now();
    for (let i = 0; i < addresses.length; i += 25) {
      await Promise.all(addresses.slice(i, i + 25).map((email) => putSigninRequest(h.deps.db, email, new Date().toISOString(), randomUUID())));
    }

    // Act: the poller and notifier drain the stream.
    const deadline = Date.now() + 150_000;
    let count = 0;
    while (Date.now() < deadline) {
      count = (await h.emails()).length;
      if (count >= EMAILS) break;
      await new Promise((r) => setTimeout(r, 500));
    }
    const drainSeconds = (performance.now() - started) / 1000;
    await h.settle();

    // Assess: every address has its one email, none lost, none doubled, and SES did throttle.
    const perRecipient = new Map<string, number>();
    for (const email of await h.emails()) {
      for (const to of email.destination.to) perRecipient.set(to, (perRecipient.get(to) ?? 0) + 1);
    }
    const lost = addresses.filter((a) => !perRecipient.has(a));
    const doubled = [...perRecipient].filter(([, n]) => n > 1);
    console.log(
      `[throttling] ${EMAILS} emails at SES ${SES_RATE}/s: drained in ${drainSeconds.toFixed(1)} s (floor ${(EMAILS / SES_RATE).toFixed(1)} s); ` +
        `SES accepted ${ses.stats.accepted}, answered Throttling ${ses.stats.throttled} times; ` +
        `the notifier handed back ${handedBack.records} records in ${handedBack.batches} throttled batches; lost ${lost.length}, doubled ${doubled.length}`,
    );
    expect(lost).toEqual([]);
    expect(doubled).toEqual([]);
    expect(perRecipient.size).toBe(EMAILS);
    expect(ses.stats.accepted).toBe(EMAILS);
    expect(ses.stats.throttled).toBeGreaterThan(0);
    expect(handedBack.batches).toBeGreaterThan(0);
  }, 200_000);
});
