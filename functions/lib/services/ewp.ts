/**
 * Erasmus Without Paper, IIAs API v7: an agreement exported as the IIA our system would serve, and
 * a partner's IIA file compared with ours. The office's, like the agreement's other office reads.
 * The EWP rules are in functions/lib/ewp/ (pure); this module reads the records they need.
 */
import { ConflictError, ForbiddenError, ValidationError } from '../../../shared/errors';
import type { Agreement, Person } from '../../../shared/schemas';
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
import { getVisible } from './submissions';

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

/** Each IIA of a partner's get response beside ours: matched by our iia-id in it, else its partner by SCHAC id. */
export async function compareIiaFile(deps: Deps, person: Person, xml: string): Promise<{ iias: IiaComparison[] }> {
  officeOnly(person);
  let read: ReadIia[];
  try {
    read = readIias(xml);
  } catch (e) {
    if (e instanceof IiaFileError) throw new ValidationError(e.message, [{ path: 'file', message: e.message }]);
    throw e;
  }
  const ourHeiId = (await getUniversity(deps.db))?.schacId;
  if (!ourHeiId) throw new ConflictError('no_schac_id', 'Our university has no SCHAC id in the directory, so it cannot be found in a partner’s IIA; add `schacId` to the directory file');
  return { iias: await Promise.all(read.map((r) => compareOne(deps, r, ourHeiId))) };
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
