/**
 * The OpenAPI document describes every route and carries a valid example for every request body.
 * It is a pure function of the routes and the contract; the API itself is asked in process
 * (`app.request`) for what it answers, with clients that are never used, so nothing is started.
 */
import { SignatoryAnswerRequestSchema, SignatorySendRequestSchema, SignatoryTextRequestSchema, SignedCopyCompleteRequestSchema, SignedCopyRequestSchema } from '../../shared/schemas/partner-signing';
import { ResidenceUpdateSchema, RoomAssignmentRequestSchema } from '../../shared/schemas/residence';
import { ActivityCancellationSchema, ActivityConfirmationSchema, ActivityConfirmationSettingUpdateSchema, ActivityInputSchema, ActivityReturnSchema, ActivityUpdateSchema } from '../../shared/schemas/activity';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { ActionDocumentRequestSchema, DecideRequestSchema, LanguageChoiceSchema, LinkRequestSchema, MemorandumInputSchema, MemorandumSubmissionSchema, NominationInputSchema, PartnerAnswerRequestSchema, PreviewRequestSchema, SessionRequestSchema, WithdrawRequestSchema } from '../../shared/schemas';
import { PartnerInputSchema, PartnerUpdateSchema } from '../../shared/schemas/partner';
import { ActivityDocumentRequestSchema, AgreementDocumentRequestSchema, NominationDocumentRequestSchema } from '../../shared/schemas/document';
import { AgreementChangeRequestSchema, CompletionRequestSchema, PartnerResponseRequestSchema, QuotaOverrideRequestSchema, RenewalRequestSchema, SignatureRequestSchema, TerminationRequestSchema } from '../../shared/schemas/office';
import { ChainUpdateSchema, PersonInputSchema, PersonUpdateSchema } from '../../shared/schemas/directory';
import { WorkbookRequestSchema } from '../../shared/schemas/reports';
import { ArrivalRequestSchema, InvitationDataSchema } from '../../shared/schemas/incoming';
import { offlineApp } from '../support/offline-app';
import { apiDescription } from '../../functions/api/openapi';
import { TemplateUploadSchema } from '../../shared/schemas/templates';
import { StudyPlanAnswerRequestSchema, StudyPlanSaveRequestSchema } from '../../shared/schemas/study-plan';

const get = (path: string) => offlineApp.request(path);
// Made as the web build makes it (infra/web-site.ts writes it beside the pages as /openapi.json).
const doc = apiDescription() as unknown as Doc;

type Doc = { openapi: string; paths: Record<string, Record<string, { requestBody?: { content: Record<string, { schema: { $ref?: string; example?: unknown } }> } }>>; components: { schemas: Record<string, { example?: unknown }> } };

describe('the OpenAPI document', () => {
  it('is OpenAPI 3.1 and every request body has an example that its own schema accepts', () => {
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
      ActivityDocumentRequest: ActivityDocumentRequestSchema,
      PartnerInput: PartnerInputSchema,
      PartnerUpdate: PartnerUpdateSchema,
      QuotaOverrideRequest: QuotaOverrideRequestSchema,
      PartnerResponseRequest: PartnerResponseRequestSchema,
      PartnerAnswerRequest: PartnerAnswerRequestSchema,
      CompletionRequest: CompletionRequestSchema,
      SignatureRequest: SignatureRequestSchema,
      TerminationRequest: TerminationRequestSchema,
      RenewalRequest: RenewalRequestSchema,
      AgreementChangeRequest: AgreementChangeRequestSchema,
      PersonInput: PersonInputSchema,
      PersonUpdate: PersonUpdateSchema,
      ChainUpdate: ChainUpdateSchema,
      WorkbookRequest: WorkbookRequestSchema,
      ResidenceUpdate: ResidenceUpdateSchema,
      RoomAssignmentRequest: RoomAssignmentRequestSchema,
      ActivityInput: ActivityInputSchema,
      ActivityUpdate: ActivityUpdateSchema,
      ActivityCancellation: ActivityCancellationSchema,
      ActivityConfirmation: ActivityConfirmationSchema,
      ActivityReturn: ActivityReturnSchema,
      ActivityConfirmationSettingUpdate: ActivityConfirmationSettingUpdateSchema,
      ArrivalRequest: ArrivalRequestSchema,
      InvitationData: InvitationDataSchema,
      TemplateUpload: TemplateUploadSchema,
      StudyPlanSaveRequest: StudyPlanSaveRequestSchema,
      StudyPlanAnswerRequest: StudyPlanAnswerRequestSchema,
      SignatoryAnswerRequest: SignatoryAnswerRequestSchema,
      SignatoryTextRequest: SignatoryTextRequestSchema,
      SignedCopyRequest: SignedCopyRequestSchema,
      SignedCopyCompleteRequest: SignedCopyCompleteRequestSchema,
      SignatorySendRequest: SignatorySendRequestSchema,
    };
    const bodies = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.entries(ops).flatMap(([method, op]) => (op.requestBody?.content['application/json'] ? [{ at: `${method.toUpperCase()} ${path}`, schema: op.requestBody.content['application/json'].schema }] : [])),
    );
    expect(bodies.length).toBeGreaterThanOrEqual(10);
    // The imports take the file itself: CSV or XLSX bytes, described as binary in each media type.
    for (const path of ['/imports/dry-run', '/imports/apply']) {
      const content = doc.paths[path]!.post!.requestBody!.content;
      expect(Object.keys(content)).toEqual(['text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'application/octet-stream']);
      expect(Object.values(content).every((c) => (c.schema as { format?: string }).format === 'binary')).toBe(true);
    }
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

  it('has examples that their own zod schemas accept, rules across fields included (dates within the period, a blended mobility’s physical part)', () => {
    // JSON Schema cannot say those rules (openapi-json-schema.test.ts checks what it can): zod can.
    const registered = [...z.globalRegistry._idmap.entries()].filter(([name]) => doc.components.schemas[name]);
    const withExamples = registered.filter(([name]) => doc.components.schemas[name]!.example !== undefined);
    expect(withExamples.length).toBeGreaterThanOrEqual(60);
    for (const [name, schema] of withExamples) {
      const meta = z.globalRegistry.get(schema)!;
      const examples = Array.isArray(meta.examples) ? meta.examples : [meta.example];
      examples.forEach((example, i) => {
        // As the document carries it: JSON, where a key set to undefined is left out.
        const result = z.safeParse(schema, JSON.parse(JSON.stringify(example)));
        expect(result.success, `${name}'s example ${i}: ${result.error?.message}`).toBe(true);
      });
    }
  });

  it('is a file beside the pages: the API points there, and builds nothing', async () => {
    const res = await get('/api/openapi.json');
    expect(res.status).toBe(301);
    expect(res.headers.get('location')).toBe('/openapi.json');
  });

  it('is served with secure headers and a request id', async () => {
    const res = await get('/api/health');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('x-request-id')).toBeTruthy();
  });
});
