/**
 * Every sentence the pages show, all together: what `MessageKey` ranges over and what
 * tests/unit/web-i18n.test.ts checks. The pages do not import this: the words are split so that
 * a page loads only its own (common-messages.ts everywhere, office-messages.ts on the console,
 * admin-messages.ts on the console's people and chains pages, act-messages.ts on the approver's page, partner-link-messages.ts on the partner coordinator's, study-plan-messages.ts on the item's page and the approver's page, form-part-messages.ts with the
 * forms' parts loaded when first asked for).
 *
 * `{name}` marks a value filled in by `t()`. Each entry names all three languages, so a missing
 * translation is a type error, not an English word on a Russian page.
 */
import { COMMON_MESSAGES } from './common-messages';
import { ACT_MESSAGES } from './act-messages';
import { ANNUAL_MESSAGES } from './annual-messages';
import { ADMIN_MESSAGES } from './admin-messages';
import { FORM_PART_MESSAGES } from './form-part-messages';
import { OFFICE_MESSAGES } from './office-messages';
import { IMPORT_MESSAGES } from './import-messages';
import { REPORTS_MESSAGES } from './reports-messages';
import { DASHBOARD_MESSAGES } from './dashboard-messages';
import { NOMINATIONS_MESSAGES } from './nominations-messages';
import { PARTNERS_MESSAGES } from './partners-messages';
import { ACTIVITIES_MESSAGES } from './activities-messages';
import { PARTNER_LINK_MESSAGES } from './partner-link-messages';
import { STUDY_PLAN_MESSAGES } from './study-plan-messages';

export const MESSAGES = { ...COMMON_MESSAGES, ...OFFICE_MESSAGES, ...ADMIN_MESSAGES, ...FORM_PART_MESSAGES, ...ACT_MESSAGES, ...REPORTS_MESSAGES, ...ANNUAL_MESSAGES, ...IMPORT_MESSAGES, ...DASHBOARD_MESSAGES, ...NOMINATIONS_MESSAGES, ...PARTNERS_MESSAGES, ...ACTIVITIES_MESSAGES, ...PARTNER_LINK_MESSAGES, ...STUDY_PLAN_MESSAGES };

export type MessageKey = keyof typeof MESSAGES;
