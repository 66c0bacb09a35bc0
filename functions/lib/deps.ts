/**
 * What every entry point needs, built once per process from the config: the table, the mailer,
 * the clock and the logger. Tests build their own with a table of their own.
 */
import type { Config } from './config';
import { createDb, type CapacityMeter, type Db } from './db/client';
import { createLogger, type Logger } from './log';
import { createSesMailer, type Mailer } from './mail/ses';
import type { Storage } from './storage/s3';

export type Deps = {
  config: Config;
  db: Db;
  mailer: Mailer;
  clock: () => Date;
  log: Logger;
};

/**
 * The API's: the same, plus the documents storage. Only the API presigns document URLs, so only
 * its bundle carries the S3 client (built with `storageFor` in its entry point).
 */
export type ApiDeps = Deps & { storage: Storage };

export function createDeps(config: Config, overrides: Partial<Omit<Deps, 'config'>> & { meter?: CapacityMeter } = {}): Deps {
  return {
    config,
    db: overrides.db ?? createDb({ tableName: config.tableName, region: config.region, endpoint: config.dynamoEndpoint, meter: overrides.meter }),
    mailer: overrides.mailer ?? createSesMailer({ region: config.region, endpoint: config.sesEndpoint, from: config.mailFrom }),
    clock: overrides.clock ?? (() => new Date()),
    log: overrides.log ?? createLogger(config.logLevel),
  };
}
