/**
 * The older modules the agreement's page still draws through, loaded after the page (a chunk of
 * its own, so the registry never carries them): the edit form (agreement-edit.ts, on the form
 * page's forms.ts and conditions.ts, being moved to Preact by the form page's own work), the
 * signatures, termination and renewal (agreement-life.ts), and the document upload's checks
 * (document-upload.ts). They word themselves through i18n/index.ts, whose tables this chunk adds;
 * `speak` keeps that module's language the Preact page's, so a switch words them again.
 *
 * An adapter, to go once the form page's Preact fields land: nothing else should import it.
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
export { renderAgreementLife } from '../agreement-life';
export { ACCEPTED_FILES, fileRefusal, uploadDocument } from '../document-upload';
