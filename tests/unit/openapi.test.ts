/**
 * The OpenAPI document describes every route and carries a valid example for every request body.
 * The API is asked in process (`app.request`): neither route touches the table or the bucket, so
 * the clients it is given are never used and nothing is started.
 */
import { describe, expect, it } from 'vitest';
import { ActionDocumentRequestSchema, DecideRequestSchema, LanguageChoiceSchema, LinkRequestSchema, MemorandumInputSchema, MemorandumSubmissionSchema, NominationInputSchema, PreviewRequestSchema, SessionRequestSchema, WithdrawRequestSchema } from '../../shared/schemas';
import { PartnerInputSchema, PartnerUpdateSchema } from '../../shared/schemas/partner';
import { AgreementDocumentRequestSchema, NominationDocumentRequestSchema } from '../../shared/schemas/document';
import { AgreementChangeRequestSchema, CompletionRequestSchema, PartnerResponseRequestSchema, QuotaOverrideRequestSchema, RenewalRequestSchema, SignatureRequestSchema, TerminationRequestSchema } from '../../shared/schemas/office';
import { ChainUpdateSchema, PersonInputSchema, PersonUpdateSchema } from '../../shared/schemas/directory';
import { offlineApp } from '../support/offline-app';

const get = (path: string) => offlineApp.request(path);

type Doc = { openapi: string; paths: Record<string, Record<string, { requestBody?: { content: Record<string, { schema: { $ref?: string; example?: unknown } }> } }>>; components: { schemas: Record<string, { example?: unknown }> } };

describe('GET /api/openapi.json', () => {
  it('is OpenAPI 3.1 and every request body has an example that its own schema accepts', async () => {
    const res = await get('/api/openapi.json');
    expect(res.status).toBe(200);
    const doc = (await res.json()) as Doc;
    expect(doc.openapi).toBe('3.1.0');
    const byName: Record<string, { safeParse(v: unknown): { success: boolean } }> = {
      NominationInput: NominationInputSchema,
      MemorandumInput: MemorandumInputSchema,
      MemorandumSubmission: MemorandumSubmissionSchema,
      LinkRequest: LinkRequestSchema,
      LanguageChoice: LanguageChoiceSchema,
      SessionRequest: SessionRequestSchema,
      PreviewRequest: PreviewRequestSchema,
      DecideRequest: DecideRequestSchema,
      ActionDocumentRequest: ActionDocumentRequestSchema,
      WithdrawRequest: WithdrawRequestSchema,
      NominationDocumentRequest: NominationDocumentRequestSchema,
      AgreementDocumentRequest: AgreementDocumentRequestSchema,
      PartnerInput: PartnerInputSchema,
      PartnerUpdate: PartnerUpdateSchema,
      QuotaOverrideRequest: QuotaOverrideRequestSchema,
      PartnerResponseRequest: PartnerResponseRequestSchema,
      CompletionRequest: CompletionRequestSchema,
      SignatureRequest: SignatureRequestSchema,
      TerminationRequest: TerminationRequestSchema,
      RenewalRequest: RenewalRequestSchema,
      AgreementChangeRequest: AgreementChangeRequestSchema,
      PersonInput: PersonInputSchema,
      PersonUpdate: PersonUpdateSchema,
      ChainUpdate: ChainUpdateSchema,
    };
    const bodies = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.entries(ops).flatMap(([method, op]) => (op.requestBody ? [{ at: `${method.toUpperCase()} ${path}`, schema: op.requestBody.content['application/json']!.schema }] : [])),
    );
    expect(bodies.length).toBeGreaterThanOrEqual(10);
    for (const { at, schema } of bodies) {
      const name = schema.$ref?.split('/').pop();
      const example = schema.example ?? (name ? doc.components.schemas[name]?.example : undefined);
      expect(example, `${at} has an example`).toBeDefined();
      expect(name && byName[name], `${at} names a known schema`).toBeTruthy();
      expect(byName[name!]!.safeParse(example).success, `${at}'s example is valid`).toBe(true);
    }
    for (const path of ['/nominations', '/agreements', '/actions/preview', '/actions/decide', '/auth/link', '/auth/session', '/me', '/health', '/partners', '/nominations/{id}/documents', '/agreements/{id}/documents/{docId}/download', '/agreements/{id}/places', '/agreements/dormant', '/agreements/{id}/signatures', '/nominations/{id}/quota-override']) {
      expect(Object.keys(doc.paths)).toContain(path);
    }
  });

  it('is served with secure headers and a request id', async () => {
    const res = await get('/api/health');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('x-request-id')).toBeTruthy();
  });
});
