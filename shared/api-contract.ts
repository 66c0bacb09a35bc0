/**
 * The API's contract: every route by method and path, with the schema of its request body and of
 * each success it answers. One table for both sides:
 * - the server validates bodies with the same schemas (its routes name them), the OpenAPI
 *   document takes every response schema from here (functions/api/openapi.ts), and the tests'
 *   stack checks every real response against it; tests/unit/response-contract.test.ts checks that
 *   the table and the routes name the same routes and the same body schemas;
 * - the pages import this module's types only (`import type`), so it costs them no bytes, and
 *   web/src/api.ts turns it into a typed client.
 * The API function never imports it: the response schemas are for the document and the tests.
 */
import type * as z from 'zod';
import { ActionDocumentRequestSchema, DecideRequestSchema, LanguageChoiceSchema, LinkRequestSchema, PartnerAnswerRequestSchema, PreviewRequestSchema, SessionRequestSchema, WithdrawRequestSchema } from './schemas/api';
import { MemorandumInputSchema } from './schemas/agreement';
import { MemorandumSubmissionSchema } from './schemas/memorandum-submission';
import { NominationInputSchema } from './schemas/nomination';
import { PartnerInputSchema, PartnerUpdateSchema } from './schemas/partner';
import { ChainUpdateSchema, PersonInputSchema, PersonUpdateSchema } from './schemas/directory';
import { ActivityDocumentRequestSchema, AgreementDocumentRequestSchema, NominationDocumentRequestSchema } from './schemas/document';
import {
  AgreementChangeRequestSchema,
  CompletionRequestSchema,
  PartnerResponseRequestSchema,
  QuotaOverrideRequestSchema,
  RenewalRequestSchema,
  SignatureRequestSchema,
  TerminationRequestSchema,
} from './schemas/office';
import { WorkbookRequestSchema } from './schemas/reports';
import { TemplateUploadSchema } from './schemas/templates';
import { ResidenceUpdateSchema, RoomAssignmentRequestSchema } from './schemas/residence';
import { ActivityCancellationSchema, ActivityConfirmationSchema, ActivityConfirmationSettingUpdateSchema, ActivityInputSchema, ActivityReturnSchema, ActivityUpdateSchema } from './schemas/activity';
import { CSV_TYPE, XLSX_TYPE } from './media-types';
import { ArrivalRequestSchema, InvitationDataSchema } from './schemas/incoming';
import * as R from './schemas/responses';
import { StudyPlanAnswerRequestSchema, StudyPlanSaveRequestSchema } from './schemas/study-plan';
import * as SP from './schemas/study-plan-responses';
import { EwpApprovalConflictSchema, EwpIiaCheckSchema, EwpIiaFileSchema, IiaAgreementCreatedSchema, IiaComparisonListSchema } from './schemas/ewp';
import { SignatoryAnswerRequestSchema, SignatorySendRequestSchema, SignatoryTextRequestSchema, SignedCopyCompleteRequestSchema, SignedCopyRequestSchema } from './schemas/partner-signing';
import { DOCX_TYPE, EWP_XML_TYPE, PDF_TYPE } from './media-types';

/** `failures`: a route's own schema for a failure body, where it says more than `Error` (the document only). */
type Route = { body?: z.core.$ZodType; ok: Partial<Record<200 | 201 | 202, z.core.$ZodType>>; files?: Partial<Record<200, readonly string[]>>; failures?: Partial<Record<409, z.core.$ZodType>> };

export const API_CONTRACT = {
  'GET /health': { ok: { 200: R.HealthSchema } },

  'POST /auth/link': { body: LinkRequestSchema, ok: { 202: R.MessageSchema } },
  'POST /auth/session': { body: SessionRequestSchema, ok: { 200: R.SignedInSchema } },
  'POST /auth/signout': { ok: { 200: R.MessageSchema } },
  'GET /me': { ok: { 200: R.PersonViewSchema } },
  'PUT /me/language': { body: LanguageChoiceSchema, ok: { 200: R.PersonViewSchema } },

  'GET /faculties': { ok: { 200: R.FacultyListSchema } },
  'GET /university': { ok: { 200: R.UniversityViewSchema } },
  'GET /people': { ok: { 200: R.PersonListSchema } },
  'POST /people': { body: PersonInputSchema, ok: { 201: R.PersonRecordSchema } },
  'PUT /people/:email': { body: PersonUpdateSchema, ok: { 200: R.PersonRecordSchema } },
  'GET /chains': { ok: { 200: R.ChainListSchema } },
  'PUT /chains/:kind': { body: ChainUpdateSchema, ok: { 200: R.ChainViewSchema } },

  'GET /partners': { ok: { 200: R.PartnerListSchema } },
  'GET /partners/:id': { ok: { 200: R.PartnerViewSchema } },
  'POST /partners': { body: PartnerInputSchema, ok: { 201: R.PartnerViewSchema }, failures: { 409: R.PartnerConflictSchema } },
  'PUT /partners/:id': { body: PartnerUpdateSchema, ok: { 200: R.PartnerViewSchema }, failures: { 409: R.PartnerConflictSchema } },

  'GET /agreements/dormant': { ok: { 200: R.DormantAgreementListSchema } },
  'GET /agreements/:id/ewp-iia.xml': { ok: { 200: EwpIiaFileSchema }, files: { 200: [EWP_XML_TYPE] as const } },
  'GET /agreements/:id/ewp-iia': { ok: { 200: EwpIiaCheckSchema } },
  'GET /agreements/:id/memorandum.docx': { ok: { 200: R.MemorandumFileSchema }, files: { 200: [DOCX_TYPE] as const } },
  'GET /agreements/:id/memorandum.pdf': { ok: { 200: R.MemorandumFileSchema }, files: { 200: [PDF_TYPE] as const } },
  'GET /nominations/:id/invitation-letter.pdf': { ok: { 200: R.InvitationLetterFileSchema }, files: { 200: [PDF_TYPE] as const } },
  'GET /templates/:document/:language': { ok: { 200: R.TemplateViewSchema } },
  'PUT /templates/:document/:language': { body: TemplateUploadSchema, ok: { 200: R.TemplateViewSchema } },
  'DELETE /templates/:document/:language': { ok: { 200: R.TemplateViewSchema } },
  // The body is the partner's XML file itself: no body schema.
  'POST /ewp/iias/compare': { ok: { 200: IiaComparisonListSchema } },
  'POST /ewp/iias/agreements': { ok: { 201: IiaAgreementCreatedSchema } },
  'POST /agreements/:id/ewp-approval': { ok: { 200: R.AgreementSchema }, failures: { 409: EwpApprovalConflictSchema } },
  'POST /agreements/:id/signatures': { body: SignatureRequestSchema, ok: { 200: R.AgreementSchema } },
  'POST /agreements/:id/termination': { body: TerminationRequestSchema, ok: { 200: R.AgreementSchema } },
  'POST /agreements/:id/renewal': { body: RenewalRequestSchema, ok: { 201: R.AgreementSchema } },
  'POST /agreements/:id/changes': { body: AgreementChangeRequestSchema, ok: { 200: R.AgreementChangeSchema, 202: R.AgreementChangeSchema } },
  'GET /agreements/:id/versions': { ok: { 200: R.AgreementVersionListSchema } },
  'GET /agreements/:id/versions/:from/diff/:to': { ok: { 200: R.VersionDiffSchema } },

  'POST /nominations': { body: NominationInputSchema, ok: { 201: R.SubmittedNominationSchema } },
  'GET /nominations': { ok: { 200: R.NominationListSchema } },
  'GET /nominations/registry': { ok: { 200: R.NominationRegistrySchema } },
  'GET /nominations/:id': { ok: { 200: R.NominationWithHistorySchema } },
  'PUT /nominations/:id': { body: NominationInputSchema, ok: { 200: R.NominationSchema } },
  'POST /nominations/:id/withdraw': { body: WithdrawRequestSchema, ok: { 200: R.NominationSchema } },
  'POST /agreements': { body: MemorandumSubmissionSchema, ok: { 201: R.AgreementSchema } },
  'GET /agreements': { ok: { 200: R.AgreementListSchema } },
  'GET /agreements/:id': { ok: { 200: R.AgreementWithHistorySchema } },
  'PUT /agreements/:id': { body: MemorandumInputSchema, ok: { 200: R.AgreementSchema } },
  'POST /agreements/:id/withdraw': { body: WithdrawRequestSchema, ok: { 200: R.AgreementSchema } },

  'POST /nominations/:id/documents': { body: NominationDocumentRequestSchema, ok: { 201: R.UploadTicketSchema } },
  'POST /nominations/:id/documents/:docId/complete': { ok: { 200: R.AttachedDocumentSchema } },
  'GET /nominations/:id/documents': { ok: { 200: R.DocumentListSchema } },
  'GET /nominations/:id/documents/:docId/download': { ok: { 200: R.DownloadUrlSchema } },
  'POST /agreements/:id/documents': { body: AgreementDocumentRequestSchema, ok: { 201: R.UploadTicketSchema } },
  'POST /agreements/:id/documents/:docId/complete': { ok: { 200: R.AttachedDocumentSchema } },
  'GET /agreements/:id/documents': { ok: { 200: R.DocumentListSchema } },
  'GET /agreements/:id/documents/:docId/download': { ok: { 200: R.DownloadUrlSchema } },

  'POST /actions/preview': { body: PreviewRequestSchema, ok: { 200: R.PreviewSchema } },
  'POST /actions/document': { body: ActionDocumentRequestSchema, ok: { 200: R.DownloadUrlSchema } },
  'POST /actions/decide': { body: DecideRequestSchema, ok: { 200: R.DecisionAnswerSchema } },
  'POST /actions/refresh': { body: PreviewRequestSchema, ok: { 202: R.MessageSchema } },
  'POST /partner-links/preview': { body: PreviewRequestSchema, ok: { 200: R.PartnerPreviewSchema } },
  'POST /partner-links/answer': { body: PartnerAnswerRequestSchema, ok: { 200: R.PartnerAnswerResultSchema } },
  'POST /partner-links/sign': { body: SignatoryAnswerRequestSchema, ok: { 200: R.SignatoryAnswerResultSchema } },
  'POST /partner-links/signed-copy': { body: SignedCopyRequestSchema, ok: { 201: R.UploadTicketSchema } },
  'POST /partner-links/signed-copy/complete': { body: SignedCopyCompleteRequestSchema, ok: { 200: R.SignedCopyResultSchema } },
  'POST /partner-links/memorandum.pdf': { body: SignatoryTextRequestSchema, ok: { 200: R.MemorandumFileSchema }, files: { 200: [PDF_TYPE] as const } },
  'POST /agreements/:id/partner-signatory': { body: SignatorySendRequestSchema, ok: { 200: R.AgreementSchema } },

  'POST /nominations/:id/quota-override': { body: QuotaOverrideRequestSchema, ok: { 200: R.NominationSchema } },
  'POST /nominations/:id/partner-response': { body: PartnerResponseRequestSchema, ok: { 200: R.NominationSchema } },
  'POST /nominations/:id/completion': { body: CompletionRequestSchema, ok: { 200: R.NominationSchema } },
  'POST /nominations/:id/arrival': { body: ArrivalRequestSchema, ok: { 200: R.NominationSchema } },
  'PUT /nominations/:id/invitation-data': { body: InvitationDataSchema, ok: { 200: R.InvitationDataAnswerSchema } },
  'GET /nominations/:id/invitation-data': { ok: { 200: R.InvitationDataAnswerSchema } },
  'GET /nominations/:id/study-plan': { ok: { 200: SP.StudyPlanViewSchema } },
  'PUT /nominations/:id/study-plan': { body: StudyPlanSaveRequestSchema, ok: { 200: SP.StudyPlanViewSchema } },
  'GET /nominations/:id/study-plan/versions': { ok: { 200: SP.StudyPlanVersionListSchema } },
  'POST /nominations/:id/study-plan/send': { ok: { 200: SP.StudyPlanViewSchema } },
  'POST /study-plan-links/preview': { body: PreviewRequestSchema, ok: { 200: SP.StudyPlanPreviewSchema } },
  'POST /study-plan-links/answer': { body: StudyPlanAnswerRequestSchema, ok: { 200: SP.StudyPlanAnswerResultSchema } },
  'GET /agreements/:id/places': { ok: { 200: R.PlacesTableSchema } },
  'GET /residences': { ok: { 200: R.ResidenceListSchema } },
  'PUT /residences/:id': { body: ResidenceUpdateSchema, ok: { 200: R.ResidenceViewSchema }, failures: { 409: R.RoomConflictSchema } },
  'POST /nominations/:id/accommodation': { body: RoomAssignmentRequestSchema, ok: { 200: R.NominationSchema }, failures: { 409: R.RoomConflictSchema } },
  'POST /nominations/:id/accommodation/cancel': { ok: { 200: R.NominationSchema }, failures: { 409: R.RoomConflictSchema } },

  'GET /activities': { ok: { 200: R.ActivityRegistrySchema } },
  'POST /activities': { body: ActivityInputSchema, ok: { 201: R.ActivityViewSchema } },
  'GET /activities/:id': { ok: { 200: R.ActivityViewSchema } },
  'PUT /activities/:id': { body: ActivityUpdateSchema, ok: { 200: R.ActivityViewSchema }, failures: { 409: R.ActivityConflictSchema } },
  'POST /activities/:id/cancel': { body: ActivityCancellationSchema, ok: { 200: R.ActivityViewSchema }, failures: { 409: R.ActivityConflictSchema } },
  'POST /activities/:id/confirm': { body: ActivityConfirmationSchema, ok: { 200: R.ActivityViewSchema }, failures: { 409: R.ActivityConflictSchema } },
  'POST /activities/:id/return': { body: ActivityReturnSchema, ok: { 200: R.ActivityViewSchema }, failures: { 409: R.ActivityConflictSchema } },
  'GET /settings/activity-confirmation': { ok: { 200: R.ActivityConfirmationSettingViewSchema } },
  'PUT /settings/activity-confirmation': { body: ActivityConfirmationSettingUpdateSchema, ok: { 200: R.ActivityConfirmationSettingViewSchema }, failures: { 409: R.ActivityConfirmationSettingConflictSchema } },
  'POST /activities/:id/documents': { body: ActivityDocumentRequestSchema, ok: { 201: R.UploadTicketSchema } },
  'POST /activities/:id/documents/:docId/complete': { ok: { 200: R.AttachedDocumentSchema } },
  'GET /activities/:id/documents': { ok: { 200: R.DocumentListSchema } },
  'GET /activities/:id/documents/:docId/download': { ok: { 200: R.DownloadUrlSchema } },
  'GET /reports/activities': { ok: { 200: R.ActivityStatisticsSchema } },

  'GET /reports/mobilities': { ok: { 200: R.MobilityStatisticsSchema } },
  'GET /reports/agreements': { ok: { 200: R.AgreementStatisticsSchema } },
  'GET /reports/places': { ok: { 200: R.PlacesUseSchema } },
  'GET /reports/balance': { ok: { 200: R.ExchangeBalanceSchema } },
  'GET /reports/yearly': { ok: { 200: R.YearlyFiguresSchema } },
  'GET /reports/pending': { ok: { 200: R.InReviewByStepSchema } },

  'GET /exports/agreements': { ok: { 200: R.ExportFileSchema }, files: { 200: R.EXPORT_MEDIA_TYPES } },
  'GET /exports/nominations': { ok: { 200: R.ExportFileSchema }, files: { 200: R.EXPORT_MEDIA_TYPES } },
  'GET /exports/partners': { ok: { 200: R.ExportFileSchema }, files: { 200: R.EXPORT_MEDIA_TYPES } },
  'GET /exports/invitations': { ok: { 200: R.ExportFileSchema }, files: { 200: [CSV_TYPE] as const } },
  'GET /exports/reports/mobilities': { ok: { 200: R.ExportFileSchema }, files: { 200: R.EXPORT_MEDIA_TYPES } },
  'GET /exports/reports/agreements': { ok: { 200: R.ExportFileSchema }, files: { 200: R.EXPORT_MEDIA_TYPES } },
  'GET /exports/reports/places': { ok: { 200: R.ExportFileSchema }, files: { 200: R.EXPORT_MEDIA_TYPES } },
  'GET /exports/reports/balance': { ok: { 200: R.ExportFileSchema }, files: { 200: R.EXPORT_MEDIA_TYPES } },
  'GET /exports/reports/yearly': { ok: { 200: R.ExportFileSchema }, files: { 200: R.EXPORT_MEDIA_TYPES } },
  'POST /exports/workbook': { body: WorkbookRequestSchema, ok: { 200: R.ExportFileSchema }, files: { 200: [XLSX_TYPE] as const } },

  // The body of an import is the file itself (CSV or XLSX), not JSON: no body schema.
  'POST /imports/dry-run': { ok: { 200: R.ImportReportSchema } },
  'POST /imports/apply': { ok: { 200: R.ImportResultSchema } },
  'GET /imports/template': { ok: { 200: R.ExportFileSchema }, files: { 200: R.EXPORT_MEDIA_TYPES } },
} as const satisfies Record<string, Route>;

export type ApiContract = typeof API_CONTRACT;
/** `'GET /partners'`, `'POST /nominations/:id/withdraw'`, … */
export type ApiRoute = keyof ApiContract;
/** What a route takes as its body (its schema's input), or `undefined` for none. */
export type ApiBody<K extends ApiRoute> = ApiContract[K] extends { body: infer B extends z.core.$ZodType } ? z.input<B> : undefined;
/**
 * What a route answers on success, for each success status it has; for a union of routes (one
 * chosen at run time), what any of them answers, route by route.
 */
export type ApiOk<K extends ApiRoute> = K extends ApiRoute
  ? { [S in keyof ApiContract[K]['ok']]: ApiContract[K]['ok'][S] extends z.core.$ZodType ? { status: S; data: z.output<ApiContract[K]['ok'][S]> } : never }[keyof ApiContract[K]['ok']]
  : never;
