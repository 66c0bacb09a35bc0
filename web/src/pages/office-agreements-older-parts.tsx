/**
 * Adapters: the parts of an agreement's page still drawn by the older modules, mounted inside the
 * Preact page through a ref. Each renders a host element with an anchor; the older renderer puts
 * its part after the anchor (so Preact never diffs what it drew) and is called again whenever
 * the agreement is read again or the language changes, as the older page did.
 *
 *   EditPart  the edit form (agreement-edit.ts): an adapter until the form page's Preact fields
 *             land (forms.ts and conditions.ts are being moved to Preact by the form page's work)
 *   LifePart  signatures, termination and renewal (agreement-life.ts): an adapter for now, an
 *             intermediate step before its own Preact components
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

export function LifePart({ model, read }: { model: OfficeAgreements; read: AgreementRead }) {
  const older = model.older.value;
  const language = lang.value;
  const host = useOlderPart(
    (anchor) => {
      if (!older) return;
      older.speak(language);
      const references = Object.fromEntries(Object.entries(read.linked).map(([id, other]) => [id, other.reference]));
      // After an action everything is read again, so the history shows what was done; then the part says what happened.
      older.renderAgreementLife(anchor, read.agreement, references, async (after) => {
        await model.reloadAgreement();
        const box = document.getElementById('life-message');
        if (box) after(box);
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
