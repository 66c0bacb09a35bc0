/**
 * SES's "too fast", recognised in every spelling it comes in, and the pacer that keeps a
 * notifier under its share of the account's sending rate. The notifier's behaviour under real
 * (injected) throttling is in tests/load/ses-throttling.test.ts.
 */
import { SESServiceException } from '@aws-sdk/client-ses';
import { describe, expect, it } from 'vitest';
import { sendPacer } from '../../functions/lib/mail/pacing';
import { isThrottling } from '../../functions/lib/mail/ses';

/** An error as the SDK builds it from an SES answer. */
const sesError = (name: string, message: string) =>
  new SESServiceException({ name, message, $fault: 'client', $metadata: { httpStatusCode: 400 } });

describe('recognising SES throttling', () => {
  it('knows SES v1 Throttling, ThrottlingException and SESv2 TooManyRequestsException', () => {
    expect(isThrottling(sesError('Throttling', 'Maximum sending rate exceeded.'))).toBe(true);
    expect(isThrottling(sesError('ThrottlingException', 'Rate exceeded'))).toBe(true);
    expect(isThrottling(sesError('TooManyRequestsException', 'Too many requests'))).toBe(true);
  });

  it('knows the message even when the code is lost on the way', () => {
    expect(isThrottling(new Error('Maximum sending rate exceeded.'))).toBe(true);
  });

  it('does not take a refused address or a broken message for throttling', () => {
    expect(isThrottling(sesError('MessageRejected', 'Email address is not verified.'))).toBe(false);
    expect(isThrottling(sesError('InvalidParameterValue', 'Missing final @domain'))).toBe(false);
    expect(isThrottling('Throttling')).toBe(false);
  });
});

describe('the send pacer', () => {
  it('spaces sends evenly at the rate, so no second holds more than the rate', async () => {
    let t = 0;
    const sent: number[] = [];
    const pace = sendPacer(14, { now: () => t, sleep: async (ms) => void (t += ms) });
    for (let i = 0; i < 43; i++) {
      await pace();
      sent.push(t);
    }
    // 1000/14 ms apart (to rounding), so 14 sends always span a whole second.
    for (let i = 1; i < sent.length; i++) expect(sent[i]! - sent[i - 1]!).toBeCloseTo(1000 / 14, 6);
    expect(sent.at(-1)).toBeCloseTo((42 * 1000) / 14, 6);
  });

  it('does not wait when sends are already slower than the rate', async () => {
    let t = 0;
    const waits: number[] = [];
    const pace = sendPacer(7, { now: () => t, sleep: async (ms) => void waits.push(ms) });
    for (let i = 0; i < 5; i++) {
      await pace();
      t += 500;
    }
    expect(waits).toEqual([]);
  });

  it('queues concurrent callers one interval apart, in the order they asked', async () => {
    const t = 0;
    const waits: number[] = [];
    const pace = sendPacer(0.5, { now: () => t, sleep: async (ms) => void waits.push(ms) });
    await Promise.all([pace(), pace(), pace()]);
    expect(waits).toEqual([2000, 4000]);
  });
});
