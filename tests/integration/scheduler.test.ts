/** Reminders and escalation, found through the due-date index and sent by the notifier. */
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keys } from '../../functions/lib/db/keys';
import { tick } from '../../functions/scheduler/tick';
import { nominationBody, startHarness, to, type Harness } from '../support/harness';

let h: Harness;
let offsetMs = 0;
const DAY = 24 * 3600 * 1000;

beforeAll(async () => {
  h = await startHarness('scheduler', { REMINDER_EVERY_DAYS: '3', ESCALATE_AFTER_REMINDERS: '2' }, { deps: { clock: () => new Date(Date.now() + offsetMs) } });
});
afterAll(() => h?.stop());

describe('the scheduler', () => {
  it('reminds the pending approver after the due date, again every 3 days, and escalates to the admins after 2 reminders', async () => {
    const faculty = await h.signIn('faculty@uni.example');
    const n = (await (await h.post('/api/nominations', nominationBody(), { cookie: faculty })).json()) as { reference: string };
    const about = (address: string) => async () => (await h.emailsTo(address)).filter((e) => e.subject.includes(n.reference));
    await expect.poll(async () => (await about('head.physics@uni.example')()).length, { timeout: 15_000 }).toBe(1);

    offsetMs = 1 * DAY;
    expect((await tick(h.deps)).reminded).toBe(0); // not yet due (3 days)

    offsetMs = 3 * DAY + 60_000;
    expect(await tick(h.deps)).toMatchObject({ reminded: 1, escalated: 0 });
    await expect.poll(async () => (await about('head.physics@uni.example')()).length, { timeout: 15_000 }).toBe(2);
    expect((await about('head.physics@uni.example')()).at(-1)!.subject).toMatch(/^(Eslatma|Reminder|Напоминание) 1/);

    expect((await tick(h.deps)).reminded).toBe(0); // the next one is 3 days later

    offsetMs = 6 * DAY + 120_000;
    expect(await tick(h.deps)).toMatchObject({ reminded: 1, escalated: 0 });
    offsetMs = 9 * DAY + 180_000;
    expect(await tick(h.deps)).toMatchObject({ reminded: 0, escalated: 1 });
    const escalation = await h.waitForEmail((e) => to('admin@uni.example')(e) && e.subject.includes(n.reference), 'the escalation');
    expect(escalation.body.text).toContain('head.physics@uni.example');
    offsetMs = 12 * DAY + 240_000;
    expect(await tick(h.deps)).toMatchObject({ reminded: 1, escalated: 0 }); // reminders go on; escalation happens once
    offsetMs = 0;
  });
});

describe('a due item that cannot be reminded', () => {
  it('does not hold up the items after it: they are reminded, and the tick still fails loudly', async () => {
    // Prepare: a real nomination waiting on its approver, and a broken copy of it (no content) due first.
    const faculty = await h.signIn('faculty@uni.example');
    const n = (await (await h.post('/api/nominations', nominationBody(), { cookie: faculty })).json()) as { id: string; reference: string };
    await expect.poll(async () => (await h.emailsTo('head.physics@uni.example')).filter((e) => e.subject.includes(n.reference)).length, { timeout: 15_000 }).toBe(1);
    const { Item } = await h.deps.db.doc.send(new GetCommand({ TableName: h.deps.db.table, Key: keys.submission('nomination', n.id) }));
    const broken = { ...Item!, ...keys.submission('nomination', 'broken'), id: 'broken', reference: 'NOM-2026-9999', dueAt: `2000-01-01T00:00:00.000Z#NOM#broken` };
    delete (broken as Record<string, unknown>).content;
    await h.deps.db.doc.send(new PutCommand({ TableName: h.deps.db.table, Item: broken }));

    // Act
    offsetMs = 4 * DAY;
    const outcome = tick(h.deps);

    // Assess
    await expect(outcome).rejects.toThrow(/1 of \d+ due items could not be reminded/);
    await expect.poll(async () => (await h.emailsTo('head.physics@uni.example')).filter((e) => e.subject.includes(n.reference)).length, { timeout: 15_000 }).toBe(2);
    offsetMs = 0;
  });
});
