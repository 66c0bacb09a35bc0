/**
 * What SES publishes about a message that could not be delivered, as its configuration set's
 * event destination puts it on the default EventBridge bus (`detail` of "Email Bounced" and
 * "Email Complaint Received"). Parsed loosely (SES adds fields over time) but every field we act
 * on is checked, and the decision "is this address undeliverable?" is pure.
 */
// zod/mini: the bounces function validates only this, and its bundle should not carry all of zod.
import * as z from 'zod/mini';
import { MAIL_TAGS, type TaggedKind } from '../lib/mail/tags';

const Recipient = z.object({ emailAddress: z.string().check(z.minLength(3)), diagnosticCode: z.optional(z.string()), status: z.optional(z.string()) });

export const SesMailEventSchema = z.object({
  eventType: z.string(),
  mail: z.object({
    messageId: z.string().check(z.minLength(1)),
    timestamp: z.optional(z.string()),
    /** Message tags: SES's own (`ses:…`) and the ones the notifier sets (`hamkor-…`), each a list. */
    tags: z._default(z.record(z.string(), z.array(z.string())), {}),
  }),
  bounce: z.optional(
    z.object({
      bounceType: z.string(),
      bounceSubType: z.optional(z.string()),
      bouncedRecipients: z.array(Recipient),
      timestamp: z.optional(z.string()),
    }),
  ),
  complaint: z.optional(
    z.object({
      complainedRecipients: z.array(Recipient),
      complaintFeedbackType: z.optional(z.string()),
      timestamp: z.optional(z.string()),
    }),
  ),
});

export type SesMailEvent = z.infer<typeof SesMailEventSchema>;


export type Undeliverable = {
  email: string;
  /** `bounce` (permanent) or `complaint` (marked as spam): either way, do not rely on this address. */
  cause: 'bounce' | 'complaint';
  /** What the receiving server or SES said, for the office to read. */
  detail: string;
};

export type BounceFinding = {
  messageId: string;
  at?: string;
  recipients: Undeliverable[];
  /** Which email bounced and what it was about, when the notifier tagged it. */
  template?: string;
  about?: { kind: TaggedKind; id: string };
};

const tag = (e: SesMailEvent, name: string): string | undefined => e.mail.tags[name]?.[0];

/**
 * Which addresses the event says are undeliverable. A transient bounce (mailbox full, server
 * down) says nothing lasting: SES has already retried it, and the address may work tomorrow.
 */
export function undeliverableFrom(e: SesMailEvent): BounceFinding {
  const recipients: Undeliverable[] = [];
  if (e.eventType === 'Bounce' && e.bounce && e.bounce.bounceType === 'Permanent') {
    for (const r of e.bounce.bouncedRecipients) {
      const why = [e.bounce.bounceSubType, r.status, r.diagnosticCode].filter(Boolean).join(' — ');
      recipients.push({ email: r.emailAddress.trim().toLowerCase(), cause: 'bounce', detail: why || 'permanent bounce' });
    }
  }
  if (e.eventType === 'Complaint' && e.complaint) {
    for (const r of e.complaint.complainedRecipients) {
      recipients.push({ email: r.emailAddress.trim().toLowerCase(), cause: 'complaint', detail: e.complaint.complaintFeedbackType ?? 'marked as spam' });
    }
  }
  const kind = tag(e, MAIL_TAGS.kind);
  const id = tag(e, MAIL_TAGS.id);
  return {
    messageId: e.mail.messageId,
    at: e.bounce?.timestamp ?? e.complaint?.timestamp ?? e.mail.timestamp,
    recipients,
    template: tag(e, MAIL_TAGS.template),
    about: (kind === 'nomination' || kind === 'memorandum' || kind === 'activity') && id ? { kind, id } : undefined,
  };
}
