/**
 * The `integration`, `e2e` and `load` projects' global setup: starts DynamoDB Local (in memory), the
 * local SES server and s3rver (on a temporary folder) on free ports, and hands their addresses to
 * the test files. Each file then creates its own table, documents bucket and sender address, so
 * files never see each other's items, documents or emails.
 *
 * Vitest runs a global setup once per project, and `npm test` runs both projects in one process:
 * the services are kept on `globalThis` (the module itself is loaded once per project) and
 * counted, so both projects share one set, started by the first and stopped by the last.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startDynamoLocal, startS3Local, startSesLocal } from '../../infra/local/services';

declare module 'vitest' {
  export interface ProvidedContext {
    dynamoEndpoint: string;
    sesUrl: string;
    s3Endpoint: string;
  }
}

type Services = { dynamoEndpoint: string; sesUrl: string; s3Endpoint: string; stop(): Promise<void> };
type Shared = { services: Promise<Services>; users: number };

const KEY = Symbol.for('hamkor.tests.services');
const store = globalThis as typeof globalThis & { [KEY]?: Shared };

async function startServices(): Promise<Services> {
  // No ports given: SES and s3rver listen on ports the OS gives; DynamoDB Local (a Java child that
  // cannot say which port it got) tries fresh free ports until one is still free when it listens.
  const dynamo = await startDynamoLocal({ dataDir: null });
  const ses = await startSesLocal();
  const s3Directory = mkdtempSync(join(tmpdir(), 'hamkor-s3-'));
  const s3 = await startS3Local({ directory: s3Directory });
  return {
    dynamoEndpoint: dynamo.url,
    sesUrl: ses.url,
    s3Endpoint: s3.url,
    async stop() {
      await s3.stop();
      rmSync(s3Directory, { recursive: true, force: true });
      await ses.stop();
      await dynamo.stop();
    },
  };
}

export default async function setup(project: TestProject) {
  const shared = (store[KEY] ??= { services: startServices(), users: 0 });
  shared.users += 1;
  const services = await shared.services;
  // The load project (20,000-row imports, a throttled notifier) runs last, when the shared DynamoDB
  // Local has served every other file and is many times slower than fresh (a 5,000-row import took
  // 486 s there against 20 s alone): it gets a DynamoDB Local of its own, idle until then.
  const own = project.name === 'load' ? await startDynamoLocal({ dataDir: null }) : undefined;
  project.provide('dynamoEndpoint', own?.url ?? services.dynamoEndpoint);
  project.provide('sesUrl', services.sesUrl);
  project.provide('s3Endpoint', services.s3Endpoint);
  return async () => {
    await own?.stop();
    shared.users -= 1;
    if (shared.users > 0) return;
    delete store[KEY];
    await services.stop();
  };
}
