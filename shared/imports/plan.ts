/**
 * An import file checked row by row against the registry, pure: `planImport(kind, rows, context)`
 * says which rows are good (and the item each becomes), which are not (each error by row and
 * column), which partners are matched and which the import would register, and which rows repeat
 * a record already in the table. The dry run shows the plan; the apply writes it.
 *
 * Each row's item id is derived from what the row says, never from the file or the clock: the
 * same mobility (nominee email, partner as written and its country, academic year, period) or
 * agreement (its reference, else partner, kind and start date) gets the same id from any file, so
 * a rerun or a second upload writes nothing twice (the writes are conditional on the id being new).
 */
import { daysBetween, EXPIRY_REMINDER_DAYS } from '../workflow/agreement-life';
import { normalisePartnerName, nameClaims } from '../partner-names';
import { duplicateCandidates, type Likeness } from '../partner-likeness';
import { AcademicYearSchema, CefrLevelSchema, EmailSchema, IsoDateSchema, ISO_639_1, PersonNameSchema } from '../schemas/common';
import { AgreementKindSchema, CooperationScopeSchema, MemorandumInputSchema, type MemorandumInput } from '../schemas/agreement';
import { DirectionSchema, MobilityFormatSchema, MobilityPeriodSchema, MobilityTypeSchema, NominationInputSchema, NomineeRoleSchema, ProgrammeSchema, StudyLevelSchema, type NominationInput } from '../schemas/nomination';
import { CountryCodeSchema, type Partner } from '../schemas/partner';
import type { Faculty } from '../schemas/directory';
import type { Agreement, Nomination, Submission } from '../schemas/entities';
import type { Actor, OfficeEvent } from '../workflow/types';
import { columnName, IMPORT_COLUMNS, readHeader, type ImportKind } from './columns';
import { importProblem, type ImportProblem } from './problems';
import type { CellError } from './text';

export const MAX_IMPORT_ROWS = 20_000;

/** What is already in the table that a row may repeat. */
export type ExistingAgreement = { id: string; reference: string; partnerId: string; kind: string; startDate: string; source?: 'import' };
export type ExistingNomination = { id: string; reference: string; email: string; partnerId: string; academicYear: string; period: string; source?: 'import' };

export type PlanContext = {
  fileName: string;
  /** Today (`YYYY-MM-DD`): an agreement ending before it is expired, a mobility cannot end after it. */
  today: string;
  partners: Partner[];
  faculties: Faculty[];
  agreements: ExistingAgreement[];
  nominations: ExistingNomination[];
  /** A hex digest (sha-256 in practice): ids are made from the row's natural key. */
  hash: (text: string) => string;
};

/** The partner of a row: registered, or to be registered by the import under this key. */
export type PartnerRef = { id: string } | { create: string };

export type PlannedRow =
  | { kind: 'mobilities'; row: number; id: string; reference: string; partner: PartnerRef; status: Nomination['status']; content: Omit<NominationInput, 'partnerId'>; completion?: { actualStartDate: string; actualEndDate: string }; createdOn: string }
  | { kind: 'agreements'; row: number; id: string; reference: string; partner: PartnerRef; status: 'active' | 'expired'; content: Omit<MemorandumInput, 'partnerId'>; createdOn: string };

/** A partner the file names that the registry lacks; `alsoWritten`: its rows that wrote it another way (by meaning the same, shared/partner-likeness.ts). */
export type NewPartner = { key: string; name: string; country: string; city?: string; rows: number; firstRow: number; alsoWritten?: { row: number; given: string; why: Likeness }[] };

export type Duplicate = { row: number; existingId: string; reference: string; alreadyImported: boolean };

export type ImportPlan = {
  kind: ImportKind;
  rows: number;
  errors: CellError[];
  /** Rows with at least one error (a row may have several). */
  rowsWithErrors: number[];
  planned: PlannedRow[];
  duplicates: Duplicate[];
  partners: { matched: { partnerId: string; name: string; rows: number }[]; toCreate: NewPartner[]; byLikeness: MatchedByLikeness[] };
};

/** A row whose partner is written differently from every registered name but is one registered partner by meaning (shared/partner-likeness.ts). */
export type MatchedByLikeness = { row: number; given: string; partnerId: string; name: string; why: Likeness; theirs: string };

/** `dd.mm.yyyy` (or `d.m.yyyy`, with `/` or `.`) and `yyyy-mm-dd`, as a real day; undefined for anything else. */
export function parseDate(value: string): string | undefined {
  const v = value.trim();
  const dotted = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/.exec(v);
  const iso = dotted ? `${dotted[3]}-${dotted[2]!.padStart(2, '0')}-${dotted[1]!.padStart(2, '0')}` : /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : /^\d{4}-\d{2}-\d{2}T00:00:00(\.000)?Z?$/.test(v) ? v.slice(0, 10) : undefined;
  return iso && IsoDateSchema.safeParse(iso).success ? iso : undefined;
}

/** The enum's values, or what a person may have typed for one: `Semester study` is `semester_study`. */
const enumValue = (v: string) => v.trim().toLowerCase().replace(/[\s-]+/g, '_');

type Cells = Record<string, string>;

class RowCheck {
  readonly errors: CellError[] = [];
  constructor(
    readonly row: number,
    readonly cells: Cells,
    readonly columnOf: (key: string) => string,
  ) {}
  fail(key: string, problem: ImportProblem) {
    this.errors.push({ row: this.row, column: this.columnOf(key), ...problem });
  }
  text(key: string): string {
    return (this.cells[key] ?? '').trim();
  }
  required(key: string): string | undefined {
    const v = this.text(key);
    if (!v) this.fail(key, importProblem('empty'));
    return v || undefined;
  }
  oneOf<T extends string>(key: string, schema: { safeParse: (v: unknown) => { success: boolean; data?: T } ; options: readonly T[] }, fallback?: T): T | undefined {
    const v = this.text(key);
    if (!v) {
      if (fallback !== undefined) return fallback;
      this.fail(key, importProblem('requiredOneOf', { options: schema.options.join(', ') }));
      return undefined;
    }
    const parsed = schema.safeParse(enumValue(v));
    if (!parsed.success) this.fail(key, importProblem('notOneOf', { value: v, options: schema.options.join(', ') }));
    return parsed.data;
  }
  parsed<T>(key: string, schema: { safeParse: (v: unknown) => { success: boolean; data?: T; error?: { issues: { message: string }[] } } }, value = this.text(key)): T | undefined {
    if (!value) return this.required(key) as undefined;
    const parsed = schema.safeParse(value);
    if (!parsed.success) this.fail(key, importProblem('invalidValue', { value, message: parsed.error?.issues[0]?.message ?? 'not valid' }));
    return parsed.data;
  }
  date(key: string, required: boolean): string | undefined {
    const v = this.text(key);
    if (!v) {
      if (required) this.fail(key, importProblem('dateRequired'));
      return undefined;
    }
    const day = parseDate(v);
    if (!day) this.fail(key, importProblem('notADate', { value: v }));
    return day;
  }
}

/** Registered partners by id and by every name they hold in their country, as the registry compares names. */
function partnerIndex(partners: Partner[]) {
  const byName = new Map<string, Partner>();
  for (const p of partners) for (const c of nameClaims(p)) byName.set(`${c.country}#${c.normalised}`, p);
  return { byId: new Map(partners.map((p) => [p.id, p])), byName };
}

export function planImport(kind: ImportKind, table: string[][], ctx: PlanContext): ImportPlan {
  const [header = [], ...body] = table;
  const { keys, problems } = readHeader(kind, header);
  const plan: ImportPlan = { kind, rows: body.length, errors: [...problems], rowsWithErrors: [], planned: [], duplicates: [], partners: { matched: [], toCreate: [], byLikeness: [] } };
  if (problems.length) return plan;
  if (body.length > MAX_IMPORT_ROWS) {
    plan.errors.push({ row: MAX_IMPORT_ROWS + 2, column: 'A', ...importProblem('tooManyRows', { max: MAX_IMPORT_ROWS }) });
    return plan;
  }
  const columnOf = (key: string) => {
    const i = keys.indexOf(key);
    return i >= 0 ? columnName(i, header[i]) : (IMPORT_COLUMNS[kind].find((c) => c.key === key)?.headers.en ?? key);
  };
  const partners = partnerIndex(ctx.partners);
  const matched = new Map<string, { partnerId: string; name: string; rows: number }>();
  const toCreate = new Map<string, NewPartner>();
  const faculties = new Map(ctx.faculties.map((f) => [f.id, f]));
  const agreementsByRef = new Map<string, ExistingAgreement>();
  for (const a of ctx.agreements) agreementsByRef.set(a.reference.toUpperCase(), a).set(a.id.toUpperCase(), a);
  const existingIds = new Map<string, { id: string; reference: string; source?: 'import' }>([...ctx.agreements, ...ctx.nominations].map((x) => [x.id, x]));
  const existingByKey = new Map<string, { id: string; reference: string; source?: 'import' }>();
  for (const n of ctx.nominations) existingByKey.set(mobilityKey(n.email, n.partnerId, n.academicYear, n.period), n);
  for (const a of ctx.agreements) existingByKey.set(agreementKey(a.partnerId, a.kind, a.startDate), n2(a)).set(`ref#${a.reference.toUpperCase()}`, n2(a));
  const seenInFile = new Map<string, number>();

  body.forEach((cellsRow, index) => {
    const row = index + 2;
    const cells: Cells = {};
    keys.forEach((key, i) => key && (cells[key] = cellsRow[i] ?? ''));
    const check = new RowCheck(row, cells, columnOf);
    if (cellsRow.length > header.length && cellsRow.slice(header.length).some((c) => c.trim() !== '')) check.fail('reference', importProblem('cellCount', { cells: cellsRow.length, headerCells: header.length }));

    // The partner: registered (by id or any of its names in its country), or to be registered.
    const country = check.parsed('country', CountryCodeSchema);
    const partnerText = check.required('partner');
    let partner: PartnerRef | undefined;
    let partnerKeyText: string | undefined;
    if (partnerText && country) {
      const normalised = normalisePartnerName(partnerText);
      const exact = partners.byId.get(partnerText) ?? partners.byName.get(`${country}#${normalised}`);
      // Not written as registered: one partner alike by meaning (word order, "named after", script, ENU) is that partner; two are for the office to tell apart.
      const alike = exact || !normalised ? [] : duplicateCandidates({ id: '', name: partnerText, names: {}, country }, ctx.partners).likely;
      if (alike.length > 1) check.fail('partner', importProblem('partnerAmbiguous', { given: partnerText, candidates: alike.map((c) => c.name).join('; ') }));
      const byLikeness = alike.length === 1 ? alike[0] : undefined;
      const registered = exact ?? (byLikeness && partners.byId.get(byLikeness.id));
      if (byLikeness && registered) plan.partners.byLikeness.push({ row, given: partnerText, partnerId: registered.id, name: registered.name, why: byLikeness.why, theirs: byLikeness.theirs });
      if (alike.length > 1) partner = undefined;
      else if (registered && registered.country !== country) check.fail('country', importProblem('partnerCountry', { partner: registered.name, registered: registered.country, given: country }));
      else if (registered) {
        partner = { id: registered.id };
        const m = matched.get(registered.id) ?? { partnerId: registered.id, name: registered.name, rows: 0 };
        m.rows++;
        matched.set(registered.id, m);
      } else if (!normalised) check.fail('partner', importProblem('partnerName'));
      else {
        // A partner new to the registry may be written two ways in one file ("ENU" in one row, its full name in
        // another): one partner to register, as likeness makes one of a registered partner's spellings.
        const ownKey = `${country}#${normalised}`;
        const sameInFile = toCreate.has(ownKey) ? [] : duplicateCandidates({ id: '', name: partnerText, names: {}, country }, [...toCreate.values()].map((p) => ({ id: p.key, name: p.name, names: {}, country: p.country }))).likely;
        if (sameInFile.length > 1) check.fail('partner', importProblem('partnerAmbiguous', { given: partnerText, candidates: sameInFile.map((c) => c.name).join('; ') }));
        else {
          const key = sameInFile[0]?.id ?? ownKey;
          partner = { create: key };
          const entry = toCreate.get(key) ?? { key, name: partnerText.replace(/\s+/g, ' '), country, ...(cells.city?.trim() ? { city: cells.city.trim() } : {}), rows: 0, firstRow: row };
          entry.rows++;
          if (sameInFile[0]) entry.alsoWritten = [...(entry.alsoWritten ?? []), { row, given: partnerText, why: sameInFile[0].why }];
          toCreate.set(key, entry);
        }
      }
      partnerKeyText = partner && 'create' in partner ? partner.create : `${country}#${normalised}`;
    }
    const faculty = check.required('faculty');
    const known = faculty ? faculties.get(faculty) : undefined;
    if (faculty && !known) check.fail('faculty', importProblem('noFaculty', { value: faculty, options: [...faculties.keys()].join(', ') }));

    const planned = kind === 'mobilities' ? planMobility(check, known, partner, partnerKeyText, agreementsByRef, ctx) : planAgreement(check, partner, partnerKeyText, ctx);
    if (check.errors.length || !planned) {
      plan.errors.push(...check.errors);
      plan.rowsWithErrors.push(row);
      return;
    }
    const first = seenInFile.get(planned.id);
    if (first !== undefined) {
      plan.errors.push({ row, column: columnOf(kind === 'mobilities' ? 'nomineeEmail' : 'reference'), ...importProblem(kind === 'mobilities' ? 'sameMobility' : 'sameAgreement', { row: first }) });
      plan.rowsWithErrors.push(row);
      return;
    }
    seenInFile.set(planned.id, row);
    const partnerId = 'id' in planned.partner ? planned.partner.id : undefined;
    const same =
      existingIds.get(planned.id) ??
      (partnerId
        ? planned.kind === 'mobilities'
          ? existingByKey.get(mobilityKey(planned.content.nominee.email, partnerId, planned.content.academicYear, planned.content.period))
          : (existingByKey.get(`ref#${planned.reference.toUpperCase()}`) ?? existingByKey.get(agreementKey(partnerId, planned.content.kind, planned.content.startDate)))
        : planned.kind === 'agreements'
          ? existingByKey.get(`ref#${planned.reference.toUpperCase()}`)
          : undefined);
    if (same) plan.duplicates.push({ row, existingId: same.id, reference: same.reference, alreadyImported: same.id === planned.id });
    else plan.planned.push(planned);
  });
  plan.partners = { ...plan.partners, matched: [...matched.values()], toCreate: [...toCreate.values()].filter((p) => plan.planned.some((r) => 'create' in r.partner && r.partner.create === p.key)) };
  return plan;
}

const n2 = (a: ExistingAgreement) => ({ id: a.id, reference: a.reference, source: a.source });
const mobilityKey = (email: string, partnerId: string, academicYear: string, period: string) => `nom#${email.toLowerCase()}#${partnerId}#${academicYear}#${period}`;
const agreementKey = (partnerId: string, kind: string, startDate: string) => `agr#${partnerId}#${kind}#${startDate}`;

/** The id an imported row's item gets: `imp-` and 24 hex digits of the hash of its natural key. */
const importedId = (ctx: PlanContext, naturalKey: string) => `imp-${ctx.hash(naturalKey).slice(0, 24)}`;
const madeReference = (prefix: 'NOM' | 'AGR', year: number, id: string) => `${prefix}-${year}-I${id.slice(4, 10).toUpperCase()}`;

function planMobility(check: RowCheck, faculty: Faculty | undefined, partner: PartnerRef | undefined, partnerKey: string | undefined, agreements: Map<string, ExistingAgreement>, ctx: PlanContext): PlannedRow | undefined {
  const name = check.parsed('nomineeName', PersonNameSchema);
  const email = check.parsed('nomineeEmail', EmailSchema);
  const role = check.oneOf('role', NomineeRoleSchema);
  const level = check.oneOf('level', StudyLevelSchema);
  const department = check.required('department');
  if (faculty && department && !faculty.departments.some((d) => d.id === department)) check.fail('department', importProblem('noDepartment', { value: department, faculty: faculty.id, options: faculty.departments.map((d) => d.id).join(', ') }));
  const direction = check.oneOf('direction', DirectionSchema);
  const programme = check.oneOf('programme', ProgrammeSchema);
  const mobilityType = check.oneOf('mobilityType', MobilityTypeSchema);
  const academicYear = check.parsed('academicYear', AcademicYearSchema, check.text('academicYear').replace(/^(\d{4})\s*[-–]\s*(\d{4})$/, '$1/$2'));
  const period = check.oneOf('period', MobilityPeriodSchema);
  const code = check.required('language')?.toLowerCase();
  if (code && !ISO_639_1.has(code)) check.fail('language', importProblem('languageCode', { value: code }));
  const languageLevel = check.parsed('languageLevel', CefrLevelSchema, check.text('languageLevel').toUpperCase());
  const status = check.oneOf('status', { safeParse: (v) => ({ success: IMPORTED_MOBILITY_STATUSES.includes(v as never), data: v as never }), options: IMPORTED_MOBILITY_STATUSES }, 'completed');
  const actualStart = check.date('actualStart', false);
  const actualEnd = check.date('actualEnd', false);
  const format = check.oneOf('format', MobilityFormatSchema, 'physical');
  const plannedStart = check.date('plannedStart', false);
  const plannedEnd = check.date('plannedEnd', false);
  if (Boolean(check.text('plannedStart')) !== Boolean(check.text('plannedEnd'))) check.fail(check.text('plannedStart') ? 'plannedEnd' : 'plannedStart', importProblem('bothDates'));
  if (Boolean(check.text('actualStart')) !== Boolean(check.text('actualEnd'))) check.fail(check.text('actualStart') ? 'actualEnd' : 'actualStart', importProblem('bothDates'));
  if (actualStart && actualEnd && actualEnd < actualStart) check.fail('actualEnd', importProblem('endBeforeStart'));
  if (actualEnd && actualEnd > ctx.today) check.fail('actualEnd', importProblem('endAfterToday'));
  if (actualStart && status && status !== 'completed') check.fail('actualStart', importProblem('datesNotCompleted', { status }));
  const agreementText = check.required('agreement');
  const agreement = agreementText ? agreements.get(agreementText.toUpperCase()) : undefined;
  if (agreementText && !agreement) check.fail('agreement', importProblem('noAgreement', { value: agreementText }));
  if (agreement && partner && 'id' in partner && agreement.partnerId !== partner.id) check.fail('agreement', importProblem('agreementOtherPartner', { reference: agreement.reference, partner: agreement.partnerId }));
  if (agreement && partner && 'create' in partner) check.fail('agreement', importProblem('agreementRegisteredPartner', { reference: agreement.reference, partner: agreement.partnerId }));
  if (check.errors.length || !name || !email || !role || !level || !faculty || !department || !direction || !programme || !mobilityType || !academicYear || !period || !code || !languageLevel || !status || !format || !partner || !partnerKey || !agreement) return undefined;
  const content = { nominee: { name, email, role, studyLevel: level, faculty: faculty.id, department }, direction, agreementId: agreement.id, programme, mobilityType, academicYear, period, language: { code, level: languageLevel }, motivation: `Imported from ${ctx.fileName}, row ${check.row}`,
    // Physical is what a row without a format meant: stored as the form stores it, only when said.
    ...(check.text('format') ? { format } : {}),
    ...(plannedStart && plannedEnd ? { plannedStartDate: plannedStart, plannedEndDate: plannedEnd } : {}),
  };
  // The whole form's own rules too (lengths, the language's code, the dates within the period),
  // reported on the column they come from where there is one.
  const whole = NominationInputSchema.safeParse({ ...content, partnerId: 'id' in partner ? partner.id : 'pending' });
  if (!whole.success) {
    for (const issue of whole.error.issues) {
      const column = COLUMN_OF_FIELD[String(issue.path[0])];
      check.fail(column ?? 'reference', column ? importProblem('field', { path: column, message: issue.message }) : importProblem('field', { path: issue.path.join('.'), message: issue.message }));
    }
    return undefined;
  }
  const id = importedId(ctx, `mobility#${email}#${partnerKey}#${academicYear}#${period}`);
  const startYear = Number(academicYear.slice(0, 4));
  return {
    kind: 'mobilities',
    row: check.row,
    id,
    reference: check.text('reference') || madeReference('NOM', startYear, id),
    partner,
    status,
    content,
    ...(actualStart && actualEnd ? { completion: { actualStartDate: actualStart, actualEndDate: actualEnd } } : {}),
    createdOn: actualStart ?? `${startYear}-09-01`,
  };
}

/** The form's fields a mobility row has a column of its own for: the form's refusal is reported there. */
const COLUMN_OF_FIELD: Record<string, string> = { format: 'format', plannedStartDate: 'plannedStart', plannedEndDate: 'plannedEnd' };

/** What a past mobility may have ended as; approved and accepted ones go through the app. */
export const IMPORTED_MOBILITY_STATUSES = ['completed', 'declined_by_partner', 'withdrawn', 'rejected'] as const;

function planAgreement(check: RowCheck, partner: PartnerRef | undefined, partnerKey: string | undefined, ctx: PlanContext): PlannedRow | undefined {
  const kind = check.oneOf('kind', AgreementKindSchema);
  const scopeText = check.required('scope');
  const scope: MemorandumInput['scope'] = [];
  for (const part of (scopeText ?? '').split(/[;,]/).map((s) => s.trim()).filter(Boolean)) {
    const parsed = CooperationScopeSchema.safeParse(enumValue(part));
    if (parsed.success) scope.includes(parsed.data) || scope.push(parsed.data);
    else check.fail('scope', importProblem('notOneOf', { value: part, options: CooperationScopeSchema.options.join(', ') }));
  }
  const startDate = check.date('startDate', true);
  const endDate = check.date('endDate', false) ?? null;
  if (startDate && endDate && endDate <= startDate) check.fail('endDate', importProblem('endBeforeStartDate'));
  if (startDate && startDate > ctx.today) check.fail('startDate', importProblem('startAfterToday'));
  const given = check.text('status') ? check.oneOf('status', { safeParse: (v) => ({ success: v === 'active' || v === 'expired', data: v as 'active' | 'expired' }), options: ['active', 'expired'] as const }) : undefined;
  const ended = endDate !== null && endDate < ctx.today;
  if (given === 'active' && ended) check.fail('status', importProblem('activeEnded', { date: endDate }));
  if (given === 'expired' && !ended) check.fail('status', endDate ? importProblem('expiredRuns', { date: endDate }) : importProblem('expiredOpen'));
  const faculty = check.text('faculty');
  const coordinatorName = check.parsed('coordinatorName', PersonNameSchema);
  const coordinatorEmail = check.parsed('coordinatorEmail', EmailSchema);
  if (check.errors.length || !kind || !scope.length || !startDate || !partner || !partnerKey || !coordinatorName || !coordinatorEmail || !faculty) return undefined;
  const content = {
    kind,
    scope,
    cooperationConditions: [],
    startDate,
    endDate,
    coordinator: { name: coordinatorName, email: coordinatorEmail },
    initiatingFaculty: faculty,
    summary: check.text('summary') || `Imported from ${ctx.fileName}, row ${check.row}`,
  };
  const whole = MemorandumInputSchema.safeParse({ ...content, partnerId: 'id' in partner ? partner.id : 'pending' });
  if (!whole.success) {
    for (const issue of whole.error.issues) check.fail(issue.path[0] === 'summary' ? 'summary' : 'reference', importProblem('field', { path: issue.path.join('.'), message: issue.message }));
    return undefined;
  }
  const reference = check.text('reference');
  const id = importedId(ctx, reference ? `agreement#ref#${reference.toUpperCase()}` : `agreement#${partnerKey}#${kind}#${startDate}`);
  return { kind: 'agreements', row: check.row, id, reference: reference || madeReference('AGR', Number(startDate.slice(0, 4)), id), partner, status: given ?? (ended ? 'expired' : 'active'), content, createdOn: startDate };
}

/** The item and its one event that a planned row becomes, its partner known. */
export function importedItem(planned: PlannedRow, partnerId: string, meta: { actor: Actor; now: string; fileName: string; fileHash: string }): { entity: Submission; event: OfficeEvent } {
  const common = {
    id: planned.id,
    reference: planned.reference,
    version: 1,
    submitter: meta.actor,
    createdAt: `${planned.createdOn}T00:00:00.000Z`,
    updatedAt: meta.now,
    source: 'import' as const,
    importedFrom: { fileName: meta.fileName, fileHash: meta.fileHash, row: planned.row },
  };
  const event: OfficeEvent = { type: 'imported', at: meta.now, actor: meta.actor, source: 'import', fileName: meta.fileName, fileHash: meta.fileHash, row: planned.row, status: planned.status };
  if (planned.kind === 'mobilities') {
    const nomination: Nomination = {
      ...common,
      kind: 'nomination',
      status: planned.status,
      content: { ...planned.content, partnerId },
      ...(planned.completion ? { completion: { ...planned.completion, by: meta.actor, at: meta.now } } : {}),
    };
    return { entity: nomination, event };
  }
  const today = meta.now.slice(0, 10);
  const left = planned.content.endDate ? daysBetween(today, planned.content.endDate) : undefined;
  // Reminders whose day has passed by the import count as sent: the import itself mails nobody,
  // and the next reminder (if any) goes on its own day.
  const passed = planned.status === 'active' && left !== undefined ? EXPIRY_REMINDER_DAYS.filter((d) => left <= d) : [];
  const agreement: Agreement = {
    ...common,
    kind: 'memorandum',
    status: planned.status,
    contentVersion: 1,
    content: { ...planned.content, partnerId },
    ...(passed.length ? { expiryRemindersSent: [...passed] } : {}),
  };
  return { entity: agreement, event };
}
