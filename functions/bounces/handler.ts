/**
 * The bounces Lambda: SES "Email Bounced" and "Email Complaint Received" events, from the
 * configuration set's event destination on the default EventBridge bus. An event that does not
 * parse is logged and dropped (a retry would not make it parse); a storage error throws, so
 * EventBridge retries it and then keeps it in the dead-letter queue.
 */
import type { EventBridgeEvent } from 'aws-lambda';
import { loadConfig } from '../lib/config';
import { createDeps } from '../lib/deps';
import { recordUndeliverable, type BounceReport } from './record';
import { SesMailEventSchema } from './ses-event';

const deps = createDeps(loadConfig());

export const handler = async (event: EventBridgeEvent<string, unknown>): Promise<BounceReport> => {
  const parsed = SesMailEventSchema.safeParse(event.detail);
  if (!parsed.success) {
    deps.log.error('unreadable SES event', { id: event.id, detailType: event['detail-type'], issues: parsed.error.issues.map((i) => i.path.join('.')) });
    return { undeliverable: 0, noticed: 0 };
  }
  return recordUndeliverable(deps, parsed.data);
};
