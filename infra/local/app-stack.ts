/**
 * Hamkor itself on a laptop, given running DynamoDB and SES endpoints: the table, the server,
 * the stream poller feeding the notifier handler, the scheduler timer. `npm start` and the
 * integration tests both use this, so the tests exercise exactly what a person runs.
 */
import type { Config } from '../../functions/lib/config';
import { createDeps, type Deps } from '../../functions/lib/deps';
import { latestStreamArn, ensureTable } from '../../functions/lib/db/table-admin';
import { pollStream, type StreamPoller } from '../../functions/lib/db/stream';
import { processStream } from '../../functions/notifier/notify';
import { tick } from '../../functions/scheduler/tick';
import { seedIfEmpty, type Seed } from './seed';
import { startLocalServer, type LocalServer } from './server';

export type AppStack = {
  deps: Deps;
  server: LocalServer;
  poller: StreamPoller;
  seeded: boolean;
  stop(): Promise<void>;
};

export async function startAppStack(opts: {
  config: Config;
  port: number;
  seed?: Seed;
  schedulerTickSeconds?: number;
  deps?: Partial<Omit<Deps, 'config'>>;
  /** Lets a test wrap the notifier (to inject a fault); defaults to the real handler. */
  notifier?: typeof processStream;
}): Promise<AppStack> {
  const deps = createDeps(opts.config, opts.deps);
  await ensureTable(deps.db);
  const seeded = await seedIfEmpty(deps.db, opts.seed);
  const notifier = opts.notifier ?? processStream;
  const poller = pollStream({
    endpoint: opts.config.dynamoEndpoint!,
    region: opts.config.region,
    streamArn: await latestStreamArn(deps.db),
    deliver: (event) => notifier(deps, event),
    onError: (error) => deps.log.error('stream poll failed', { error: error instanceof Error ? error.message : String(error) }),
  });
  const server = await startLocalServer(deps, opts.port);
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
