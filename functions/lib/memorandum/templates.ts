/**
 * The built-in templates: the memorandum's three files and the invitation letter's three beside
 * this module, checked when the function loads (a bad file fails the cold start and the unit
 * test, not a partner’s download). The office may replace each of them (services/templates.ts).
 */
import type { Language } from '../../../shared/schemas/common';
import en from './templates/en.json';
import ru from './templates/ru.json';
import uz from './templates/uz.json';
import invitationEn from './templates/invitation/en.json';
import invitationRu from './templates/invitation/ru.json';
import invitationUz from './templates/invitation/uz.json';
import { checkInvitationPair, checkInvitationTemplate, type InvitationTemplate } from './invitation';
import { checkPair, checkTemplate, type MemorandumTemplate } from './template';

function load(): Record<Language, MemorandumTemplate> {
  const templates = { en: checkTemplate(en, 'en'), ru: checkTemplate(ru, 'ru'), uz: checkTemplate(uz, 'uz') };
  checkPair(templates.en, templates.ru);
  checkPair(templates.en, templates.uz);
  return templates;
}

export const MEMORANDUM_TEMPLATES = load();

function loadInvitation(): Record<Language, InvitationTemplate> {
  const templates = { en: checkInvitationTemplate(invitationEn, 'en'), ru: checkInvitationTemplate(invitationRu, 'ru'), uz: checkInvitationTemplate(invitationUz, 'uz') };
  checkInvitationPair(templates.en, templates.ru);
  checkInvitationPair(templates.en, templates.uz);
  return templates;
}

/** The invitation letter's built-in templates (templates/invitation/), in force until the office uploads its own. */
export const INVITATION_TEMPLATES = loadInvitation();
