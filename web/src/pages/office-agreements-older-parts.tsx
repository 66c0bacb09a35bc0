/**
 * The parts of an agreement's page that come with the chunk loaded after it
 * (office-agreements-older.ts): nothing until it is in.
 *
 *   LifePart  signatures, termination and renewal (office-agreements-life.tsx)
 *   EditPart  the edit form, still drawn by agreement-edit.ts: an ADAPTER until the form page's
 *             Preact fields land (forms.ts and conditions.ts are being moved to Preact by the form
 *             page's own work). It renders a host element with an anchor; the older renderer puts
 *             its part after the anchor (so Preact never diffs what it drew) and is called again
 *             whenever the agreement is read again or the language changes, as the older page did.
 */
import { useLayoutEffect, useRef } from 'preact/hooks';
import { lang } from '../i18n/live';
import { partnerName, type AgreementRead, type OfficeAgreements } from './office-agreements-page';

/** The host and its anchor; the older part goes after the anchor, inside the host. */
function useOlderPart(draw: (anchor: HTMLElement) => void, deps: unknown[]) {
  const host = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const anchor = host.current?.firstElementChild;
    if (anchor instanceof HTMLElement) draw(anchor);
  }, deps);
  return host;
}

/** Signatures, termination and renewal: Preact, loaded after the page with the schemas they check by. */
export function LifePart({ model, read }: { model: OfficeAgreements; read: AgreementRead }) {
  const older = model.older.value;
  return older ? <older.AgreementLife model={model} read={read} /> : null;
}

export function EditPart({ model, read }: { model: OfficeAgreements; read: AgreementRead }) {
  const older = model.older.value;
  const language = lang.value;
  const host = useOlderPart(
    (anchor) => {
      if (!older) return;
      older.speak(language);
      older.renderAgreementEdit(anchor, read.agreement, {
        partnerName: () => partnerName(model, read.agreement.content.partnerId),
        faculties: read.faculties,
        linked: read.linked,
        reload: () => model.reloadAgreement(),
      });
    },
    [older, read, language],
  );
  return (
    <div ref={host}>
      <span hidden />
    </div>
  );
}
