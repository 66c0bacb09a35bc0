/**
 * Sending through SES (v1 SendEmail). Locally the same client talks to aws-ses-v2-local.
 * No click or open tracking: it would rewrite the one-time links.
 */
import { SESClient, SendEmailCommand } from '@aws-sdk/client-ses';

export type OutgoingEmail = {
  to: string;
  subject: string;
  html: string;
  text: string;
  /** SES message tags (letters, digits, `_`, `-`): they come back in bounce and complaint events. */
  tags?: Record<string, string>;
};

export type Mailer = { send(email: OutgoingEmail): Promise<string> };

export function createSesMailer(opts: { region: string; endpoint?: string; from: string; configurationSet?: string }): Mailer {
  const client = new SESClient({
    region: opts.region,
    ...(opts.endpoint ? { endpoint: opts.endpoint, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } } : {}),
  });
  return {
    async send(email) {
      const out = await client.send(
        new SendEmailCommand({
          Source: opts.from,
          Destination: { ToAddresses: [email.to] },
          Message: {
            Subject: { Data: email.subject, Charset: 'UTF-8' },
            Body: { Html: { Data: email.html, Charset: 'UTF-8' }, Text: { Data: email.text, Charset: 'UTF-8' } },
          },
          ...(opts.configurationSet ? { ConfigurationSetName: opts.configurationSet } : {}),
          ...(email.tags ? { Tags: Object.entries(email.tags).map(([Name, Value]) => ({ Name, Value })) } : {}),
        }),
      );
      return out.MessageId ?? '';
    },
  };
}
