/**
 * The templates in force: the three files beside this module, checked when the function loads
 * (a bad file fails the cold start and the unit test, not a partner's download).
 */
import type { Language } from '../../../shared/schemas/common';
import en from './templates/en.json';
import ru from './templates/ru.json';
import uz from './templates/uz.json';
import { checkPair, checkTemplate, type MemorandumTemplate } from './template';

function load(): Record<Language, MemorandumTemplate> {
  const templates = { en: checkTemplate(en, 'en'), ru: checkTemplate(ru, 'ru'), uz: checkTemplate(uz, 'uz') };
  checkPair(templates.en, templates.ru);
  checkPair(templates.en, templates.uz);
  return templates;
}

export const MEMORANDUM_TEMPLATES = load();
