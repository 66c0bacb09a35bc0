/**
 * A memorandum as faculty submit it, which may propose a partner not yet registered. A module of
 * its own: it brings the partner schema and the country list, which the form page loads only
 * with the memorandum form (web/src/memorandum-values.ts) and the other functions never need.
 */
import * as z from 'zod/mini';
import { IdSchema, whenParsed } from './common';
import { endAfterStart, MEMORANDUM_EXAMPLES, memorandumFields } from './agreement';
import { PartnerInputSchema } from './partner';

const { partnerId: _partnerId, ...withoutPartner } = MEMORANDUM_EXAMPLES[0];

/**
 * The documented submissions: with a partner proposed (Tajik Technical University, as the form
 * sends it: names by the form's languages and its own; a name may also come keyed by its language), with a registered one, and with a proposed
 * one the office was told is likely the University of Warsaw again and is not.
 */
const SUBMISSION_EXAMPLES = [
  {
    ...withoutPartner,
    proposedPartner: {
      name: 'Tajik Technical University',
      names: {
        en: 'Tajik Technical University named after academician M.S. Osimi',
        ru: 'Таджикский технический университет имени академика М.С. Осими',
        own: { language: 'tg', name: 'Донишгоҳи техникии Тоҷикистон ба номи академик М.С. Осимӣ' },
      },
      country: 'TJ',
      city: 'Dushanbe',
      website: 'https://ttu.tj',
    },
  },
  MEMORANDUM_EXAMPLES[1],
  {
    ...withoutPartner,
    summary: 'Student exchange in physics and materials science with the partner’s Faculty of Physics.',
    proposedPartner: {
      name: 'Warsaw University of Technology',
      names: { ru: 'Варшавский политехнический университет', uz: 'Varshava texnologiya universiteti', pl: 'Politechnika Warszawska' },
      type: 'university',
      country: 'PL',
      city: 'Warsaw',
      website: 'https://www.pw.edu.pl',
      erasmusCode: 'PL WARSZAW02',
      schacId: 'pw.edu.pl',
      contacts: [{ name: 'Katarzyna Nowak', email: 'k.nowak@pw.example.org', language: 'en', role: 'Erasmus+ departmental coordinator, Faculty of Physics', phone: '+48 22 234 72 11' }],
      confirmNotDuplicate: true,
    },
  },
];

/**
 * A memorandum as faculty submit it: with a registered partner (`partnerId`), or with a partner
 * not yet in the registry (`proposedPartner`), which is registered as proposed when the
 * memorandum is submitted and which the international office checks and completes.
 */
export const MemorandumSubmissionSchema = z
  .strictObject({ ...memorandumFields, partnerId: z.optional(IdSchema), proposedPartner: z.optional(PartnerInputSchema) })
  .check(z.refine(...endAfterStart))
  .check(z.refine((m) => (m.partnerId === undefined) !== (m.proposedPartner === undefined), {
    message: 'Choose a partner from the registry, or propose a new one',
    path: ['partnerId'],
    when: whenParsed('partnerId', 'proposedPartner'),
  }))
  .check(z.meta({ id: 'MemorandumSubmission', example: SUBMISSION_EXAMPLES[0], examples: SUBMISSION_EXAMPLES }));
export type MemorandumSubmission = z.infer<typeof MemorandumSubmissionSchema>;
