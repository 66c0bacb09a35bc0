/**
 * The API's answers as the pages read them, each the output type of the schema the server
 * declares for it (shared/schemas/responses.ts), so that no page retypes a DTO by hand. Types
 * only: responses.ts registers its schemas when it runs, and a value import would put it, and
 * zod's metadata, into every page's bytes.
 */
import type * as z from 'zod';
import type * as R from '../../shared/schemas/responses';

/** The signed-in person: name, email, language, faculty and department, roles. */
export type Me = z.output<typeof R.PersonViewSchema>;
/** A person as the people page lists and edits them, with the version an edit must name. */
export type PersonRecord = z.output<typeof R.PersonRecordSchema>;
export type Faculty = z.output<typeof R.FacultyListSchema>[number];
export type Partner = z.output<typeof R.PartnerViewSchema>;
export type ChainView = z.output<typeof R.ChainViewSchema>;

export type Nomination = z.output<typeof R.NominationSchema>;
export type Residence = z.output<typeof R.ResidenceViewSchema>;
export type Agreement = z.output<typeof R.AgreementSchema>;
/** One entry of an item's history; kinds of event carry fields of their own besides these. */
export type HistoryEvent = z.output<typeof R.HistoryEventSchema>;
export type NominationWithHistory = z.output<typeof R.NominationWithHistorySchema>;
export type AgreementWithHistory = z.output<typeof R.AgreementWithHistorySchema>;
/** A nomination or a memorandum, as one item's page reads it. */
export type Item = NominationWithHistory | AgreementWithHistory;
/** The approval chain an item is in, with its steps and their approvers' receipts. */
export type Review = NonNullable<Nomination['review']>;
export type ReviewStep = Review['steps'][number];
export type PlacesLeft = z.output<typeof R.PlacesLeftSchema>;

export type PlacesRow = z.output<typeof R.PlacesTableSchema>[number];
export type DormantAgreement = z.output<typeof R.DormantAgreementListSchema>[number];
export type AgreementVersion = z.output<typeof R.AgreementVersionListSchema>[number];
export type VersionDiff = z.output<typeof R.VersionDiffSchema>;
export type AgreementChange = z.output<typeof R.AgreementChangeSchema>;

export type AttachedDocument = z.output<typeof R.AttachedDocumentSchema>;

/** The item as the approver's link shows it (`POST /actions/preview`): read-only, with the choices the link still has. */
export type Preview = z.output<typeof R.PreviewSchema>;
/** What a decision recorded (`POST /actions/decide`): the item's new status and the decision's outcome. */
export type DecisionAnswer = z.output<typeof R.DecisionAnswerSchema>;
/** What a partner coordinator's link shows (read-only), and what their answer recorded. */
export type AnyPartnerPreview = z.output<typeof R.PartnerPreviewSchema>;
export type PartnerPreview = Extract<AnyPartnerPreview, { kind: 'nomination' }>;
/** What a partner signatory's link shows: the memorandum's exact text, its hash, and what the link can still do. */
export type SignatoryPreview = Extract<AnyPartnerPreview, { kind: 'memorandum' }>;
export type SignatoryAnswerResult = z.output<typeof R.SignatoryAnswerResultSchema>;
export type SignedCopyResult = z.output<typeof R.SignedCopyResultSchema>;
export type PartnerAnswerResult = z.output<typeof R.PartnerAnswerResultSchema>;

/** An import's dry run (`POST /imports/dry-run`): every row checked, the partners, the duplicates. */
export type ImportReport = z.output<typeof R.ImportReportSchema>;
/** An applied import (`POST /imports/apply`): the same report and what was written. */
export type ImportResult = z.output<typeof R.ImportResultSchema>;
