/**
 * The console navigation's links to the overview, people, chains, statistics and import pages, which every console page shows.
 * A module of their own so that the other console pages carry these words and not the rest
 * of admin-messages.ts (console-words-part.ts puts them in every console page's word set).
 */
import type { Words } from './words';

export const CONSOLE_NAV_MESSAGES = {
  'office.nav.dashboard': { en: 'Overview', ru: 'Обзор', uz: "Umumiy ko'rinish" },
  'admin.nav.people': { en: 'People', ru: 'Люди', uz: 'Odamlar' },
  'admin.nav.chains': { en: 'Approval chains', ru: 'Цепочки согласования', uz: 'Tasdiqlash zanjirlari' },
  'office.nav.activities': { en: 'Activities', ru: 'Мероприятия', uz: 'Tadbirlar' },
  'office.nav.reports': { en: 'Statistics', ru: 'Статистика', uz: 'Statistika' },
  'office.nav.import': { en: 'Import', ru: 'Импорт', uz: 'Import' },
} satisfies Record<string, Words>;
