/**
 * Starts DynamoDB Local (in memory) and the local SES server once for the whole run, on free
 * ports, and hands their addresses to the test files. Each file then creates its own table and
 * sender address, so files never see each other's items or emails.
 */
import type { TestProject } from 'vitest/node';
import { freePort, startDynamoLocal, startSesLocal } from '../../infra/local/services';

declare module 'vitest' {
  export interface ProvidedContext {
    dynamoEndpoint: string;
    sesUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const dynamo = await startDynamoLocal({ port: await freePort(), dataDir: null });
  const ses = await startSesLocal({ port: await freePort() });
  project.provide('dynamoEndpoint', dynamo.url);
  project.provide('sesUrl', ses.url);
  return async () => {
    await ses.stop();
    await dynamo.stop();
  };
}
