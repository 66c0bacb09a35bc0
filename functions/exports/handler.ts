/**
 * The files function: the files routes (functions/api/file-routes.ts: exports, imports, EWP IIA
 * files, the memorandum's text) in the API's shell, given the XLSX writer and reader (exceljs) and
 * the memorandum's writer (docx, pdf-lib). Behind the same HTTP API
 * for their paths only (infra/constructs/api.ts). Its own function so that the API function's
 * bundle, loaded on every cold start, carries none of them.
 */
import { handle } from 'hono/aws-lambda';
import { fileRoutes } from '../api/file-routes';
import { ApiRouter } from '../api/router';
import { appAround } from '../api/shell';
import { xlsxStream } from '../lib/exports/xlsx';
import { readXlsx } from '../lib/imports/xlsx-read';
import { writeInvitation, writeMemorandum } from '../lib/memorandum/writer';
import { loadConfig } from '../lib/config';
import { createDeps } from '../lib/deps';
import { storageFor } from '../lib/storage/s3';

const deps = createDeps(loadConfig());
export const handler = handle(appAround({ ...deps, storage: storageFor(deps.config) }, fileRoutes(new ApiRouter(), { xlsx: xlsxStream, xlsxRead: readXlsx, memorandum: writeMemorandum, invitation: writeInvitation })));
