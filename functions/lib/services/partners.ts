/**
 * The partner registry: everyone signed in reads it (the forms choose from it); administrators
 * register and edit partners. A name that a partner in the same country already has (in any of
 * its languages, compared as shared/partner-names.ts says) is a 409 naming that partner; an edit
 * made against an older version is a 409 with the current partner. A name that is likely another
 * spelling of a partner's there (shared/partner-likeness.ts: word order, script, abbreviation) is a
 * 409 `likely_duplicate` with the candidates, until the body says `confirmNotDuplicate: true`.
 */
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../../shared/errors';
import { duplicateCandidates } from '../../../shared/partner-likeness';
import { nameClaims, partnerSlug, releasedClaims, slugCandidate, type NameClaim } from '../../../shared/partner-names';
import type { Person } from '../../../shared/schemas/directory';
import { partnerFromInput, type Partner, type PartnerInput, type PartnerUpdate } from '../../../shared/schemas/partner';
import type { Deps } from '../deps';
import { getPartner, listPartners, rememberPartner } from '../db/directory';
import { isTransactionConflict, pauseAfterConflict } from '../db/errors';
import { insertPartner, PartnerChangedError, PartnerIdTakenError, PartnerNameTakenError, readNameHolder, readPartner, replacePartner } from '../db/partners';
import { isAdmin } from './identity';

/** Enough for many same-named partners in other countries and a burst of simultaneous writes. */
const MAX_ATTEMPTS = 40;

function requireAdmin(person: Person): void {
  if (!isAdmin(person)) throw new ForbiddenError("Only the international office's administrators manage partners");
}

export function allPartners(deps: Deps): Promise<Partner[]> {
  return listPartners(deps.db);
}

export async function partnerById(deps: Deps, id: string): Promise<Partner> {
  const partner = await getPartner(deps.db, id);
  if (!partner) throw new NotFoundError('No partner with this id');
  return partner;
}

/** The 409 for a taken name, naming the partner that has it; undefined if nobody has it any more (retry). */
async function nameTaken(deps: Deps, claim: NameClaim): Promise<ConflictError | undefined> {
  const holder = await readNameHolder(deps.db, claim);
  if (!holder) return undefined;
  const existing = await readPartner(deps.db, holder.partnerId);
  const name = existing?.name ?? holder.name;
  return new ConflictError('partner_exists', `${name} (${claim.country}) is already registered`, { partnerId: holder.partnerId, name, matched: holder.name });
}

function partnerChanged(current: Partner): ConflictError {
  return new ConflictError('partner_changed', 'Someone changed this partner since you opened it; here is the current version', { partner: current });
}

/**
 * The 409 for likely duplicates of `partner`'s names (only `names` when given: an edit checks what
 * it adds). Compared with the country's partners from the registry's list (one Query on the list
 * index, filtered here): partners number in the hundreds, and the list is what the page shows.
 * An exact name is left to the name claim, which answers `partner_exists` race-proof; this check
 * is advisory, so a partner registered a moment ago and not yet in the index may slip past it.
 */
async function refuseLikelyDuplicate(deps: Deps, partner: Partner, names?: string[]): Promise<void> {
  const sameCountry = (await listPartners(deps.db)).filter((p) => p.country === partner.country);
  const { exact, likely } = duplicateCandidates(partner, sameCountry, names);
  if (exact || likely.length === 0) return;
  throw new ConflictError(
    'likely_duplicate',
    `${partner.name} looks like a partner already registered in ${partner.country}: ${likely.map((c) => c.name).join('; ')}. If it is another university, send it again with confirmNotDuplicate: true`,
    { candidates: likely },
  );
}

const busy = () => new ConflictError('busy', 'Many partners are being saved at this moment; send it again');

export async function createPartner(deps: Deps, input: PartnerInput, actor: Person): Promise<Partner> {
  requireAdmin(actor);
  return register(deps, input);
}

/**
 * A partner faculty propose with a memorandum: registered at once, so the memorandum can name it
 * and a second proposal of the same university is a 409 naming the first, marked as proposed
 * until an administrator edits it.
 */
export function proposePartner(deps: Deps, input: PartnerInput, actor: Person): Promise<Partner> {
  return register(deps, input, { by: { email: actor.email, name: actor.name }, at: deps.clock().toISOString() });
}

async function register(deps: Deps, input: PartnerInput, proposed?: Partner['proposed']): Promise<Partner> {
  const now = deps.clock().toISOString();
  if (!input.confirmNotDuplicate) await refuseLikelyDuplicate(deps, partnerFromInput(input, { id: '', version: 1, updatedAt: now }));
  const slug = partnerSlug(input.name);
  let n = 0;
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const partner: Partner = { ...partnerFromInput(input, { id: slugCandidate(slug, n), version: 1, createdAt: now, updatedAt: now }), ...(proposed ? { proposed } : {}) };
    try {
      await insertPartner(deps.db, partner);
      rememberPartner(deps.db, partner);
      deps.log.info(proposed ? 'partner proposed' : 'partner registered', { partnerId: partner.id, country: partner.country });
      return partner;
    } catch (error) {
      if (error instanceof PartnerNameTakenError) {
        const conflict = await nameTaken(deps, error.claim);
        if (conflict) throw conflict;
      } else if (error instanceof PartnerIdTakenError) {
        n++; // the same slug for a same-named partner elsewhere: `slug-2`, `slug-3`, …
      } else if (isTransactionConflict(error)) {
        await pauseAfterConflict(attempt + 1);
      } else {
        throw error;
      }
    }
  }
  throw busy();
}

export async function updatePartner(deps: Deps, id: string, update: PartnerUpdate, actor: Person): Promise<Partner> {
  requireAdmin(actor);
  const { version, ...input } = update;
  // The read-only fields GET answers may come back with the edit; an id that is not this partner's is a mistake to say.
  if (update.id !== undefined && update.id !== id) throw new ValidationError('This is not the partner being edited', [{ path: 'id', message: `The partner being edited is ${id}` }]);
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const current = await readPartner(deps.db, id);
    if (!current) throw new NotFoundError('No partner with this id');
    rememberPartner(deps.db, current);
    if (current.version !== version) throw partnerChanged(current);
    const next = partnerFromInput(input, { id, version: current.version + 1, createdAt: current.createdAt, updatedAt: deps.clock().toISOString() });
    if (attempt === 0 && !input.confirmNotDuplicate) {
      // A rename (or a move to another country) is checked for the names it adds, not those it kept.
      const added = releasedClaims(nameClaims(next), nameClaims(current)).map((c) => c.spelling);
      if (added.length > 0) await refuseLikelyDuplicate(deps, next, added);
    }
    try {
      await replacePartner(deps.db, next, current);
      rememberPartner(deps.db, next);
      deps.log.info('partner edited', { partnerId: id, version: next.version });
      return next;
    } catch (error) {
      if (error instanceof PartnerNameTakenError) {
        const conflict = await nameTaken(deps, error.claim);
        if (conflict) throw conflict;
      } else if (error instanceof PartnerChangedError) {
        // Read again: the next round answers with the version that won.
      } else if (isTransactionConflict(error)) {
        await pauseAfterConflict(attempt + 1);
      } else {
        throw error;
      }
    }
  }
  throw busy();
}
