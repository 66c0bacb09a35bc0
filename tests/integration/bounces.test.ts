/**
 * The bounces Lambda given SES's own EventBridge events (fixtures), against DynamoDB Local and the
 * local SES server: the address is marked undeliverable and the office is told, naming the step
 * that waits on the unreachable approver. SES itself cannot be made to bounce locally, so the
 * event is the one thing fed in by hand; everything after it is the real path.
 */
import { readFileSync } from 'node:fs';
import type { EventBridgeEvent } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { keys } from '../../functions/lib/db/keys';
import { getUndeliverable } from '../../functions/lib/db/notices';
import { exampleOf } from '../../shared/schemas/common';
import { ActivityInputSchema } from '../../shared/schemas/activity';
import { nominationBody, startHarness, to, type Harness } from '../support/harness';

type SesEvent = EventBridgeEvent<string, Record<string, any>>;
type BounceHandler = (event: SesEvent) => Promise<{ undeliverable: number; noticed: number }>;

const fixture = (name: string): SesEvent => JSON.parse(readFileSync(new URL(`../fixtures/events/ses/${name}.json`, import.meta.url), 'utf8'));

let h: Harness;
let handler: BounceHandler;

beforeAll(async () => {
  h = await startHarness('bounces');
  // The handler reads its config at module load, exactly as in Lambda: point it at this file's table.
  vi.stubEnv('TABLE_NAME', h.config.tableName);
  vi.stubEnv('DYNAMODB_ENDPOINT', h.config.dynamoEndpoint!);
  vi.stubEnv('SES_ENDPOINT', h.config.sesEndpoint!);
  vi.stubEnv('APP_URL', h.config.appUrl);
  vi.stubEnv('MAIL_FROM', h.config.mailFrom);
  vi.stubEnv('LOG_LEVEL', 'silent');
  vi.resetModules();
  ({ handler } = (await import('../../functions/bounces/handler')) as { handler: BounceHandler });
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await h?.stop();
});

function bounceOf(opts: { email: string; template: string; id?: string; messageId: string; bounceType?: string }): SesEvent {
  const event = fixture('bounce-permanent');
  event.detail.bounce.bounceType = opts.bounceType ?? 'Permanent';
  event.detail.bounce.bouncedRecipients[0].emailAddress = opts.email;
  event.detail.mail.messageId = opts.messageId;
  event.detail.mail.tags['hamkor-template'] = [opts.template];
  if (opts.id) event.detail.mail.tags['hamkor-id'] = [opts.id];
  else {
    delete event.detail.mail.tags['hamkor-id'];
    delete event.detail.mail.tags['hamkor-kind'];
  }
  return event;
}

describe('the bounces handler', () => {
  it('marks an approver whose mail bounced as undeliverable and tells the office which step waits on them', async () => {
    // Prepare: a nomination waiting on the head of department, whose request went out.
    const faculty = await h.signIn('faculty@uni.example');
    const n = (await (await h.post('/api/nominations', nominationBody(), { cookie: faculty })).json()) as { id: string; reference: string };
    await h.waitForEmail((e) => to('head.physics@uni.example')(e) && e.subject.includes(n.reference), 'the action request');

    // Act
    const report = await handler(bounceOf({ email: 'head.physics@uni.example', template: 'action_request', id: n.id, messageId: 'bounce-1' }));

    // Assess: the mark, the office's email, and the item's history.
    expect(report).toEqual({ undeliverable: 1, noticed: 1 });
    expect(await getUndeliverable(h.deps.db, 'head.physics@uni.example')).toMatchObject({ cause: 'bounce', count: 1, detail: expect.stringContaining('5.1.1') });
    const notice = await h.waitForEmail((e) => to('admin@uni.example')(e) && /Undeliverable/.test(e.subject) && e.subject.includes(n.reference), 'the notice to the office');
    expect(notice.body.text).toContain('head.physics@uni.example');
    expect(notice.body.text).toContain('Head of department');
    expect(notice.body.text).toContain('User unknown');
    expect(notice.body.text).toContain(`/nominations/${n.id}`);
    const item = (await (await h.get(`/api/nominations/${n.id}`, { cookie: faculty })).json()) as { history: { type: string; email?: string }[] };
    expect(item.history.filter((e) => e.type === 'mail_undeliverable')).toEqual([expect.objectContaining({ email: 'head.physics@uni.example' })]);
  });

  it('writes one notice when EventBridge delivers the same SES event twice, and counts the failure', async () => {
    const faculty = await h.signIn('faculty@uni.example');
    const n = (await (await h.post('/api/nominations', nominationBody(), { cookie: faculty })).json()) as { id: string; reference: string };
    const event = bounceOf({ email: 'head.physics@uni.example', template: 'action_request', id: n.id, messageId: 'bounce-twice' });

    expect(await handler(event)).toEqual({ undeliverable: 1, noticed: 1 });
    expect(await handler(event)).toEqual({ undeliverable: 1, noticed: 0 });
    await h.settle();

    const notices = (await h.emailsTo('admin@uni.example')).filter((e) => /Undeliverable/.test(e.subject) && e.subject.includes(n.reference));
    expect(notices).toHaveLength(1);
    expect((await getUndeliverable(h.deps.db, 'head.physics@uni.example'))!.count).toBeGreaterThanOrEqual(3);
  });

  it('tells the office about a complaint that concerned no item, in its own words', async () => {
    const before = (await h.emailsTo('admin@uni.example')).length;
    expect(await handler(fixture('complaint'))).toEqual({ undeliverable: 1, noticed: 1 });
    expect(await getUndeliverable(h.deps.db, 'faculty@uni.example')).toMatchObject({ cause: 'complaint', detail: 'abuse' });
    await expect.poll(async () => (await h.emailsTo('admin@uni.example')).length, { timeout: 15_000 }).toBe(before + 1);
    const notice = (await h.emailsTo('admin@uni.example')).at(-1)!;
    expect(notice.subject).toBe('Undeliverable: email to faculty@uni.example');
    expect(notice.body.text).toContain('marked an email from Hamkor as spam');
    expect(notice.body.text).toContain('Nothing is waiting for this person’s decision now');
  });

  it('ignores a transient bounce: SES has retried it and the mailbox may work tomorrow', async () => {
    const report = await handler(bounceOf({ email: 'dean.physics@uni.example', template: 'action_request', messageId: 'transient-1', bounceType: 'Transient' }));
    expect(report).toEqual({ undeliverable: 0, noticed: 0 });
    expect(await getUndeliverable(h.deps.db, 'dean.physics@uni.example')).toBeUndefined();
  });

  it('does not mail the office about its own notice bouncing, which would loop', async () => {
    const report = await handler(bounceOf({ email: 'iro@uni.example', template: 'undeliverable_notice', messageId: 'office-1' }));
    expect(report).toEqual({ undeliverable: 1, noticed: 0 });
    expect(await getUndeliverable(h.deps.db, 'iro@uni.example')).toMatchObject({ cause: 'bounce' });
  });

  it('tells the office about a bounced activity email naming the activity, with the activities page, and keeps the notice beside the activity', async () => {
    // Prepare: an activity the office records, and SES's bounce of an email about it (tagged as the notifier tags it).
    const iro = await h.signIn('iro@uni.example');
    const res = await h.post('/api/activities', { ...(exampleOf(ActivityInputSchema) as Record<string, unknown>), title: 'Bounced lecture', startDate: '2031-05-04', endDate: '2031-05-04' }, { cookie: iro });
    expect(res.status).toBe(201);
    const activity = (await res.json()) as { id: string; version: number };
    const event = fixture('bounce-activity');
    event.detail.mail.tags['hamkor-id'] = [activity.id];
    event.detail.mail.tags['hamkor-template'] = ['activity_decided'];
    event.detail.bounce.bouncedRecipients[0].emailAddress = 'faculty@uni.example';

    // Act
    const report = await handler(event);

    // Assess
    expect(report).toEqual({ undeliverable: 1, noticed: 1 });
    const notice = await h.waitForEmail((e) => to('admin@uni.example')(e) && e.subject === 'Undeliverable: email to faculty@uni.example about the guest lecture “Bounced lecture”', 'the office’s notice about the activity');
    expect(notice.body.text).toContain(`${h.url}/office/activities?activity=${activity.id}`);
    expect(notice.body.text).toContain('Nothing is waiting for this person’s decision now');
    const stored = await h.deps.db.doc.send(
      new QueryCommand({ TableName: h.deps.db.table, KeyConditionExpression: 'pk = :pk AND begins_with(sk, :e)', ExpressionAttributeValues: { ':pk': keys.internationalActivity(activity.id).pk, ':e': keys.eventPrefix } }),
    );
    expect(stored.Items?.map((i) => i.type)).toEqual(['mail_undeliverable']);
  });

  it('drops an event it cannot read without throwing, so EventBridge does not retry garbage', async () => {
    const garbage = { ...fixture('bounce-permanent'), detail: { eventType: 'Bounce', mail: 'not an object' } };
    await expect(handler(garbage)).resolves.toEqual({ undeliverable: 0, noticed: 0 });
  });
});
