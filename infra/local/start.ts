/**
 * `npm start`: DynamoDB Local, the local SES server, s3rver (documents) and Hamkor on one laptop,
 * the pages built with Vite first (into web/dist). Ports and the data folder come from PORT,
 * DYNAMODB_PORT, SES_PORT, S3_PORT and DATA_DIR.
 */
import { join } from 'node:path';
import { localAppConfig, loadLocalConfig } from '../../functions/lib/config';
import { buildWeb } from '../web-site';
import { startAppStack } from './app-stack';
import { loadSeed, withDemoContacts, withDemoPeople } from './seed';
import { loadHistory } from './history';
import { assertPortFree, checkJava, LocalStackError, startDynamoLocal, startS3Local, startSesLocal, type RunningService } from './services';

async function main() {
  const local = loadLocalConfig();
  checkJava();
  await assertPortFree(local.port, 'PORT');
  await assertPortFree(local.dynamoPort, 'DYNAMODB_PORT');
  await assertPortFree(local.sesPort, 'SES_PORT');
  await assertPortFree(local.s3Port, 'S3_PORT');

  const running: RunningService[] = [];
  let stack: Awaited<ReturnType<typeof startAppStack>> | undefined;
  const shutdown = async (code: number) => {
    process.stdout.write('\nStopping Hamkor…\n');
    await stack?.stop().catch(() => undefined);
    for (const service of running.reverse()) await service.stop().catch(() => undefined);
    process.exit(code);
  };
  process.once('SIGINT', () => void shutdown(0));
  process.once('SIGTERM', () => void shutdown(0));

  try {
    process.stdout.write('Building the web pages…\n');
    await buildWeb();
    running.push(await startDynamoLocal({ port: local.dynamoPort, dataDir: join(local.dataDir, 'dynamodb') }));
    const ses = await startSesLocal({ port: local.sesPort });
    running.push(ses);
    const s3 = await startS3Local({ port: local.s3Port, directory: join(local.dataDir, 's3') });
    running.push(s3);
    const seed = withDemoPeople(withDemoContacts(loadSeed()));
    stack = await startAppStack({ config: localAppConfig(local), port: local.port, seed, schedulerTickSeconds: local.schedulerTickSeconds });
    // The demo office's past, so the statistics have ten years to show (idempotent: a restart adds nothing).
    process.stdout.write('Loading ten years of the demo office’s history (infra/local/seed/history-*.csv)…\n');
    const started = Date.now();
    const history = await loadHistory(stack.deps);
    process.stdout.write(`  ${history.created} records imported, ${history.alreadyThere} already there, in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
    const app = stack.server.url.replace('127.0.0.1', 'localhost');
    const lines = [
      '',
      'Hamkor is running.',
      `  App:      ${app}`,
      `  Mailbox:  ${ses.url}   (every email the app sends lands here)`,
      `  API:      ${app}/openapi.json`,
      `  S3:       ${s3.url}   (documents, kept in ${join(local.dataDir, 's3')})`,
      `  Data:     ${join(local.dataDir, 'dynamodb')}${stack.seeded ? '   (new table, demo university seeded)' : ''}`,
      '',
      'Demo addresses (sign in at the app with any of them; the link arrives in the mailbox):',
      ...seed.people.map((p) => `  ${p.email.padEnd(28)} ${p.name.padEnd(20)} ${p.roles.map((r) => r.role).join(', ')}`),
      '',
      'Press Ctrl-C to stop everything.',
      '',
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
  } catch (error) {
    process.stderr.write(`${error instanceof LocalStackError ? error.message : error instanceof Error ? error.stack : String(error)}\n`);
    await shutdown(1);
  }
}

main().catch((error) => {
  process.stderr.write(`${error instanceof LocalStackError ? error.message : error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
