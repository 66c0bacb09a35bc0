/**
 * The import page's entry (office-import.html): the reader's words, then the page in the
 * console's frame, which checks who is signed in (the office only). Nothing is sent until the
 * office chooses a file and presses a button.
 */
import { mountPage } from '../components/page';
import { importWork } from './import-work';
import { OfficeImportPage } from './office-import-page';

const model = importWork();

void mountPage(() => <OfficeImportPage model={model} />, {
  en: () => import('../i18n/import-words?lang=en'),
  ru: () => import('../i18n/import-words?lang=ru'),
  uz: () => import('../i18n/import-words?lang=uz'),
});
