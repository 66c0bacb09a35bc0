/**
 * The import templates: for past mobilities and past agreements, each column with its header in
 * English, Russian and Uzbek (any of the three is understood, in any order, case and spacing
 * aside), whether it is required, and an example. The downloadable templates are made from here,
 * and so is the reading of a file's header line, so the two cannot drift apart.
 */
import type { Language } from '../schemas/common';
import { importProblem, type ImportProblem } from './problems';

export type ImportKind = 'mobilities' | 'agreements';

export type ImportColumn = {
  key: string;
  headers: Record<Language, string>;
  required: boolean;
  /** What goes in it, for the template's second sheet and the README. */
  hint: string;
  example: string;
};

const col = (key: string, en: string, ru: string, uz: string, required: boolean, hint: string, example: string): ImportColumn => ({ key, headers: { en, ru, uz }, required, hint, example });

export const IMPORT_COLUMNS: Record<ImportKind, readonly ImportColumn[]> = {
  mobilities: [
    col('reference', 'reference', 'номер', 'raqam', false, 'The office’s own number, if it had one; else one is made (NOM-<year>-I…)', 'NOM-2019-0042'),
    col('nomineeName', 'nominee name', 'ФИО участника', 'ishtirokchi F.I.Sh.', true, 'Full name', 'Dilnoza Karimova'),
    col('nomineeEmail', 'nominee email', 'эл. почта участника', 'ishtirokchi e-pochtasi', true, 'An address (with the partner, academic year and period it tells one mobility from another)', 'dilnoza.karimova@student.uni.example'),
    col('role', 'role', 'роль', 'roli', true, 'student, academic_staff or administrative_staff', 'student'),
    col('level', 'level', 'уровень', 'daraja', true, 'bachelor, master, doctoral or none (staff)', 'bachelor'),
    col('faculty', 'faculty', 'факультет', 'fakultet', true, 'The faculty’s id in Hamkor', 'physics'),
    col('department', 'department', 'кафедра', 'kafedra', true, 'The department’s id in Hamkor, within the faculty', 'general-physics'),
    col('direction', 'direction', 'направление', "yo'nalish", true, 'outgoing or incoming', 'outgoing'),
    col('partner', 'partner', 'партнёр', 'hamkor', true, 'The partner university’s name in any language (or its id); a name not registered yet is registered by the import', 'Osh State University'),
    col('country', 'country', 'страна', 'mamlakat', true, 'The partner’s country, ISO 3166-1 code', 'KG'),
    col('agreement', 'agreement', 'соглашение', 'shartnoma', true, 'The agreement’s reference (or id) it went under, registered or imported before', 'AGR-2018-0003'),
    col('programme', 'programme', 'программа', 'dastur', true, 'bilateral, erasmus_plus, government_scholarship or other', 'bilateral'),
    col('mobilityType', 'mobility type', 'тип мобильности', 'mobillik turi', true, 'semester_study, full_year_study, short_term, teaching, training or research', 'semester_study'),
    col('academicYear', 'academic year', 'учебный год', "o'quv yili", true, 'YYYY/YYYY (or YYYY-YYYY)', '2019/2020'),
    col('period', 'period', 'период', 'davr', true, 'first_semester, second_semester, full_year, summer or short_term', 'first_semester'),
    col('language', 'language', 'язык', 'til', true, 'ISO 639-1 code of the language of study or work', 'ru'),
    col('languageLevel', 'language level', 'уровень языка', 'til darajasi', true, 'CEFR: A1 … C2', 'B2'),
    col('status', 'status', 'статус', 'holat', false, 'completed (the default), declined_by_partner, withdrawn or rejected', 'completed'),
    col('actualStart', 'actual start', 'фактическое начало', 'haqiqiy boshlanish', false, 'dd.mm.yyyy or yyyy-mm-dd; with the actual end, for a completed mobility', '02.09.2019'),
    col('actualEnd', 'actual end', 'фактическое окончание', 'haqiqiy tugash', false, 'dd.mm.yyyy or yyyy-mm-dd', '31.01.2020'),
    // Last, so that older files and templates keep their columns' letters.
    col('format', 'format', 'формат', 'shakli', false, 'physical (the default), virtual or blended', 'physical'),
    col('plannedStart', 'planned start', 'плановое начало', 'rejadagi boshlanish', false, 'dd.mm.yyyy or yyyy-mm-dd, within the academic year and period; with the planned end, or neither (the period’s usual dates)', '01.09.2019'),
    col('plannedEnd', 'planned end', 'плановое окончание', 'rejadagi tugash', false, 'dd.mm.yyyy or yyyy-mm-dd', '31.01.2020'),
  ],
  agreements: [
    col('reference', 'reference', 'номер', 'raqam', false, 'The agreement’s number; else one is made (AGR-<year>-I…). Mobilities name it', 'AGR-2018-0003'),
    col('partner', 'partner', 'партнёр', 'hamkor', true, 'The partner university’s name in any language (or its id); a name not registered yet is registered by the import', 'Osh State University'),
    col('country', 'country', 'страна', 'mamlakat', true, 'ISO 3166-1 code', 'KG'),
    col('city', 'partner city', 'город партнёра', 'hamkor shahri', false, 'For a partner the import registers', 'Osh'),
    col('kind', 'kind', 'вид', 'turi', true, 'memorandum_of_understanding, cooperation_agreement, academic_mobility_agreement, erasmus_plus_iia, double_degree_agreement or research_agreement', 'academic_mobility_agreement'),
    col('scope', 'scope', 'сфера', 'soha', true, 'One or more of student_exchange, staff_exchange, joint_research, joint_laboratories, double_diplomas, conferences, internships, joint_curricula, joint_programmes, separated by ;', 'student_exchange; staff_exchange'),
    col('startDate', 'start date', 'дата начала', 'boshlanish sanasi', true, 'dd.mm.yyyy or yyyy-mm-dd', '01.09.2018'),
    col('endDate', 'end date', 'дата окончания', 'tugash sanasi', false, 'Empty for an open-ended agreement', '31.08.2023'),
    col('status', 'status', 'статус', 'holat', false, 'active or expired; empty: from the end date', 'expired'),
    col('faculty', 'faculty', 'факультет', 'fakultet', true, 'The initiating faculty’s id in Hamkor', 'physics'),
    col('coordinatorName', 'coordinator name', 'ФИО координатора', 'koordinator F.I.Sh.', true, 'Full name', 'Aziz Rakhimov'),
    col('coordinatorEmail', 'coordinator email', 'эл. почта координатора', 'koordinator e-pochtasi', true, 'An address', 'faculty@uni.example'),
    col('summary', 'summary', 'краткое содержание', 'qisqacha mazmuni', false, 'What it is about; empty: “Imported from <file>, row <n>”', 'Student and staff exchange in physics'),
  ],
};

/** How headers compare: case, spacing, `ё`/`е` and the Uzbek apostrophes aside. */
export function normaliseHeader(header: string): string {
  return header
    .replace(/^\uFEFF/, '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[‘’ʻʼ`']/g, '')
    .replace(/[\s_*]+/g, ' ')
    .trim();
}

const LOOKUP: Record<ImportKind, Map<string, string>> = {
  mobilities: lookup(IMPORT_COLUMNS.mobilities),
  agreements: lookup(IMPORT_COLUMNS.agreements),
};

function lookup(columns: readonly ImportColumn[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const c of columns) for (const h of [c.key, ...Object.values(c.headers)]) map.set(normaliseHeader(h), c.key);
  return map;
}

export type HeaderProblem = { row: 1; column: string } & ImportProblem;

/**
 * Which column of the file is which: `keys[i]` is the key of the file's i-th column (undefined for
 * a column the template does not have, reported). Missing required columns and a column given
 * twice are problems of row 1, each named.
 */
export function readHeader(kind: ImportKind, header: string[]): { keys: (string | undefined)[]; problems: HeaderProblem[] } {
  const problems: HeaderProblem[] = [];
  const seen = new Map<string, number>();
  const keys = header.map((h, i) => {
    const key = LOOKUP[kind].get(normaliseHeader(h));
    const column = columnName(i, h);
    if (!key) {
      if (normaliseHeader(h) !== '') problems.push({ row: 1, column, ...importProblem('unknownColumn', { header: h, kind, columns: IMPORT_COLUMNS[kind].map((c) => c.headers.en).join(', ') }) });
      return undefined;
    }
    if (seen.has(key)) {
      problems.push({ row: 1, column, ...importProblem('columnTwice', { header: h, other: seen.get(key)! + 1 }) });
      return undefined;
    }
    seen.set(key, i);
    return key;
  });
  for (const c of IMPORT_COLUMNS[kind]) {
    if (c.required && !seen.has(c.key)) problems.push({ row: 1, column: c.headers.en, ...importProblem('missingColumn', { header: c.headers.en, headerRu: c.headers.ru, headerUz: c.headers.uz }) });
  }
  return { keys, problems };
}

/** A column as the report names it: its letter as a spreadsheet shows it, and its header. */
export function columnName(index: number, header?: string): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return header ? `${letters} (${header})` : letters;
}

/** The template's rows: the header line in the chosen language, then one example row. */
export function templateRows(kind: ImportKind, language: Language): string[][] {
  const columns = IMPORT_COLUMNS[kind];
  return [columns.map((c) => c.headers[language]), columns.map((c) => c.example)];
}
