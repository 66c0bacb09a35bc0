/**
 * The imports' query parameters (POST /api/imports/dry-run and /apply take the file itself as the
 * body; GET /api/imports/template the template's kind, language and format). Unknown parameters
 * are refused, as the reports' are.
 */
import * as z from 'zod';
import { LanguageSchema } from './common';

export const ImportKindSchema = z.enum(['mobilities', 'agreements']);

/** The file's name as the office chose it: shown in the report and kept in each item's history. */
const FileNameSchema = z
  .string()
  .trim()
  .min(1)
  .max(200)
  .regex(/^[^\u0000-\u001f\u007f/\\]+$/, 'A file name without slashes or control characters');

const importFields = { kind: ImportKindSchema, fileName: FileNameSchema.default('import.csv') };

export const ImportQuerySchema = z.object({ ...importFields, validOnly: z.enum(['true', 'false']).default('false').transform((v) => v === 'true') }).strict();
export const ImportDryRunQuerySchema = z.object(importFields).strict();
export type ImportQuery = { kind: z.output<typeof ImportKindSchema>; fileName: string; validOnly?: boolean };

export const ImportTemplateQuerySchema = z.object({ kind: ImportKindSchema, language: LanguageSchema.default('en'), format: z.enum(['csv', 'xlsx']).default('csv') }).strict();

/** What an import takes: CSV (UTF-8, or Windows-1251 detected) or an XLSX workbook, as the raw body. */
export const IMPORT_MEDIA_TYPES = ['text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'application/octet-stream'] as const;
