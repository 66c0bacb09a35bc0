/**
 * The facts the memorandum's text is made from (functions/lib/memorandum/): the agreement as
 * whoever may read it sees it, its partner, our university, and the hash that identifies the text.
 * The hash is the one an approval receipt records: SHA-256 of the canonical JSON of the agreement
 * as its approvers were shown it (shared/workflow/snapshot.ts), computed from the version shown.
 * Which language goes beside English is the agreement's own choice unless a download asks for
 * the other one.
 */
import type { Agreement, Partner, Person } from '../../../shared/schemas';
import { textLanguageOf, type MemorandumPair } from '../../../shared/schemas/memorandum-text';
import type { Deps } from '../deps';
import { getUniversity } from '../db/directory';
import type { MemorandumFacts } from '../memorandum/fill';
import { snapshotHashOf } from './approvals';
import { partnerById } from './partners';
import { getVisible } from './submissions';

/** Does a receipt of this agreement record this very hash? Then the text printed is the text approved. */
function approvedAs(agreement: Agreement, hash: string): boolean {
  return (agreement.review?.steps ?? []).some((step) => step.approvers.some((a) => a.receipt?.decision === 'approve' && a.receipt.snapshotHash === hash));
}

/** The partner's coordinator for the text: a contact named a coordinator, else its first contact. */
function partnerCoordinator(partner: Partner): MemorandumFacts['partnerCoordinator'] {
  const contact = partner.contacts.find((c) => /coordinator|координатор|koordinator/i.test(c.role ?? '')) ?? partner.contacts[0];
  return contact && { name: contact.name, email: contact.email, role: contact.role, phone: contact.phone };
}

/** The text to write: its facts, and the language printed beside English. */
export type MemorandumToWrite = { facts: MemorandumFacts; pair: MemorandumPair };

/**
 * Whoever may read the agreement (GET /agreements/{id}'s rule) may download its text: in the pair
 * asked for, else in the agreement's own (`textLanguage`, Russian when it names none).
 */
export async function memorandumText(deps: Deps, id: string, person: Person, asked?: MemorandumPair): Promise<MemorandumToWrite> {
  const agreement = (await getVisible(deps, 'memorandum', id, person)) as Agreement;
  return { facts: await factsOf(deps, agreement), pair: asked ?? textLanguageOf(agreement.content) };
}

/** The facts of an agreement the caller has shown the right to read (a session above, or the partner's signatory's live link). */
export async function factsOf(deps: Deps, agreement: Agreement): Promise<MemorandumFacts> {
  const [partner, university] = await Promise.all([partnerById(deps, agreement.content.partnerId), getUniversity(deps.db)]);
  const hash = snapshotHashOf(agreement);
  const c = agreement.content;
  const signed = (s: { signatoryName: string; signatoryPosition: string; date: string } | undefined) => s && { signatoryName: s.signatoryName, signatoryPosition: s.signatoryPosition, date: s.date };
  return {
    reference: agreement.reference,
    kind: c.kind,
    scope: c.scope,
    summary: c.summary,
    startDate: c.startDate,
    endDate: c.endDate,
    conditions: c.cooperationConditions,
    programmes: c.degreeProgrammes ?? [],
    researchAreas: c.researchAreas ?? [],
    jointLaboratories: c.jointLaboratories ?? [],
    university: { name: university?.name ?? 'The University', names: university?.names },
    partner: { name: partner.name, names: partner.names, country: partner.country, city: partner.city },
    ourCoordinator: { name: c.coordinator.name, email: c.coordinator.email },
    partnerCoordinator: partnerCoordinator(partner),
    signatures: { home: signed(agreement.signatures?.home), partner: signed(agreement.signatures?.partner) },
    hash,
    approved: approvedAs(agreement, hash),
  };
}
