/**
 * What a nomination's agreement choice offers, as a function of the form's values: only the
 * agreements in force with the chosen partner whose cooperation conditions cover the direction
 * and mobility type (for the nominee's role), each with the places left in the chosen academic
 * year; when none covers it, what each does cover and the ways forward, so that the form is not a
 * dead end. No places left is a warning, not a refusal: the final approval is what takes a place,
 * and the office may override. Worded in the Preact page's words (i18n/live.ts).
 */
import { AcademicYearSchema } from '../../shared/schemas/common';
import type { NominationInput } from '../../shared/schemas/nomination';
// The module file, not shared/workflow's index: the whole workflow would come with the index.
import { placeCellFor, plannedPlaces, type PlaceCell } from '../../shared/workflow/quota';
import type { Agreement, PlacesRow } from './api-types';
import { day, list } from './format';
import { label, plural, t } from './i18n/live';

/** Each agreement's places as read (GET /api/agreements/:id/places); null when they could not be. */
export type PlacesRead = ReadonlyMap<string, readonly PlacesRow[] | null>;

/** The form's values that decide the offer, by their names in the body. */
export type OfferValues = { partnerId: string; direction: string; mobilityType: string; role: string; academicYear: string };

/** The cell (academic year × sender × mobility type) the nomination would draw from. */
export function cellOf(v: OfferValues): PlaceCell | null {
  if (!v.mobilityType || !v.role || !v.direction) return null;
  return placeCellFor({
    mobilityType: v.mobilityType as NominationInput['mobilityType'],
    nominee: { role: v.role } as NominationInput['nominee'],
    direction: v.direction as NominationInput['direction'],
    academicYear: v.academicYear.trim(),
  });
}

type Conditions = Parameters<typeof plannedPlaces>[0];
const conditionsOf = (a: Agreement): Conditions => (Array.isArray(a.content?.cooperationConditions) ? a.content.cooperationConditions : []);
const covers = (a: Agreement, cell: PlaceCell) => conditionsOf(a).some((c) => c.sender === cell.sender && c.type === cell.type);

/** "2027/2026" has the shape but not two years in order: places are quoted only for a year the form accepts. */
const isAcademicYear = (year: string) => AcademicYearSchema.safeParse(year).success;

/** Places left in the cell: the API's row, else what the conditions plan; undefined while unknown. */
export function placesLeft(a: Agreement, cell: PlaceCell, places: PlacesRead): number | undefined {
  if (!isAcademicYear(cell.academicYear)) return undefined;
  const rows = places.get(a.id);
  if (!rows) return undefined;
  const row = rows.find((r) => r.academicYear === cell.academicYear && r.sender === cell.sender && r.type === cell.type);
  return row ? Math.max(0, row.left) : plannedPlaces(conditionsOf(a), cell);
}

export type Offer = { cell: PlaceCell | null; active: Agreement[]; offered: Agreement[] };

export function offerOf(v: OfferValues, agreements: readonly Agreement[]): Offer {
  const cell = cellOf(v);
  const active = agreements.filter((a) => a.status === 'active' && a.content?.partnerId === v.partnerId);
  return { cell, active, offered: cell ? active.filter((a) => covers(a, cell)) : active };
}

/** An agreement as its option names it, with its places left when they are known. */
export function agreementText(a: Agreement, cell: PlaceCell | null, places: PlacesRead): string {
  const agreement = a.content?.endDate
    ? t('form.agreementUntil', { reference: a.reference, kind: label(a.content?.kind), date: day(a.content.endDate) })
    : t('form.agreementOption', { reference: a.reference, kind: label(a.content?.kind) });
  const left = cell ? placesLeft(a, cell, places) : undefined;
  if (left === undefined) return agreement;
  const year = cell!.academicYear;
  return t('form.agreementPlaces', { agreement, places: left > 0 ? plural('form.placesLeft', left, { year }) : t('form.noPlacesLeft', { year }) });
}

/** The agreement select's first option: what to do before there is anything to choose. */
export function agreementPlaceholder(partnerId: string, offer: Offer): string {
  return t(!partnerId ? 'form.choosePartnerFirst' : offer.offered.length ? 'form.choose' : offer.active.length ? 'form.noCoveringAgreement' : 'form.noActiveAgreement');
}

/** The chosen agreement as the select shows it: kept while offered, the only one when one is. */
export function chosenAgreement(chosen: string, offered: readonly Agreement[]): string {
  if (offered.some((a) => a.id === chosen)) return chosen;
  return offered.length === 1 ? offered[0]!.id : '';
}

const capitalised = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1);

/** The words under the agreement: why nothing is offered, or how many places the chosen one has left. */
export function agreementNote(partnerId: string, chosen: string, offer: Offer, places: PlacesRead): { text: string; warn: boolean } | undefined {
  const { cell, active, offered } = offer;
  if (partnerId && !offered.length) {
    if (!active.length) return { text: t('form.noActiveAgreement'), warn: false };
    const covered = active.map((a) => {
      const kinds = conditionsOf(a).map((c) => t(c.sender === 'home' ? 'form.coversFromUs' : 'form.coversToUs', { type: label(c.type).toLocaleLowerCase() }));
      return t('form.agreementCovers', { reference: a.reference, list: kinds.length ? list(kinds) : t('form.coversNothing') });
    });
    return { text: t('form.noCoveringAgreementWayForward', { agreements: covered.join('; ') }), warn: false };
  }
  const agreement = offered.find((a) => a.id === chosen);
  const left = agreement && cell ? placesLeft(agreement, cell, places) : undefined;
  if (!agreement || !cell || left === undefined) return undefined;
  if (left === 0) return { text: t('form.noPlacesWarning', { year: cell.academicYear, reference: agreement.reference }), warn: true };
  // Said under the picker too: a closed select on a phone cuts its option's end off.
  return { text: capitalised(plural('form.placesLeft', left, { year: cell.academicYear })), warn: false };
}
