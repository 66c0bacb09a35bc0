/**
 * The imports' query parameters (POST /api/imports/dry-run and /apply take the file itself as the
 * body; GET /api/imports/template the template's kind, language and format). Unknown parameters
 * are refused, as the reports' are.
 */
import * as z from 'zod/mini';
import { LanguageSchema } from './common';

export const ImportKindSchema = z.enum(['mobilities', 'agreements']);

/** The file's name as the office chose it: shown in the report and kept in each item's history. */
const FileNameSchema = z
  .string()
  .check(z.trim(), z.minLength(1), z.maxLength(200), z.regex(/^[^\u0000-\u001f\u007f/\\]+$/, 'A file name without slashes or control characters'));

const importFields = { kind: ImportKindSchema, fileName: z._default(FileNameSchema, 'import.csv') };

export const ImportQuerySchema = z.strictObject({ ...importFields, validOnly: z.pipe(z._default(z.enum(['true', 'false']), 'false'), z.transform((v) => v === 'true')) });
export const ImportDryRunQuerySchema = z.strictObject(importFields);
export type ImportQuery = { kind: z.output<typeof ImportKindSchema>; fileName: string; validOnly?: boolean };

export const ImportTemplateQuerySchema = z.strictObject({ kind: ImportKindSchema, language: z._default(LanguageSchema, 'en'), format: z._default(z.enum(['csv', 'xlsx']), 'csv') });

/** What an import takes: CSV (UTF-8, or Windows-1251 detected) or an XLSX workbook, as the raw body. */
export const IMPORT_MEDIA_TYPES = ['text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'application/octet-stream'] as const;
