/**
 * The import page as it stands alone (its entry is pages/office-import.tsx): the plain frame
 * (brand home, language switcher), the office-only gate, and the import itself (import-work.tsx).
 * When the console's frame arrives, only this wrapper changes: `ImportWork` goes inside it as it is.
 */
import { OfficeGate, type OfficeAccess } from '../components/office-gate';
import { PageFrame, useTitle } from '../components/page';
import { t } from '../i18n/live';
import { ImportWork, type ImportModel } from './import-work';

export function OfficeImportPage({ access, model }: { access: OfficeAccess; model: ImportModel }) {
  const title = t('import.title');
  useTitle(title);
  return (
    <PageFrame brandHref="/">
      <OfficeGate access={access} title={title}>
        {() => (
          <>
            <h1>{title}</h1>
            <ImportWork model={model} />
          </>
        )}
      </OfficeGate>
    </PageFrame>
  );
}
