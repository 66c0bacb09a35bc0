/**
 * The parts of an agreement's page that come with the chunk loaded after it
 * (office-agreements-later.ts): nothing until it is in.
 *
 *   LifePart  signatures, termination and renewal (office-agreements-life.tsx)
 *   EditPart  the amendment in approval or the agreement amended, and the edit form
 *             (office-agreements-edit.tsx)
 */
import type { AgreementRead, OfficeAgreements } from './office-agreements-page';

/** Signatures, termination and renewal: loaded after the page with the schemas they check by. */
export function LifePart({ model, read }: { model: OfficeAgreements; read: AgreementRead }) {
  const later = model.later.value;
  return later ? <later.AgreementLife model={model} read={read} /> : null;
}

/** The edit form and what goes with it: loaded after the page with the schema the form checks by. */
export function EditPart({ model, read }: { model: OfficeAgreements; read: AgreementRead }) {
  const later = model.later.value;
  return later ? <later.AgreementEdit model={model} read={read} /> : null;
}
