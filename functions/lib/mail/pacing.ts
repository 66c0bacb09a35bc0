/**
 * Client-side pacing of SES sends: SES accepts at most N emails a second per account and region
 * (14 by default out of the sandbox, 1 in it) and answers `Throttling` beyond. The pacer spaces
 * this process's sends evenly at `ratePerSecond`, so the notifier rarely meets the limit at all;
 * when it does (another sender in the account, a lower quota than configured), the throttling
 * path in notify.ts takes over.
 *
 * Evenly spaced rather than a bucket that allows bursts: no second ever holds more than the rate,
 * and a burst would only be paid back by throttling a moment later.
 */
export type SendPacer = () => Promise<void>;

export function sendPacer(
  ratePerSecond: number,
  opts: { now?: () => number; sleep?: (ms: number) => Promise<void> } = {},
): SendPacer {
  const interval = 1000 / ratePerSecond;
  const now = opts.now ?? (() => performance.now());
  const sleep = opts.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  // When the next send may go. Taken synchronously, so concurrent callers queue in order.
  let next = 0;
  return async function pace() {
    const t = now();
    const slot = Math.max(t, next);
    next = slot + interval;
    if (slot > t) await sleep(slot - t);
  };
}
