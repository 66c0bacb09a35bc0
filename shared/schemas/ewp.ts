/**
 * The EWP answers (IIAs API v7): an agreement's IIA as XML, what its export could not fill, and a
 * partner's IIA compared with ours. Classic zod, as responses.ts: for the document and the tests;
 * the API function never imports them.
 */
import * as z from 'zod';
import { AgreementSchema, ApiErrorSchema } from './responses';
import { AGREEMENT_ANSWER_EXAMPLES, REQUEST_ID } from './response-examples';

const Sha256Hex = z.string().regex(/^[0-9a-f]{64}$/);
const HASH = '9a3c1e0f4b2d6a8c7e5f3a1b9d7c5e3f1a2b4c6d8e0f2a4b6c8d0e2f4a6b8c0d';

const MISSING_SCHAC_ID = { field: 'partner.schacId', message: "Osh State University has no SCHAC id: its hei-id is left empty; add it on the partner's page" };

export const MissingFieldSchema = z.object({ field: z.string(), message: z.string() }).meta({
  id: 'EwpMissingField',
  example: MISSING_SCHAC_ID,
  description: 'A field of the IIA that Hamkor does not hold, and what the export did instead (left out, left empty, or marked not-yet-defined)',
});

export const EwpIiaFileSchema = z.string().meta({
  id: 'EwpIiaFile',
  description:
    'An EWP IIAs API v7 `iias-get-response` with this one agreement, valid against the v7 XSD, its `iia-hash` computed as the v7 stylesheet does. The `Ewp-Missing` header lists the fields that could not be filled (see GET …/ewp-iia).',
  example: '<?xml version="1.0" encoding="UTF-8"?>\n<iias-get-response xmlns="https://github.com/erasmus-without-paper/ewp-specs-api-iias/blob/stable-v7/endpoints/get-response.xsd">…</iias-get-response>\n',
});

export const EwpIiaCheckSchema = z
  .object({
    iiaId: z.string(),
    reference: z.string(),
    iiaHash: Sha256Hex,
    heiIds: z.object({ us: z.string().nullable(), partner: z.string().nullable() }),
    missing: z.array(MissingFieldSchema),
  })
  .meta({
    id: 'EwpIiaCheck',
    example: {
      iiaId: 'agr-osh-2024',
      reference: 'AGR-2024-0003',
      iiaHash: HASH,
      heiIds: { us: 'uni.example', partner: null },
      missing: [MISSING_SCHAC_ID],
    },
  });

const DifferenceSchema = z.object({ path: z.string(), ours: z.string().nullable(), theirs: z.string().nullable() });

export const IiaComparisonListSchema = z
  .object({
    iias: z.array(
      z.object({
        theirs: z.object({
          heiId: z.string(),
          iiaId: z.string().nullable(),
          iiaCode: z.string().nullable(),
          statedHash: z.string(),
          computedHash: Sha256Hex,
          hashStatedRightly: z.boolean(),
          validForApproval: z.boolean(),
        }),
        partner: z.object({ id: z.string(), name: z.string() }).nullable(),
        agreement: z.object({ id: z.string(), reference: z.string() }).nullable(),
        ours: z.object({ iiaHash: Sha256Hex, missing: z.array(MissingFieldSchema) }).nullable(),
        sameHash: z.boolean(),
        sameConditions: z.boolean(),
        differences: z.array(DifferenceSchema),
      }),
    ),
  })
  .meta({
    id: 'IiaComparisonList',
    example: {
      iias: [
        {
          theirs: { heiId: 'oshsu.kg', iiaId: '7731', iiaCode: 'OshSU/2024/12', statedHash: HASH, computedHash: HASH, hashStatedRightly: true, validForApproval: true },
          partner: { id: 'osh-state-university', name: 'Osh State University' },
          agreement: { id: 'agr-osh-2024', reference: 'AGR-2024-0003' },
          ours: { iiaHash: HASH.replace('9a3c', '1b2d'), missing: [{ field: 'cooperation-conditions.student-studies.receiving-academic-year-id', message: 'No academic years are named: the conditions hold for every year of the agreement' }] },
          sameHash: false,
          sameConditions: false,
          differences: [{ path: 'student-studies.us-to-partner.1.mobilities-per-year', ours: '5', theirs: '4' }],
        },
      ],
    },
  });

const UNMAPPED_FIELD = { path: 'student-studies.partner-to-us.1.recommended-language-skill.1.not-yet-defined', value: 'true', reason: 'Hamkor records a language with its level; a language not yet defined has neither' };

const UnmappedFieldSchema = z.object({ path: z.string(), value: z.string(), reason: z.string() }).meta({
  id: 'EwpUnmappedField',
  example: UNMAPPED_FIELD,
  description: 'A field of the partner’s IIA our agreement does not hold (by the comparison’s path), its value, and why it was left out rather than converted',
});

/** An agreement in review, as the one made from a partner's IIA is (amending none). */
const { amends: _amends, ...FROM_IIA } = AGREEMENT_ANSWER_EXAMPLES[2];

export const IiaAgreementCreatedSchema = z
  .object({
    agreement: AgreementSchema,
    partner: z.object({ id: z.string(), name: z.string() }),
    unmapped: z.array(UnmappedFieldSchema),
  })
  .meta({
    id: 'IiaAgreementCreated',
    example: {
      agreement: {
        ...FROM_IIA,
        id: 'agr-osh-iia-7731',
        reference: 'AGR-2026-0045',
        content: { ...FROM_IIA.content, partnerId: 'osh-state-university' },
      },
      partner: { id: 'osh-state-university', name: 'Osh State University' },
      unmapped: [UNMAPPED_FIELD],
    },
    description: 'The agreement created from the partner’s IIA (in review, in our internal chain), the partner it names, and each field of the IIA it could not hold',
  });

/** The partner's IIA differs from ours: the conflict's first example. */
const HASH_DIFFERS = {
  error: 'hash_differs',
  message: 'The partner’s IIA has another iia-hash than ours: compare the conditions before recording its approval',
  ourHash: HASH.replace('9a3c', '1b2d'),
  theirHash: HASH,
  differences: [{ path: 'student-studies.us-to-partner.1.mobilities-per-year', ours: '5', theirs: '4' }],
  requestId: REQUEST_ID,
};

export const EwpApprovalConflictSchema = ApiErrorSchema.extend({
  error: z.enum(['hash_differs', 'wrong_status', 'no_schac_id']),
  ourHash: Sha256Hex.optional(),
  theirHash: Sha256Hex.optional(),
  differences: z.array(DifferenceSchema).optional(),
  status: z.string().optional(),
}).meta({
  id: 'EwpApprovalConflict',
  example: HASH_DIFFERS,
  examples: [
    HASH_DIFFERS,
    { error: 'wrong_status', message: 'An expired agreement takes no approval', status: 'expired', requestId: REQUEST_ID },
  ],
  description: 'hash_differs: the partner’s IIA gives another iia-hash than our export (both hashes, and the fields that differ); wrong_status: the agreement is rejected, withdrawn, expired or terminated',
});
