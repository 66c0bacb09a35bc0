/**
 * The files function: the same Hono app, given the XLSX writer and reader (exceljs) and the
 * memorandum's writer (docx, pdf-lib), behind the same HTTP API for `/api/exports/*`,
 * `/api/imports/*` and `/api/agreements/{id}/memorandum.*` only (infra/constructs/api.ts). Its own
 * function so that the API function's bundle, loaded on every cold start, carries none of them.
 */
import { handle } from 'hono/aws-lambda';
import { createApp } from '../api/app';
import { xlsxStream } from '../lib/exports/xlsx';
import { readXlsx } from '../lib/imports/xlsx-read';
import { writeMemorandum } from '../lib/memorandum/writer';
import { loadConfig } from '../lib/config';
import { createDeps } from '../lib/deps';
import { storageFor } from '../lib/storage/s3';

const deps = createDeps(loadConfig());
export const handler = handle(createApp({ ...deps, storage: storageFor(deps.config) }, { xlsx: xlsxStream, xlsxRead: readXlsx, memorandum: writeMemorandum }));
