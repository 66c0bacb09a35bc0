/** The suite's default for `expect.poll` (vitest.config.ts): longer than vitest's own one second. */
import { describe, expect, it } from 'vitest';

describe("the suite's expect.poll default", () => {
  it('keeps polling past one second when a poll gives no timeout of its own', async () => {
    // Prepare: a value that turns true only after vitest's own default would have given up
    const start = Date.now();

    // Act
    const poll = expect.poll(() => Date.now() - start >= 1_300).toBe(true);

    // Assess
    await poll;
    expect(Date.now() - start).toBeGreaterThanOrEqual(1_300);
  });
});
