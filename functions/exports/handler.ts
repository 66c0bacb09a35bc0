/**
 * The files function: the same Hono app, given the XLSX writer and reader (exceljs), behind the
 * same HTTP API for `/api/exports/*` and `/api/imports/*` only (infra/constructs/api.ts). Its own
 * function so that the API function's bundle, loaded on every cold start, does not carry a
 * spreadsheet library.
 */
import { handle } from 'hono/aws-lambda';
import { createApp } from '../api/app';
import { xlsxStream } from '../lib/exports/xlsx';
import { readXlsx } from '../lib/imports/xlsx-read';
import { loadConfig } from '../lib/config';
import { createDeps } from '../lib/deps';
import { storageFor } from '../lib/storage/s3';

const deps = createDeps(loadConfig());
export const handler = handle(createApp({ ...deps, storage: storageFor(deps.config) }, { xlsx: xlsxStream, xlsxRead: readXlsx }));
