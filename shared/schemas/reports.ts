/**
 * The statistics' query parameters (GET /api/reports/…, and the same for their exports). Lists
 * are comma-separated (`by=direction,type`); a value not in a list's vocabulary is refused naming
 * it, parameters that contradict each other are refused naming the one to drop, and an unknown
 * parameter is refused rather than ignored (a misspelt filter would silently count everything).
 */
import * as z from 'zod/mini';
import { AGREEMENT_DIMENSIONS, MOBILITY_DIMENSIONS } from '../reports/statistics';
import { AcademicYearSchema, IdSchema, IsoDateSchema } from './common';
import { DirectionSchema, MobilityFormatSchema, MobilityTypeSchema } from './nomination';
import { CountryCodeSchema } from './partner';

const NOMINATION_STATUSES = ['draft', 'in_review', 'changes_requested', 'approved', 'rejected', 'withdrawn', 'accepted_by_partner', 'arrived', 'declined_by_partner', 'completed'] as const;

/** The widest span one report may ask for: a decade is what offices compare. */
export const MAX_REPORT_YEARS = 20;

const YearSchema = z.coerce.number().check(z.int(), z.minimum(1990), z.maximum(2100));

/** `a,b,c` → `['a','b','c']`, each checked against its vocabulary; an unknown one is named. */
function listOf<T extends string>(vocabulary: readonly T[], what: string) {
  return z.pipe(
    z.string().check(z.maxLength(500)),
    // zod/mini's transform has no ctx.addIssue: its issues go on the payload as classic zod's would.
    z.transform((text: string, payload) => {
      const values = text.split(',').map((v) => v.trim()).filter(Boolean);
      for (const v of values) {
        if (!(vocabulary as readonly string[]).includes(v)) payload.issues.push({ code: 'custom', message: `Unknown ${what} "${v.slice(0, 40)}"; use ${vocabulary.join(', ')}`, input: text });
      }
      return [...new Set(values)] as T[];
    }),
  );
}

const YearListSchema = z
  .pipe(
    z.string().check(z.maxLength(200), z.regex(/^\s*\d{4}(\s*,\s*\d{4})*\s*$/, 'Years as YYYY, separated by commas')),
    z.transform((text: string) => [...new Set(text.split(',').map((y) => Number(y.trim())))].sort((a, b) => a - b)),
  )
  .check(z.refine((years) => years.length <= MAX_REPORT_YEARS, `At most ${MAX_REPORT_YEARS} years`));

const PeriodSchema = z.enum(['academic', 'calendar']);

/** `years=2025,2026`, or `from=2020&to=2026`, never both. */
const yearFields = { years: z.optional(YearListSchema), from: z.optional(YearSchema), to: z.optional(YearSchema) };

function checkYears(q: { years?: number[]; from?: number; to?: number }, ctx: z.core.$RefinementCtx) {
  if (q.years && (q.from !== undefined || q.to !== undefined)) {
    ctx.addIssue({ code: 'custom', path: ['years'], message: 'Give either years or from/to, not both' });
  }
  if (q.from !== undefined && q.to !== undefined) {
    if (q.to < q.from) ctx.addIssue({ code: 'custom', path: ['to'], message: 'Must not be before from' });
    else if (q.to - q.from + 1 > MAX_REPORT_YEARS) ctx.addIssue({ code: 'custom', path: ['to'], message: `At most ${MAX_REPORT_YEARS} years from "from"` });
  }
}

/** The years a query names, or undefined when it names none (the service then takes the current one). */
export function yearsOf(q: { years?: number[]; from?: number; to?: number }): number[] | undefined {
  if (q.years) return q.years;
  if (q.from === undefined && q.to === undefined) return undefined;
  const from = q.from ?? q.to!;
  const to = q.to ?? q.from!;
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

const facultyField = { faculty: z.optional(IdSchema) };

export const MobilityStatisticsQuerySchema = z
  .strictObject({
    period: z._default(PeriodSchema, 'academic'),
    ...yearFields,
    by: z._default(listOf(MOBILITY_DIMENSIONS, 'dimension'), []),
    /** `all`, or a list; by default the mobilities that count (approved, accepted by the partner, completed). */
    status: z.optional(z.union([z.literal('all'), listOf(NOMINATION_STATUSES, 'status')])),
    ...facultyField,
  })
  .check(z.superRefine(checkYears));
export type MobilityStatisticsQuery = z.output<typeof MobilityStatisticsQuerySchema>;

export const AgreementStatisticsQuerySchema = z
  .strictObject({
    /** `in_force` on a day (`at`), `signed` per year (`years`), `expiring` within `days` of `at`, `ended` in the years (`years`). */
    view: z._default(z.enum(['in_force', 'signed', 'expiring', 'ended']), 'in_force'),
    at: z.optional(IsoDateSchema),
    period: z._default(PeriodSchema, 'calendar'),
    ...yearFields,
    days: z.optional(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(3650))),
    by: z._default(listOf(AGREEMENT_DIMENSIONS, 'dimension'), []),
    ...facultyField,
  })
  .check(z.superRefine((q, ctx) => {
    checkYears(q, ctx);
    const names = (['years', 'from', 'to'] as const).filter((k) => q[k] !== undefined);
    const byYears = q.view === 'signed' || q.view === 'ended';
    if (!byYears && names.length) ctx.addIssue({ code: 'custom', path: [names[0]!], message: `Years go with view=signed or view=ended; view=${q.view} takes a day (at)` });
    if (byYears && q.at !== undefined) ctx.addIssue({ code: 'custom', path: ['at'], message: `view=${q.view} counts by years, not by a day` });
    if (q.view !== 'expiring' && q.days !== undefined) ctx.addIssue({ code: 'custom', path: ['days'], message: 'days goes with view=expiring' });
    if ((q.view === 'expiring' || q.view === 'ended') && q.by.length) ctx.addIssue({ code: 'custom', path: ['by'], message: `view=${q.view} lists agreements; it is not grouped` });
  }));
export type AgreementStatisticsQuery = z.output<typeof AgreementStatisticsQuerySchema>;

/** Places planned against used: by academic year, always. */
export const PlacesUseQuerySchema = z.strictObject({ ...yearFields, ...facultyField }).check(z.superRefine(checkYears));
export type PlacesUseQuery = z.output<typeof PlacesUseQuerySchema>;

export const ExchangeBalanceQuerySchema = z.strictObject({ period: z._default(PeriodSchema, 'academic'), ...yearFields, ...facultyField }).check(z.superRefine(checkYears));
export type ExchangeBalanceQuery = z.output<typeof ExchangeBalanceQuerySchema>;

export const YearlyFiguresQuerySchema = z.strictObject({ year: z.optional(YearSchema), period: z._default(PeriodSchema, 'calendar'), ...facultyField });
export type YearlyFiguresQuery = z.output<typeof YearlyFiguresQuerySchema>;

// ---- exports ------------------------------------------------------------------------------

/** CSV (UTF-8 with BOM) unless XLSX is asked for. */
const format = { format: z._default(z.enum(['csv', 'xlsx']), 'csv') };

export const RegisterExportQuerySchema = z.strictObject(format);

/**
 * The office's nominations list (GET /api/nominations), with the filters a statistics figure is
 * counted by, so that a figure can open the list of exactly what it counts: an academic year, a
 * direction, a mobility type, its format (`mobilityFormat`: `format` is the export's file format), the nominee's faculty, a partner, the partner's country, and one or
 * more statuses (comma-separated, as the export takes them).
 */
export const NominationListQuerySchema = z.strictObject({
  academicYear: z.optional(AcademicYearSchema.check(z.meta({ example: '2026/2027' }))),
  direction: z.optional(DirectionSchema.check(z.meta({ example: 'outgoing' }))),
  type: z.optional(MobilityTypeSchema.check(z.meta({ example: 'semester_study' }))),
  mobilityFormat: z.optional(MobilityFormatSchema.check(z.meta({ example: 'virtual' }))),
  faculty: z.optional(IdSchema.check(z.meta({ example: 'physics' }))),
  partner: z.optional(IdSchema.check(z.meta({ example: 'tu-berlin' }))),
  country: z.optional(CountryCodeSchema.check(z.meta({ example: 'DE' }))),
  status: z.optional(listOf(NOMINATION_STATUSES, 'status').check(z.meta({ example: 'approved,accepted_by_partner,completed' }))),
});
export type NominationListQuery = z.output<typeof NominationListQuerySchema>;

/** The office's nominations list as a file, with the list's own filters (the export is not cut at 200). */
export const NominationsExportQuerySchema = z.safeExtend(NominationListQuerySchema, format);
export type NominationsExportQuery = z.output<typeof NominationsExportQuerySchema>;

export const MobilityStatisticsExportQuerySchema = z.safeExtend(MobilityStatisticsQuerySchema, format);
export const AgreementStatisticsExportQuerySchema = z.safeExtend(AgreementStatisticsQuerySchema, format);
export const PlacesUseExportQuerySchema = z.safeExtend(PlacesUseQuerySchema, format);
export const ExchangeBalanceExportQuerySchema = z.safeExtend(ExchangeBalanceQuerySchema, format);
export const YearlyFiguresExportQuerySchema = z.safeExtend(YearlyFiguresQuerySchema, format);
export type ExportFormat = z.output<typeof RegisterExportQuerySchema>['format'];

/**
 * The tables a page shows, as one workbook (POST /api/exports/workbook): the annual report's
 * tables, each a sheet, in the words and order the reader saw them. The page sends what it shows,
 * so the workbook is in the reader's language without the server keeping the pages' words; the
 * figures were the API's before the page showed them. Bounded, so a body cannot ask the writer
 * for more than a report holds.
 */
const SheetTextSchema = z.string().check(z.maxLength(1000));
export const MAX_WORKBOOK_CELLS = 100_000;
export const WorkbookRequestSchema = z
  .strictObject({
    /** The file's name, without `.xlsx` (the reader's words: "Годовой отчёт 2025"). */
    name: z.string().check(z.minLength(1), z.maxLength(100)),
    sheets: z
      .array(
        z.strictObject({
          /** Shortened to Excel's 31 characters and freed of the characters a sheet's name may not hold. */
          name: z.string().check(z.minLength(1), z.maxLength(100)),
          columns: z.array(z.string().check(z.maxLength(200))).check(z.minLength(1), z.maxLength(30)),
          rows: z.array(z.array(z.union([SheetTextSchema, z.number(), z.null()])).check(z.maxLength(30))).check(z.maxLength(5000)),
        }),
      )
      .check(z.minLength(1), z.maxLength(20)),
  })
  .check(
    z.refine((w) => w.sheets.reduce((n, s) => n + s.rows.reduce((m, r) => m + r.length, 0), 0) <= MAX_WORKBOOK_CELLS, {
      message: `At most ${MAX_WORKBOOK_CELLS} cells in a workbook`,
      path: ['sheets'],
    }),
    z.meta({
      id: 'WorkbookRequest',
      example: {
        name: 'Годовой отчёт 2025',
        sheets: [
          { name: 'Итоги года', columns: ['Показатель', 'Число'], rows: [['Подписано меморандумов', 4], ['Страны', 3]] },
          { name: 'По факультетам', columns: ['Факультет', 'Выезд', 'Въезд'], rows: [['Физический факультет', 12, 3]] },
        ],
      },
    }),
  );
export type WorkbookRequest = z.output<typeof WorkbookRequestSchema>;

// ---- the dashboard ------------------------------------------------------------------------

/** What waits on whom (GET /api/reports/pending): the whole university, or one faculty. */
export const InReviewQuerySchema = z.strictObject({ ...facultyField });
export type InReviewQuery = z.output<typeof InReviewQuerySchema>;
