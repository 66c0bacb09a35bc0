/**
 * What every entry point needs, built once per process from the config: the table, the clock and
 * the logger. The notifier adds the mailer and the API the documents storage, each in its own
 * entry point, so only their bundles carry the SES or the S3 client. Tests build their own.
 */
import type { Config } from './config';
import { createDb, type CapacityMeter, type Db } from './db/client';
import { createLogger, type Logger } from './log';
import type { Mailer } from './mail/ses';
import type { Storage } from './storage/s3';

export type Deps = {
  config: Config;
  db: Db;
  clock: () => Date;
  log: Logger;
};

/**
 * The API's: the same, plus the documents storage. Only the API presigns document URLs, so only
 * its bundle carries the S3 client (built with `storageFor` in its entry point).
 */
export type ApiDeps = Deps & { storage: Storage };

/** The notifier's: the same, plus the mailer (`createSesMailer` in its entry point). */
export type NotifierDeps = Deps & { mailer: Mailer };

export function createDeps(config: Config, overrides: Partial<Omit<Deps, 'config'>> & { meter?: CapacityMeter } = {}): Deps {
  return {
    config,
    db: overrides.db ?? createDb({ tableName: config.tableName, region: config.region, endpoint: config.dynamoEndpoint, meter: overrides.meter }),
    clock: overrides.clock ?? (() => new Date()),
    log: overrides.log ?? createLogger(config.logLevel),
  };
}
