/**
 * Starts DynamoDB Local (in memory), the local SES server and s3rver (on a temporary folder) once
 * for the whole run, on free ports, and hands their addresses to the test files. Each file then
 * creates its own table, documents bucket and sender address, so files never see each other's
 * items, documents or emails. Builds the web pages (web/dist) once, for the browser tests.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { freePort, startDynamoLocal, startS3Local, startSesLocal } from '../../infra/local/services';
import { buildWeb } from '../../infra/web-site';

declare module 'vitest' {
  export interface ProvidedContext {
    dynamoEndpoint: string;
    sesUrl: string;
    s3Endpoint: string;
  }
}

export default async function setup(project: TestProject) {
  await buildWeb();
  const dynamo = await startDynamoLocal({ port: await freePort(), dataDir: null });
  const ses = await startSesLocal({ port: await freePort() });
  project.provide('dynamoEndpoint', dynamo.url);
  const s3Directory = mkdtempSync(join(tmpdir(), 'hamkor-s3-'));
  const s3 = await startS3Local({ port: await freePort(), directory: s3Directory });
  project.provide('sesUrl', ses.url);
  project.provide('s3Endpoint', s3.url);
  return async () => {
    await s3.stop();
    rmSync(s3Directory, { recursive: true, force: true });
    await ses.stop();
    await dynamo.stop();
  };
}
