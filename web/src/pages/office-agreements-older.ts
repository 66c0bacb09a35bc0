/**
 * What the agreement's page loads after itself (a chunk of its own, so the registry never carries
 * it): the edit form, still drawn by agreement-edit.ts on the form page's forms.ts and
 * conditions.ts (being moved to Preact by the form page's own work); the document upload's checks
 * (document-upload.ts); and the signatures, termination and renewal (office-agreements-life.tsx),
 * with the schemas and rules they check by. The older modules word themselves through
 * i18n/index.ts, whose tables this chunk adds; `speak` keeps that module's language the Preact
 * page's, so a switch words them again.
 *
 * The older half is an adapter, to go once the form page's Preact fields land: nothing but the
 * agreement's page should import this module.
 */
import { chosenLanguage, chooseLanguage, addMessages, lang as olderLanguage, preferLanguage, type Language } from '../i18n';
import { CONSOLE_NAV_MESSAGES } from '../i18n/console-nav-messages';
import { FORM_PART_MESSAGES } from '../i18n/form-part-messages';
import { OFFICE_MESSAGES } from '../i18n/office-messages';

addMessages(OFFICE_MESSAGES);
addMessages(CONSOLE_NAV_MESSAGES);
addMessages(FORM_PART_MESSAGES);

/**
 * The older modules' language made the page's: a choice made on this device is already
 * remembered (by the page's switch), so applying it again changes nothing stored; otherwise the
 * language is only preferred, as the profile's was. Either way their texts are worded again.
 */
export function speak(language: Language): void {
  if (olderLanguage() === language) return;
  if (chosenLanguage()) chooseLanguage(language);
  else preferLanguage(language);
}

export { renderAgreementEdit } from '../agreement-edit';
export { AgreementLife } from './office-agreements-life';
export { ACCEPTED_FILES, fileRefusal, uploadDocument } from '../document-upload';
