/**
 * Erasmus Without Paper, IIAs API v7: an agreement exported as the IIA our system would serve, and
 * a partner's IIA file compared with ours. The office's, like the agreement's other office reads.
 * The EWP rules are in functions/lib/ewp/ (pure); this module reads the records they need. From a
 * partner's file the office can also create our agreement (through the same submission as every
 * memorandum) or record the partner's approval of our IIA's hash.
 */
import { ConflictError, ForbiddenError, ValidationError } from '../../../shared/errors';
import { MemorandumInputSchema, type AgreementKind, type MemorandumInput } from '../../../shared/schemas/agreement';
import type { Person } from '../../../shared/schemas/directory';
import type { Agreement, Submission } from '../../../shared/schemas/entities';
import type { Partner } from '../../../shared/schemas/partner';
import { recordEwpApproval } from '../../../shared/workflow/ewp-approval';
import { agreementOfIia, IiaNotMappableError, type UnmappedField } from '../ewp/agreement-of-iia';
import type { Deps } from '../deps';
import { getUniversity } from '../db/directory';
import { readPartner } from '../db/partners';
import { getSubmission } from '../db/submissions';
import { compareIias, type Difference } from '../ewp/iia-compare';
import { iiaOfAgreement } from '../ewp/iia-of-agreement';
import { IiaFileError, readIias, type ReadIia } from '../ewp/iia-read';
import { iiaXml } from '../ewp/iia-xml';
import type { MissingField } from '../ewp/iia';
import { isOffice } from './identity';
import { allPartners, partnerById } from './partners';
import { actorOf, getVisible, saveMove, submitNew, withFreshState } from './submissions';

export type EwpExport = { xml: string; iiaId: string; reference: string; iiaHash: string; heiIds: { us: string | null; partner: string | null }; missing: MissingField[] };

function officeOnly(person: Person): void {
  if (!isOffice(person)) throw new ForbiddenError('Only the international office exports and compares EWP agreements');
}

/** The agreement as an IIA v7 get response, with its hash and what could not be filled. */
export async function agreementIia(deps: Deps, id: string, person: Person): Promise<EwpExport> {
  officeOnly(person);
  const agreement = (await getVisible(deps, 'memorandum', id, person)) as Agreement;
  const [partner, university] = await Promise.all([partnerById(deps, agreement.content.partnerId), getUniversity(deps.db)]);
  const { iia, missing } = iiaOfAgreement(agreement, partner, university);
  const { xml, iiaHash } = iiaXml(iia);
  return { xml, iiaId: agreement.id, reference: agreement.reference, iiaHash, heiIds: { us: iia.partners[0].heiId || null, partner: iia.partners[1].heiId || null }, missing };
}

export type IiaComparison = {
  theirs: { heiId: string; iiaId: string | null; iiaCode: string | null; statedHash: string; computedHash: string; hashStatedRightly: boolean; validForApproval: boolean };
  partner: { id: string; name: string } | null;
  agreement: { id: string; reference: string } | null;
  ours: { iiaHash: string; missing: MissingField[] } | null;
  /** The same document (our export fed back): the two hashes are equal. */
  sameHash: boolean;
  /** Nothing compared differs, whichever side served it. */
  sameConditions: boolean;
  differences: Difference[];
};

/** The partner's file read, or the 400 naming its first problem. */
function readFile(xml: string): ReadIia[] {
  try {
    return readIias(xml);
  } catch (e) {
    if (e instanceof IiaFileError) throw new ValidationError(e.message, [{ path: 'file', message: e.message }]);
    throw e;
  }
}

async function ourHeiIdOf(deps: Deps): Promise<string> {
  const ourHeiId = (await getUniversity(deps.db))?.schacId;
  if (!ourHeiId) throw new ConflictError('no_schac_id', 'Our university has no SCHAC id in the directory, so it cannot be found in a partner’s IIA; add `schacId` to the directory file');
  return ourHeiId;
}

/** Each IIA of a partner's get response beside ours: matched by our iia-id in it, else its partner by SCHAC id. */
export async function compareIiaFile(deps: Deps, person: Person, xml: string): Promise<{ iias: IiaComparison[] }> {
  officeOnly(person);
  const read = readFile(xml);
  const ourHeiId = await ourHeiIdOf(deps);
  return { iias: await Promise.all(read.map((r) => compareOne(deps, r, ourHeiId))) };
}

/** The n-th IIA of the file (0 for the first), or a 400 at `iia`. */
function pick(read: ReadIia[], index: number): ReadIia {
  const one = read[index];
  if (!one) throw new ValidationError('The file has no such IIA', [{ path: 'iia', message: `The file holds ${read.length} IIA(s); counting from 0` }]);
  return one;
}

/** What the office chooses when it creates an agreement from a partner's IIA. */
export type IiaCreation = { iia: number; partnerId?: string; initiatingFaculty: string; kind: AgreementKind };

export type CreatedFromIia = { agreement: Submission; partner: { id: string; name: string }; unmapped: UnmappedField[] };

/** The partner named by the office, or the one whose SCHAC id is the IIA's; never a guess between two. */
async function partnerOfIia(deps: Deps, heiId: string, chosen: string | undefined): Promise<Partner> {
  if (chosen) {
    const partner = await partnerById(deps, chosen);
    if (partner.schacId && partner.schacId !== heiId) {
      throw new ValidationError('The chosen partner is another institution', [{ path: 'partnerId', message: `${partner.name} has the SCHAC id ${partner.schacId}; the IIA’s partner is ${heiId}` }]);
    }
    return partner;
  }
  const found = (await allPartners(deps)).filter((p) => p.schacId === heiId);
  if (found.length !== 1) {
    throw new ValidationError('Choose the partner', [{ path: 'partnerId', message: found.length ? `${found.length} partners have the SCHAC id ${heiId}: choose one` : `No partner has the SCHAC id ${heiId}: choose the partner, or add its SCHAC id on the partner’s page` }]);
  }
  return found[0]!;
}

/**
 * An agreement created from the partner's IIA, when none of ours matches it: its conditions,
 * scopes and term from the file (functions/lib/ewp/agreement-of-iia.ts), the partner by SCHAC
 * id or the office's choice, and it goes into our internal chain as every memorandum submitted by
 * the office does (submitNew), so nothing skips the approvals. What the file says that our
 * agreement cannot hold is answered in `unmapped`, never guessed.
 */
export async function createFromIia(deps: Deps, person: Person, xml: string, choice: IiaCreation): Promise<CreatedFromIia> {
  officeOnly(person);
  const read = pick(readFile(xml), choice.iia);
  const ourHeiId = await ourHeiIdOf(deps);
  const comparison = await compareOne(deps, read, ourHeiId);
  if (comparison.agreement) {
    throw new ConflictError('agreement_exists', `The partner’s IIA already names our agreement ${comparison.agreement.reference}: compare it there, or record the partner’s approval`, { agreement: comparison.agreement });
  }
  let mapped: ReturnType<typeof agreementOfIia>;
  try {
    mapped = agreementOfIia(read.iia, ourHeiId);
  } catch (e) {
    if (e instanceof IiaNotMappableError) throw new ValidationError(e.message, [{ path: 'file', message: e.message }]);
    throw e;
  }
  const them = read.iia.partners.find((p) => p.heiId !== ourHeiId)!;
  const partner = await partnerOfIia(deps, them.heiId, choice.partnerId);
  const ids = [them.iiaCode && `iia-code ${them.iiaCode}`, them.iiaId && `iia-id ${them.iiaId}`].filter(Boolean).join(', ');
  const content: MemorandumInput = {
    ...mapped.part,
    partnerId: partner.id,
    kind: choice.kind,
    coordinator: { name: person.name, email: person.email },
    initiatingFaculty: choice.initiatingFaculty,
    // The partner's ids are kept where the office reads them: our agreement has no field for another system's id.
    summary: `Created from ${partner.name}'s EWP IIA${ids ? ` (${ids})` : ''} by ${person.name}.`,
  };
  const parsed = MemorandumInputSchema.safeParse(content);
  if (!parsed.success) throw new ValidationError('The IIA does not make a valid agreement', parsed.error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message })));
  const agreement = await submitNew(deps, 'memorandum', parsed.data, person);
  return { agreement, partner: { id: partner.id, name: partner.name }, unmapped: mapped.unmapped };
}

/**
 * The partner's approval of our IIA, from the partner's file: taken when its IIA gives the hash our
 * export computes now (shared/workflow/ewp-approval.ts), refused with both hashes and the fields
 * that differ otherwise. The file's IIA is the one naming this agreement by our iia-id, or its only one.
 */
export async function recordPartnerApproval(deps: Deps, id: string, person: Person, xml: string): Promise<Agreement> {
  officeOnly(person);
  const read = readFile(xml);
  const ourHeiId = await ourHeiIdOf(deps);
  const naming = read.filter((r) => r.iia.partners.some((p) => p.heiId === ourHeiId && p.iiaId === id));
  const chosen = naming[0] ?? (read.length === 1 ? read[0] : undefined);
  if (!chosen) throw new ValidationError('No IIA in the file names this agreement', [{ path: 'file', message: `None of the file’s ${read.length} IIAs has our iia-id ${id}` }]);
  return withFreshState(async () => {
    const agreement = (await getVisible(deps, 'memorandum', id, person)) as Agreement;
    const [partner, university] = await Promise.all([partnerById(deps, agreement.content.partnerId), getUniversity(deps.db)]);
    const ours = iiaOfAgreement(agreement, partner, university).iia;
    const them = chosen.iia.partners.find((p) => p.heiId !== ourHeiId) ?? chosen.iia.partners[1];
    const moved = recordEwpApproval(agreement, {
      actor: actorOf(person),
      asOffice: isOffice(person),
      ourHash: iiaXml(ours).iiaHash,
      theirHash: chosen.computedHash,
      partnerHeiId: them.heiId,
      partnerIiaId: them.iiaId ?? null,
      differences: compareIias(ours, chosen.iia, ourHeiId),
      now: deps.clock().toISOString(),
    });
    return moved ? saveMove(deps, agreement, moved) : agreement;
  });
}

async function compareOne(deps: Deps, read: ReadIia, ourHeiId: string): Promise<IiaComparison> {
  const us = read.iia.partners.find((p) => p.heiId === ourHeiId);
  const them = read.iia.partners.find((p) => p !== us) ?? read.iia.partners[1];
  // Their copy of our id is the partner's text: looked up only when it could be one of our ids.
  const found = us?.iiaId && /^[A-Za-z0-9_-]{1,64}$/.test(us.iiaId) ? await getSubmission(deps.db, 'memorandum', us.iiaId) : undefined;
  const agreement = found?.kind === 'memorandum' ? found : undefined;
  const partner = agreement ? await readPartner(deps.db, agreement.content.partnerId) : (await allPartners(deps)).find((p) => p.schacId && p.schacId === them.heiId);
  const theirs = {
    heiId: them.heiId,
    iiaId: them.iiaId ?? null,
    iiaCode: them.iiaCode ?? null,
    statedHash: read.statedHash,
    computedHash: read.computedHash,
    hashStatedRightly: read.statedHash === read.computedHash,
    validForApproval: read.validForApproval,
  };
  if (!agreement || !partner) {
    return { theirs, partner: partner ? { id: partner.id, name: partner.name } : null, agreement: null, ours: null, sameHash: false, sameConditions: false, differences: [] };
  }
  const { iia, missing } = iiaOfAgreement(agreement, partner, await getUniversity(deps.db));
  const { iiaHash } = iiaXml(iia);
  const differences = compareIias(iia, read.iia, ourHeiId);
  return {
    theirs,
    partner: { id: partner.id, name: partner.name },
    agreement: { id: agreement.id, reference: agreement.reference },
    ours: { iiaHash, missing },
    sameHash: iiaHash === read.statedHash,
    sameConditions: differences.length === 0,
    differences,
  };
}
