/**
 * Sending through SES (v1 SendEmail). Locally the same client talks to aws-ses-v2-local.
 * No click or open tracking: it would rewrite the one-time links.
 * SES's "too fast" answers are translated here into one named error, `MailThrottledError`, so the
 * notifier can tell "slow down" from "this email cannot be sent".
 */
import { SESClient, SendEmailCommand } from '@aws-sdk/client-ses';
import { sendPacer } from './pacing';

export type OutgoingEmail = {
  to: string;
  subject: string;
  html: string;
  text: string;
  /** SES message tags (letters, digits, `_`, `-`): they come back in bounce and complaint events. */
  tags?: Record<string, string>;
};

export type Mailer = { send(email: OutgoingEmail): Promise<string> };

/**
 * SES refused the email because the account sends too fast (or, rarely, has spent its daily
 * quota). Nothing was sent: the email must be retried later, never dropped.
 */
export class MailThrottledError extends Error {
  override readonly name = 'MailThrottledError';
}

/**
 * The error codes SES answers when sending too fast: v1's `Throttling` ("Maximum sending rate
 * exceeded."), the `ThrottlingException` of the newer AWS protocols, and SESv2's
 * `TooManyRequestsException`. The message is checked too, for a proxy that keeps only it.
 */
const THROTTLING_CODES = new Set(['Throttling', 'ThrottlingException', 'TooManyRequestsException']);

export function isThrottling(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { Code?: string }).Code ?? error.name;
  return THROTTLING_CODES.has(code) || /maximum sending rate exceeded/i.test(error.message);
}

export function createSesMailer(opts: {
  region: string;
  endpoint?: string;
  from: string;
  configurationSet?: string;
  /** Emails a second this process sends at most (`SES_MAX_SEND_RATE`); unset, unpaced. */
  maxSendRate?: number;
}): Mailer {
  const client = new SESClient({
    region: opts.region,
    // The SDK's standard retry (its default, written out because it matters here): a throttled
    // send was not accepted, so the SDK may try it twice more after a short jittered backoff,
    // which absorbs a momentary spike inside the invocation. Not 'adaptive': its client-side
    // rate is learned per warm container and starts optimistic at every cold start, while the
    // pacer below knows the account's rate from the configuration. A throttle that outlasts
    // these retries becomes a MailThrottledError, and the stream retries the record later.
    retryMode: 'standard',
    maxAttempts: 3,
    ...(opts.endpoint ? { endpoint: opts.endpoint, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } } : {}),
  });
  const pace = opts.maxSendRate ? sendPacer(opts.maxSendRate) : async () => undefined;
  return {
    async send(email) {
      await pace();
      const command = new SendEmailCommand({
        Source: opts.from,
        Destination: { ToAddresses: [email.to] },
        Message: {
          Subject: { Data: email.subject, Charset: 'UTF-8' },
          Body: { Html: { Data: email.html, Charset: 'UTF-8' }, Text: { Data: email.text, Charset: 'UTF-8' } },
        },
        ...(opts.configurationSet ? { ConfigurationSetName: opts.configurationSet } : {}),
        ...(email.tags ? { Tags: Object.entries(email.tags).map(([Name, Value]) => ({ Name, Value })) } : {}),
      });
      let out;
      try {
        out = await client.send(command);
      } catch (error) {
        if (isThrottling(error)) throw new MailThrottledError(`SES throttled the email to ${email.to}: ${(error as Error).message}`, { cause: error });
        throw error;
      }
      return out.MessageId ?? '';
    },
  };
}
