/**
 * Hamkor itself on a laptop, given running DynamoDB, SES and S3 endpoints: the table, the
 * documents bucket (with the CORS rule the browser's direct uploads need), the server,
 * the stream poller feeding the notifier handler, the scheduler timer. `npm start` and the
 * integration tests both use this, so the tests exercise exactly what a person runs.
 */
import type { Config } from '../../functions/lib/config';
import { createDeps, type ApiDeps, type NotifierDeps } from '../../functions/lib/deps';
import { createSesMailer } from '../../functions/lib/mail/ses';
import { latestStreamArn, ensureTable } from '../../functions/lib/db/table-admin';
import { pollStream, type StreamPoller } from '../../functions/lib/db/stream-poller';
import { processStream } from '../../functions/notifier/notify';
import { ensureBucket } from '../../functions/lib/storage/bucket-admin';
import { storageFor } from '../../functions/lib/storage/s3';
import { tick } from '../../functions/scheduler/tick';
import { seedIfEmpty, type Seed } from './seed';
import { backfillFacts } from '../../functions/lib/services/report-facts';
import { backfillStudyPlanSummaries } from '../../functions/lib/services/study-plans';
import { startLocalServer, type HeldPort, type LocalServer } from './server';
import type { AppOptions } from '../../functions/api/app';

export type LocalDeps = ApiDeps & NotifierDeps;

export type AppStack = {
  deps: LocalDeps;
  server: LocalServer;
  poller: StreamPoller;
  seeded: boolean;
  stop(): Promise<void>;
};

export async function startAppStack(opts: {
  config: Config;
  /** A port to listen on, or one already held (tests: `holdPort`, so no one takes it meanwhile). */
  port: number | HeldPort;
  seed?: Seed;
  schedulerTickSeconds?: number;
  deps?: Partial<Omit<ApiDeps & NotifierDeps, 'config'>>;
  /** Lets a test wrap the notifier (to inject a fault); defaults to the real handler. */
  notifier?: typeof processStream;
  /** The tests' check of every API response against the contract (shared/api-contract.ts). */
  contractCheck?: AppOptions['contractCheck'];
}): Promise<AppStack> {
  // On a laptop one process is every function: the API's storage and the notifier's mailer together.
  const deps: LocalDeps = {
    ...createDeps(opts.config, opts.deps),
    storage: opts.deps?.storage ?? storageFor(opts.config),
    mailer: opts.deps?.mailer ?? createSesMailer({ region: opts.config.region, endpoint: opts.config.sesEndpoint, from: opts.config.mailFrom, maxSendRate: opts.config.sesMaxSendRate }),
  };
  await ensureTable(deps.db);
  await ensureBucket(deps.storage, { corsOrigins: [opts.config.appUrl] });
  const seeded = await seedIfEmpty(deps.db, opts.seed);
  // Every start: the seed's agreements, and items from before the report facts, get theirs
  // (idempotent; on a table whose facts are current it reads and writes nothing new).
  await backfillFacts(deps);
  // And study plans saved before the office's list showed them get their summary (idempotent as well).
  await backfillStudyPlanSummaries(deps);
  const notifier = opts.notifier ?? processStream;
  const poller = pollStream({
    endpoint: opts.config.dynamoEndpoint!,
    region: opts.config.region,
    streamArn: await latestStreamArn(deps.db),
    deliver: (event) => notifier(deps, event),
    onError: (error) => deps.log.error('stream poll failed', { error: error instanceof Error ? error.message : String(error) }),
    onDiscard: (sequenceNumbers) => deps.log.error('stream records given up after their retries (in AWS: the dead-letter queue)', { sequenceNumbers }),
  });
  const server = await startLocalServer(deps, opts.port, undefined, { contractCheck: opts.contractCheck });
  const timer = opts.schedulerTickSeconds
    ? setInterval(() => tick(deps).catch((error) => deps.log.error('scheduler tick failed', { error: String(error) })), opts.schedulerTickSeconds * 1000)
    : undefined;
  return {
    deps,
    server,
    poller,
    seeded,
    async stop() {
      if (timer) clearInterval(timer);
      await server.close();
      await poller.stop();
    },
  };
}
