/**
 * The demo university, from a committed JSON file, written only into a new table (one without
 * approval chains), so a restart never overwrites what someone did in the app.
 */
import { readFileSync } from 'node:fs';
import * as z from 'zod';
import { FacultySchema, MemorandumInputSchema, PartnerSchema, PersonSchema, AgreementStatusSchema, type Submission } from '../../shared/schemas';
import { IdSchema } from '../../shared/schemas/common';
import { RoleNameSchema, UniversitySchema } from '../../shared/schemas/directory';
import { ResidenceSchema } from '../../shared/schemas/residence';
import { residenceItem } from '../../functions/lib/db/residences';
import type { Db } from '../../functions/lib/db/client';
import { chainItem, facultyItem, getChain, partnerItems, personItems, putAll, universityItem } from '../../functions/lib/db/directory';
import { counterItem, seededSubmissionItem } from '../../functions/lib/db/submissions';
import { activityRecord } from '../../functions/lib/db/activity';
import { versionRecord } from '../../functions/lib/db/versions';
import { activityItem } from '../../functions/lib/db/international-activities';
import { ActivityInputSchema } from '../../shared/schemas/activity';

const ChainSchema = z.object({
  kind: z.enum(['nomination', 'memorandum']),
  steps: z
    .array(
      z.object({
        id: IdSchema,
        role: RoleNameSchema,
        scope: z.enum(['department', 'faculty', 'university']),
        policy: z.enum(['any', 'all']),
        dueDays: z.number().int().min(1).max(60),
      }),
    )
    .min(1),
});

export const SeedSchema = z.object({
  /** Its name alone, or with its names in the pages' other languages (the reports' heading). */
  university: z.union([z.string(), UniversitySchema]).transform((u) => (typeof u === 'string' ? { name: u } : u)),
  faculties: z.array(FacultySchema),
  people: z.array(PersonSchema),
  chains: z.array(ChainSchema),
  partners: z.array(PartnerSchema),
  /** The university's residences, with rooms and beds: where incoming students are housed. */
  residences: z.array(ResidenceSchema).default([]),
  agreements: z
    .array(
      z.object({
        id: IdSchema,
        reference: z.string().regex(/^AGR-\d{4}-\d{4}$/),
        status: AgreementStatusSchema,
        content: MemorandumInputSchema,
        /** When its last mobility was (the dormant list); unset: the day it is seeded. */
        lastMobilityAt: z.iso.datetime().optional(),
      }),
    )
    .default([]),
  /** International activities already recorded (a conference, a webinar series, a grant project, a delegation), so the registry and the reports show something. */
  activities: z.array(z.intersection(z.object({ id: IdSchema }), ActivityInputSchema)).default([]),
});
export type Seed = z.infer<typeof SeedSchema>;

export const DEMO_SEED_PATH = new URL('./seed/demo-university.json', import.meta.url);

export function loadSeed(path: URL | string = DEMO_SEED_PATH): Seed {
  return SeedSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
}

/**
 * The demo's partners' contacts (`npm start` only): a coordinator and a signatory each, at
 * example.org addresses, so the demo shows the partner links in the local mailbox. The tests seed
 * the partners without them, so that no test's mail or reminders change with the demo's contacts
 * (the tests that need a partner contact give one).
 */
export const DEMO_CONTACTS_PATH = new URL('./seed/demo-contacts.json', import.meta.url);

export function withDemoContacts(seed: Seed, path: URL | string = DEMO_CONTACTS_PATH): Seed {
  const contacts = z.record(z.string(), PartnerSchema.shape.contacts).parse(JSON.parse(readFileSync(path, 'utf8')));
  return { ...seed, partners: seed.partners.map((p) => (contacts[p.id] ? { ...p, contacts: contacts[p.id]! } : p)) };
}

/**
 * The demo's extra people (`npm start` only): the Faculty of Physics' coordinator, who approves an
 * incoming student's study plan by link, so the demo can send one. The tests' seed leaves the role
 * empty (the `no_coordinator` answer is tested), and the tests that need a coordinator give one.
 */
export const DEMO_PEOPLE_PATH = new URL('./seed/demo-people.json', import.meta.url);

export function withDemoPeople(seed: Seed, path: URL | string = DEMO_PEOPLE_PATH): Seed {
  const people = z.array(PersonSchema).parse(JSON.parse(readFileSync(path, 'utf8')));
  const known = new Set(seed.people.map((p) => p.email));
  return { ...seed, people: [...seed.people, ...people.filter((p) => !known.has(p.email))] };
}

export function seedItems(seed: Seed, now: string): Record<string, unknown>[] {
  const admin = seed.people.find((p) => p.roles.some((r) => r.role === 'admin'));
  const submitter = { email: admin?.email ?? 'admin@uni.example', name: admin?.name ?? 'Administrator' };
  const counters = new Map<number, number>();
  const agreements = seed.agreements.map((a) => {
    const year = Number(a.reference.slice(4, 8));
    counters.set(year, Math.max(counters.get(year) ?? 0, Number(a.reference.slice(9))));
    const agreement: Submission = { kind: 'memorandum', id: a.id, reference: a.reference, status: a.status, version: 1, contentVersion: 1, submitter, content: a.content, createdAt: now, updatedAt: now };
    return seededSubmissionItem(agreement);
  });
  const firstVersions = seed.agreements.map((a) => versionRecord(a.id, { number: 1, content: a.content, at: now, by: submitter, how: 'imported', changes: [] }));
  return [
    universityItem(seed.university),
    ...seed.faculties.map(facultyItem),
    ...seed.people.flatMap(personItems),
    // Each partner with the claims on its names, so a seeded partner cannot be registered twice.
    ...seed.partners.flatMap(partnerItems),
    ...seed.residences.map(residenceItem),
    ...agreements,
    ...firstVersions,
    ...seed.agreements.filter((a) => a.status === 'active').map((a) => activityRecord(a.id, a.lastMobilityAt ?? now)),
    ...seed.activities.map((a) => activityItem({ ...a, status: 'recorded', version: 1, createdAt: now, createdBy: submitter, updatedAt: now, updatedBy: submitter })),
    ...[...counters].map(([year, seq]) => counterItem('memorandum', year, seq)),
    // Chains last: their presence is what marks the table as seeded.
    ...seed.chains.map(chainItem),
  ];
}

/** Returns true when it seeded, false when the table already had data. */
export async function seedIfEmpty(db: Db, seed: Seed = loadSeed(), now = new Date().toISOString()): Promise<boolean> {
  if (await getChain(db, 'nomination')) return false;
  await putAll(db, seedItems(seed, now));
  return true;
}
