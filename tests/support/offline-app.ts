/**
 * The API app asked in process (`app.request`) with real config and clients that are never used:
 * for tests of what the app declares (its OpenAPI document, its routes' contracts), which touch
 * neither the table nor the bucket, so nothing needs to be started.
 */
import { createApp } from '../../functions/api/app';
import { loadConfig } from '../../functions/lib/config';
import { createDeps } from '../../functions/lib/deps';
import { storageFor } from '../../functions/lib/storage/s3';

const config = loadConfig({
  TABLE_NAME: 'hamkor-offline',
  DOCUMENTS_BUCKET: 'hamkor-offline',
  APP_URL: 'http://localhost:3000',
  MAIL_FROM: 'hamkor@uni.example',
  LOG_LEVEL: 'silent',
});

export const offlineApp = createApp({ ...createDeps(config), storage: storageFor(config) });
