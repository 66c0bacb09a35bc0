/**
 * The import page (its entry is pages/office-import.tsx): the console's frame, which checks that
 * the office is signed in before anything is shown, and the import itself (import-work.tsx).
 */
import { ConsoleFrame, type ConsoleAccess } from '../components/console-frame';
import { useTitle } from '../components/page';
import { t } from '../i18n/live';
import { ImportWork, type ImportModel } from './import-work';

export function OfficeImportPage({ model, access }: { model: ImportModel; /** Tests give their own check. */ access?: ConsoleAccess }) {
  const title = t('import.title');
  useTitle(title);
  return (
    <ConsoleFrame current="import" title={title} access={access}>
      {() => (
        <>
          <h1 id="title">{title}</h1>
          <ImportWork model={model} />
        </>
      )}
    </ConsoleFrame>
  );
}
