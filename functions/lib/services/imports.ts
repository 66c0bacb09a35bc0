/**
 * The office's past brought in from a file (CSV or XLSX of past mobilities or agreements): a dry
 * run that checks every row and says what would happen, and the apply that writes it. Only the
 * international office and administrators. What a row says and becomes is the pure planner's
 * (shared/imports/plan.ts); here the file is read, the registry and what the table already holds
 * are looked up, partners are registered and the rows written a chunk at a time.
 *
 * Idempotent by construction: every row's id comes from its natural key and every write is
 * conditional on that id being new, so the same file twice adds nothing, and a crash half way
 * followed by a rerun writes exactly the rows that are missing. A file with errors writes nothing
 * unless the office asks for the valid rows only. Imported items are written in their final
 * status with an `imported` event and their report fact, never through the approval chain: the
 * notifier sends nothing for them.
 */
import { createHash } from 'node:crypto';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../../shared/errors';
import { titlesOf } from '../../../shared/i18n/titles';
import { importedItem, MAX_IMPORT_ROWS, planImport, type ExistingAgreement, type ExistingNomination, type ImportPlan, type PlannedRow } from '../../../shared/imports/plan';
import { templateRows, type ImportKind } from '../../../shared/imports/columns';
import { importProblem } from '../../../shared/imports/problems';
import type { ExportTable } from '../exports/table';
import { decodeText, FileFormatError, parseCsv, type TextEncodingName } from '../../../shared/imports/text';
import type { Partner, Person } from '../../../shared/schemas';
import type { ImportQuery } from '../../../shared/schemas/imports';
import { listFaculties, listPartners, rememberPartner } from '../db/directory';
import { insertPartner, PartnerIdTakenError, PartnerNameTakenError, readNameHolder, readPartner } from '../db/partners';
import { raiseCounter, saveImported, submissionPages, subjectOf, type ImportedRecord } from '../db/submissions';
import type { Deps } from '../deps';
import type { XlsxReader } from '../imports/xlsx-read';
import { isOffice } from './identity';
import { partnerSlug, slugCandidate } from '../../../shared/partner-names';
import { MAX_IMPORT_BYTES } from '../../../shared/media-types';

/** Chunks written at once: quick enough for 20,000 rows within the function's time, gentle on a small table. */
const PARALLEL_CHUNKS = 4;

export type ImportFile = { bytes: Uint8Array; name: string };
export type ReadFile = { rows: string[][]; format: 'csv' | 'xlsx'; encoding: TextEncodingName | 'xlsx' };

/** Test seams: a failure injected after a number of chunks (the crash-and-rerun test). */
export type ImportSeams = { afterChunk?: (chunksWritten: number) => void | Promise<void> };

export type ImportReport = ReturnType<typeof reportOf>;
export type ImportResult = ImportReport & { applied: { created: number; alreadyThere: number; skippedWithErrors: number; duplicates: number; partnersCreated: number } };

function requireOffice(person: Person) {
  if (!isOffice(person)) throw new ForbiddenError('Only the international office imports records');
}

const sha256 = (data: Uint8Array | string) => createHash('sha256').update(data).digest('hex');

/** The 400 of a file that cannot be read: its problem at the `file` field, with the code and values a client words it by. */
const unreadable = (error: FileFormatError) => new ValidationError('The file cannot be read', [{ path: 'file', message: error.message, code: error.code, values: error.values }]);

/** The file's rows, whatever it is: an XLSX workbook (its first sheet) or CSV text in a known encoding. */
export async function readImportFile(bytes: Uint8Array, xlsx: XlsxReader | undefined): Promise<ReadFile> {
  try {
    if (bytes.length === 0) throw new FileFormatError(importProblem('fileEmpty'));
    if (bytes.length > MAX_IMPORT_BYTES) throw new FileFormatError(importProblem('fileTooLarge', { size: (bytes.length / 1048576).toFixed(1) }));
    const starts = (...magic: number[]) => magic.every((b, i) => bytes[i] === b);
    if (starts(0x50, 0x4b, 0x03, 0x04)) {
      if (!xlsx) throw new NotFoundError('XLSX imports are served by the files function');
      return { rows: await xlsx(bytes, MAX_IMPORT_ROWS + 1), format: 'xlsx', encoding: 'xlsx' };
    }
    if (starts(0xd0, 0xcf, 0x11, 0xe0)) throw new FileFormatError(importProblem('xls'));
    if (starts(0x25, 0x50, 0x44, 0x46)) throw new FileFormatError(importProblem('pdf'));
    const { text, encoding } = decodeText(bytes);
    if (text.includes('\u0000')) throw new FileFormatError(importProblem('binary'));
    return { rows: parseCsv(text, { maxRows: MAX_IMPORT_ROWS + 1 }), format: 'csv', encoding };
  } catch (error) {
    throw error instanceof FileFormatError ? unreadable(error) : error;
  }
}

/** The registry and what the table already holds that a row may repeat (a page of items at a time). */
async function context(deps: Deps, kind: ImportKind, fileName: string) {
  const [partners, faculties] = await Promise.all([listPartners(deps.db), listFaculties(deps.db)]);
  const agreements: ExistingAgreement[] = [];
  for await (const page of submissionPages(deps.db, 'memorandum')) {
    for (const a of page) if (a.kind === 'memorandum') agreements.push({ id: a.id, reference: a.reference, partnerId: a.content.partnerId, kind: a.content.kind, startDate: a.content.startDate, ...(a.source ? { source: a.source } : {}) });
  }
  const nominations: ExistingNomination[] = [];
  if (kind === 'mobilities') {
    for await (const page of submissionPages(deps.db, 'nomination')) {
      for (const n of page) {
        if (n.kind !== 'nomination') continue;
        const c = n.content;
        nominations.push({ id: n.id, reference: n.reference, email: c.nominee.email, partnerId: c.partnerId, academicYear: c.academicYear, period: c.period, ...(n.source ? { source: n.source } : {}) });
      }
    }
  }
  return { fileName, today: deps.clock().toISOString().slice(0, 10), partners, faculties, agreements, nominations, hash: sha256 };
}

/** What the office is shown: lists capped at 1,000 entries (the counts are whole). */
function reportOf(plan: ImportPlan, file: ReadFile, meta: { fileName: string; fileHash: string }) {
  return {
    kind: plan.kind,
    fileName: meta.fileName,
    fileHash: meta.fileHash,
    format: file.format,
    encoding: file.encoding,
    rows: plan.rows,
    valid: plan.rows - plan.rowsWithErrors.length,
    toCreate: plan.planned.length,
    rowsWithErrors: plan.rowsWithErrors.length,
    errorCount: plan.errors.length,
    errors: plan.errors.slice(0, 1000),
    partners: { matched: plan.partners.matched, toCreate: plan.partners.toCreate.map(({ key: _key, ...p }) => p), byLikeness: plan.partners.byLikeness.slice(0, 1000) },
    duplicateCount: plan.duplicates.length,
    duplicates: plan.duplicates.slice(0, 1000),
  };
}

async function planFile(deps: Deps, person: Person, file: ImportFile, query: ImportQuery, xlsx: XlsxReader | undefined) {
  requireOffice(person);
  const read = await readImportFile(file.bytes, xlsx);
  const fileHash = sha256(file.bytes);
  const plan = planImport(query.kind, read.rows, await context(deps, query.kind, file.name));
  return { read, fileHash, plan, report: reportOf(plan, read, { fileName: file.name, fileHash }) };
}

export async function dryRun(deps: Deps, person: Person, file: ImportFile, query: ImportQuery, xlsx?: XlsxReader): Promise<ImportReport> {
  return (await planFile(deps, person, file, query, xlsx)).report;
}

/** Registers a partner a file names (marked proposed: its city, website and contacts are the office's to fill in). */
async function registerPartner(deps: Deps, p: { name: string; country: string; city?: string }, actor: { email: string; name: string }): Promise<Partner> {
  const now = deps.clock().toISOString();
  const slug = partnerSlug(p.name);
  for (let n = 0; n < 40; n++) {
    const partner: Partner = { id: slugCandidate(slug, n), name: p.name, names: {}, type: 'university', country: p.country as Partner['country'], ...(p.city ? { city: p.city } : {}), contacts: [], version: 1, proposed: { by: actor, at: now }, createdAt: now, updatedAt: now };
    try {
      await insertPartner(deps.db, partner);
      rememberPartner(deps.db, partner);
      return partner;
    } catch (error) {
      if (error instanceof PartnerIdTakenError) continue;
      if (!(error instanceof PartnerNameTakenError)) throw error;
      // Registered meanwhile (another upload of the same file): that partner is the one.
      const holder = await readNameHolder(deps.db, error.claim);
      const existing = holder && (await readPartner(deps.db, holder.partnerId));
      if (existing) return existing;
    }
  }
  throw new ConflictError('busy', 'Could not register the partner; send the file again');
}

export async function applyImport(deps: Deps, person: Person, file: ImportFile, query: ImportQuery, xlsx?: XlsxReader, seams: ImportSeams = {}): Promise<ImportResult> {
  const { plan, report, fileHash } = await planFile(deps, person, file, query, xlsx);
  if (plan.errors.length && (!query.validOnly || plan.rowsWithErrors.length === 0 || plan.errors.some((e) => e.row === 1))) {
    throw new ConflictError('import_has_errors', `${report.rowsWithErrors || 'The header of'} ${report.rowsWithErrors ? 'rows have' : 'the file has'} errors; nothing was written. Fix them, or import the valid rows only (validOnly=true)`, { rowsWithErrors: report.rowsWithErrors, errorCount: report.errorCount });
  }
  const actor = { email: person.email, name: person.name };
  const now = deps.clock().toISOString();
  // Partners first: a crash after them leaves registered partners, which the rerun matches by name.
  const partners = new Map((await listPartners(deps.db)).map((p) => [p.id, p]));
  const created = new Map<string, Partner>();
  for (const p of plan.partners.toCreate) {
    const partner = await registerPartner(deps, p, actor);
    created.set(p.key, partner);
    partners.set(partner.id, partner);
  }
  const recordOf = (row: PlannedRow): ImportedRecord => {
    const partner = 'id' in row.partner ? partners.get(row.partner.id)! : created.get(row.partner.create)!;
    const { entity, event } = importedItem(row, partner.id, { actor, now, fileName: file.name, fileHash });
    return { entity, event, subject: subjectOf(entity, titlesOf(entity, partner)), partnerCountry: partner.country };
  };
  // At most 100 items a transaction: a mobility is 3 (item, event, fact), an agreement up to 5 (and its version and activity).
  const perChunk = query.kind === 'mobilities' ? 33 : 20;
  const chunks: PlannedRow[][] = [];
  for (let i = 0; i < plan.planned.length; i += perChunk) chunks.push(plan.planned.slice(i, i + perChunk));
  const totals = { created: 0, alreadyThere: 0 };
  let written = 0;
  let next = 0;
  let failure: unknown;
  // A few chunks at a time; after a failure no new chunk starts, and those in flight finish before it is thrown.
  const worker = async () => {
    while (failure === undefined && next < chunks.length) {
      const chunk = chunks[next++]!;
      try {
        const out = await saveImported(deps.db, chunk.map(recordOf));
        totals.created += out.created.length;
        totals.alreadyThere += out.alreadyThere.length;
        written++;
        await seams.afterChunk?.(written);
      } catch (error) {
        failure ??= error;
      }
    }
  };
  await Promise.all(Array.from({ length: PARALLEL_CHUNKS }, worker));
  if (failure !== undefined) throw failure;
  await raiseCounters(deps, plan.planned);
  const applied = { ...totals, alreadyThere: totals.alreadyThere + plan.duplicates.length, skippedWithErrors: plan.rowsWithErrors.length, duplicates: plan.duplicates.length, partnersCreated: created.size };
  deps.log.info('import applied', { kind: query.kind, fileHash, rows: plan.rows, ...applied });
  return { ...report, applied };
}

/** References the file gave in the app's own form move their year's counter up to them. */
async function raiseCounters(deps: Deps, rows: PlannedRow[]) {
  const highest = new Map<string, number>();
  for (const r of rows) {
    const m = /^(NOM|AGR)-(\d{4})-(\d{4})$/.exec(r.reference);
    if (!m || (m[1] === 'NOM') !== (r.kind === 'mobilities')) continue;
    const key = `${m[1]}#${m[2]}`;
    highest.set(key, Math.max(highest.get(key) ?? 0, Number(m[3])));
  }
  for (const [key, seq] of highest) {
    const [prefix, year] = key.split('#') as [string, string];
    await raiseCounter(deps.db, prefix === 'NOM' ? 'nomination' : 'memorandum', Number(year), seq);
  }
}

/** The template of a kind in a language: its header line and an example row, for the writers. */
export function template(person: Person, query: { kind: ImportKind; language: 'en' | 'ru' | 'uz' }): ExportTable {
  requireOffice(person);
  const [columns, example] = templateRows(query.kind, query.language);
  return { name: `${query.kind} import template ${query.language}`, columns: columns!, rows: [example!] };
}
