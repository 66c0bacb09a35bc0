/**
 * The facts an incoming student's invitation letter is made from: the nomination, the person's
 * invitation data (kept apart: db/invitation-data.ts), the room if one is given, our university,
 * and the office's member who makes (and signs) it. The international office only: the letter
 * carries the passport. Nothing of the person is logged, only the reference.
 */
import { ConflictError, ForbiddenError, NotFoundError } from '../../../shared/errors';
import type { Nomination, Person } from '../../../shared/schemas';
import { plannedDates } from '../../../shared/workflow/mobility-dates';
import type { Deps } from '../deps';
import { getFaculty, getUniversity } from '../db/directory';
import { getInvitationData } from '../db/invitation-data';
import { readResidence } from '../db/residences';
import { getSubmission } from '../db/submissions';
import { invitationLetter, type InvitationFacts } from '../memorandum/invitation';
import type { TwoColumns } from '../memorandum/pdf';
import { isOffice } from './identity';
import { partnerById } from './partners';
import { templatePair } from './templates';

export async function invitationFacts(deps: Deps, id: string, person: Person): Promise<InvitationFacts> {
  if (!isOffice(person)) throw new ForbiddenError('Only the international office makes invitation letters: they carry the passport');
  const n = (await getSubmission(deps.db, 'nomination', id)) as Nomination | undefined;
  if (!n) throw new NotFoundError('No nomination with this id');
  const c = n.content;
  if (c.direction !== 'incoming') throw new ConflictError('not_incoming', 'Only an incoming student is invited; this nomination is outgoing', { status: n.status, direction: c.direction, version: n.version });
  const data = await getInvitationData(deps.db, id);
  if (!data) throw new ConflictError('no_invitation_data', 'The student’s nationality, date of birth and passport are not given yet: give them first', { status: n.status, direction: c.direction, version: n.version });
  const a = n.roomAssignment;
  const [partner, university, faculty, residence] = await Promise.all([partnerById(deps, c.partnerId), getUniversity(deps.db), getFaculty(deps.db, c.nominee.faculty), a ? readResidence(deps.db, a.residenceId) : undefined]);
  const dates = plannedDates(c);
  deps.log.info('invitation letter made', { reference: n.reference, by: person.email });
  return {
    reference: n.reference,
    date: deps.clock().toISOString().slice(0, 10),
    student: { name: c.nominee.name, nationality: data.nationality, dateOfBirth: data.dateOfBirth },
    passport: { number: data.passportNumber, expiry: data.passportExpiry },
    home: { name: partner.name, names: partner.names, country: partner.country },
    hostFaculty: faculty ? { name: faculty.name, names: faculty.names } : { name: c.nominee.faculty },
    stay: { start: dates.start, end: dates.end },
    academicYear: c.academicYear,
    ...(a ? { accommodation: { residence: residence?.name ?? a.residenceId, room: a.room, from: a.from, to: a.to } } : {}),
    university: { name: university?.name ?? 'The University', names: university?.names },
    signatory: { name: person.name },
  };
}

/** The letter filled in English and the language asked for, from the templates in force. */
export async function invitationLetterText(deps: Deps, id: string, person: Person, language: 'ru' | 'uz'): Promise<{ reference: string; letter: TwoColumns }> {
  const facts = await invitationFacts(deps, id, person);
  const [english, other] = await templatePair(deps, 'invitation', language);
  return { reference: facts.reference, letter: invitationLetter(english, other, facts) };
}
