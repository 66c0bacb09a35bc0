/**
 * The import page's entry (office-import.html): the reader's words, then who is signed in (the
 * office only), then the page. Nothing is sent until the office chooses a file and presses a button.
 */
import { mountPage } from '../components/page';
import { officeAccess } from '../components/office-gate';
import { importWork } from './import-work';
import { OfficeImportPage } from './office-import-page';

const gate = officeAccess();
const model = importWork();

void mountPage(() => <OfficeImportPage access={gate.access.value} model={model} />, {
  en: () => import('../i18n/import-words?lang=en'),
  ru: () => import('../i18n/import-words?lang=ru'),
  uz: () => import('../i18n/import-words?lang=uz'),
}).then(() => gate.check());
