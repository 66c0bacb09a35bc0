/**
 * What the notifier makes of a study plan's reminders (pure, functions/notifier/plan.ts): a
 * reminder is the coordinator's request again with a fresh link, numbered; the silence after the
 * last goes to the administrators, who are read for it. And the local demo's Faculty of Physics
 * has a coordinator under `npm start` only (infra/local/seed/demo-people.json), not in the tests' seed.
 */
import { describe, expect, it } from 'vitest';
import { planMails, tellsAdmins } from '../../functions/notifier/plan';
import type { EventSubject } from '../../functions/lib/db/submissions';
import { loadSeed, withDemoPeople } from '../../infra/local/seed';

const NOW = '2027-09-13T10:00:00.000Z';
const coordinator = { email: 'coordinator.physics@uni.example', name: 'Dilnoza Karimova' };
const admins = [{ email: 'admin@uni.example', name: 'Malika Yusupova' }];
const subject = {
  kind: 'nomination',
  id: 'n1',
  reference: 'NOM-2027-0001',
  title: 'Dana Ospanova — L.N. Gumilyov Eurasian National University',
  submitter: { email: 'faculty@uni.example', name: 'Aziz Rakhimov' },
} as EventSubject;
const ctx = { appUrl: 'https://hamkor.example', admins, signinMinutes: 15 };

describe('a study plan’s reminder', () => {
  it('is the coordinator’s request again, numbered, with a fresh link for the version sent', () => {
    const mails = planMails({ type: 'study_plan_reminded', at: NOW, planVersion: 2, coordinator, count: 1 }, subject, ctx);
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ to: coordinator, template: 'study_plan_request', link: { purpose: 'study-plan', planVersion: 2 } });
    expect(mails[0]!.render({ url: 'https://hamkor.example/act#t=x', expiresAt: NOW })).toMatchObject({ reminder: 1, planVersion: 2 });
    expect(tellsAdmins({ type: 'study_plan_reminded', at: NOW, planVersion: 2, coordinator, count: 1 })).toBe(false);
  });

  it('after the last, tells every administrator who was not answered and how many reminders went, with no link to decide', () => {
    const event = { type: 'study_plan_unanswered', at: NOW, planVersion: 2, coordinator, reminders: 3 } as const;
    expect(tellsAdmins(event)).toBe(true);
    const mails = planMails(event, subject, ctx);
    expect(mails.map((m) => [m.to.email, m.template, m.link])).toEqual([['admin@uni.example', 'study_plan_unanswered', undefined]]);
    expect(mails[0]!.render(undefined)).toMatchObject({ coordinator, reminders: 3, viewLink: 'https://hamkor.example/nominations/n1' });
  });
});

describe('the local demo’s people', () => {
  const holdsPhysicsCoordinator = (people: ReturnType<typeof loadSeed>['people']) =>
    people.filter((p) => p.roles.some((r) => r.role === 'faculty_coordinator' && r.scope.type === 'faculty' && r.scope.faculty === 'physics')).map((p) => p.email);

  it('give the Faculty of Physics a coordinator under npm start, and the tests’ seed none', () => {
    expect(holdsPhysicsCoordinator(loadSeed().people)).toEqual([]);
    expect(holdsPhysicsCoordinator(withDemoPeople(loadSeed()).people)).toEqual(['coordinator.physics@uni.example']);
  });
});
