/**
 * The one reader of the environment. Parsed once at module load by each entry point, so a bad
 * deploy fails at cold start with a clear message instead of on the tenth request.
 */
import * as z from 'zod';

const csv = z
  .string()
  .transform((s) => s.split(',').map((x) => x.trim().toLowerCase()).filter(Boolean));

const ConfigSchema = z.object({
  TABLE_NAME: z.string().min(1),
  AWS_REGION: z.string().min(1).default('eu-central-1'),
  /** Only set locally: DynamoDB Local and the local SES server. */
  DYNAMODB_ENDPOINT: z.url().optional(),
  SES_ENDPOINT: z.url().optional(),
  /** Only set locally: the S3 stand-in (s3rver). */
  S3_ENDPOINT: z.url().optional(),
  /**
   * Where documents go. Only the API stores documents, so only its function is given the bucket
   * (and a grant on it); the API refuses to start without it (`documentsBucketOf`).
   */
  DOCUMENTS_BUCKET: z.string().min(3).max(63).regex(/^[a-z0-9][a-z0-9.-]+[a-z0-9]$/, 'expected an S3 bucket name').optional(),
  /** The address people open; links in emails are built on it. */
  APP_URL: z.url().transform((u) => u.replace(/\/+$/, '')),
  MAIL_FROM: z.string().min(3),
  /** Sign-in is offered only to directory addresses on these domains. */
  ALLOWED_DOMAINS: csv.default(['uni.example']),
  APPROVAL_LINK_DAYS: z.coerce.number().int().min(1).max(60).default(14),
  SIGNIN_LINK_MINUTES: z.coerce.number().int().min(1).max(120).default(15),
  SESSION_HOURS: z.coerce.number().int().min(1).max(24 * 30).default(12),
  REMINDER_EVERY_DAYS: z.coerce.number().int().min(1).max(60).default(3),
  ESCALATE_AFTER_REMINDERS: z.coerce.number().int().min(1).max(20).default(2),
  /** Sign-in link requests allowed per address and per client in one window. */
  LINK_REQUESTS_PER_ADDRESS: z.coerce.number().int().min(1).default(5),
  LINK_REQUESTS_PER_CLIENT: z.coerce.number().int().min(1).default(30),
  LINK_REQUEST_WINDOW_MINUTES: z.coerce.number().int().min(1).default(15),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
});

export type Config = {
  tableName: string;
  region: string;
  dynamoEndpoint?: string;
  sesEndpoint?: string;
  s3Endpoint?: string;
  documentsBucket?: string;
  appUrl: string;
  mailFrom: string;
  allowedDomains: string[];
  approvalLinkDays: number;
  signinLinkMinutes: number;
  sessionHours: number;
  reminderEveryDays: number;
  escalateAfterReminders: number;
  linkRequestsPerAddress: number;
  linkRequestsPerClient: number;
  linkRequestWindowMinutes: number;
  logLevel: 'debug' | 'info' | 'warn' | 'error' | 'silent';
};

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

function parse<S extends z.ZodType>(schema: S, env: Record<string, string | undefined>): z.infer<S> {
  const result = schema.safeParse(env);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return result.data;
}

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const e = parse(ConfigSchema, env);
  return {
    tableName: e.TABLE_NAME,
    region: e.AWS_REGION,
    dynamoEndpoint: e.DYNAMODB_ENDPOINT,
    sesEndpoint: e.SES_ENDPOINT,
    s3Endpoint: e.S3_ENDPOINT,
    documentsBucket: e.DOCUMENTS_BUCKET,
    appUrl: e.APP_URL,
    mailFrom: e.MAIL_FROM,
    allowedDomains: e.ALLOWED_DOMAINS,
    approvalLinkDays: e.APPROVAL_LINK_DAYS,
    signinLinkMinutes: e.SIGNIN_LINK_MINUTES,
    sessionHours: e.SESSION_HOURS,
    reminderEveryDays: e.REMINDER_EVERY_DAYS,
    escalateAfterReminders: e.ESCALATE_AFTER_REMINDERS,
    linkRequestsPerAddress: e.LINK_REQUESTS_PER_ADDRESS,
    linkRequestsPerClient: e.LINK_REQUESTS_PER_CLIENT,
    linkRequestWindowMinutes: e.LINK_REQUEST_WINDOW_MINUTES,
    logLevel: e.LOG_LEVEL,
  };
}

/** The documents bucket, for the one entry point that stores documents (the API): missing is a bad deploy. */
export function documentsBucketOf(config: Config): string {
  if (!config.documentsBucket) throw new ConfigError('Invalid configuration:\n  DOCUMENTS_BUCKET: missing (the API stores documents there)');
  return config.documentsBucket;
}

const port = (fallback: number) => z.coerce.number().int().min(1).max(65535).default(fallback);

const LocalSchema = z.object({
  PORT: port(3000),
  DYNAMODB_PORT: port(8000),
  SES_PORT: port(8005),
  /** s3rver, the local stand-in for S3 (documents; kept under DATA_DIR/s3). */
  S3_PORT: port(8010),
  DATA_DIR: z.string().min(1).default('.data'),
  /** How often the local stand-in for EventBridge ticks the scheduler. */
  SCHEDULER_TICK_SECONDS: z.coerce.number().int().min(1).default(60),
});

export type LocalConfig = {
  port: number;
  dynamoPort: number;
  sesPort: number;
  s3Port: number;
  dataDir: string;
  schedulerTickSeconds: number;
};

/** The laptop stack behind `npm start`: ports and the data folder, with documented defaults. */
export function loadLocalConfig(env: Record<string, string | undefined> = process.env): LocalConfig {
  const e = parse(LocalSchema, env);
  return { port: e.PORT, dynamoPort: e.DYNAMODB_PORT, sesPort: e.SES_PORT, s3Port: e.S3_PORT, dataDir: e.DATA_DIR, schedulerTickSeconds: e.SCHEDULER_TICK_SECONDS };
}

/**
 * The app's config on a laptop: the same variables as in AWS, with local endpoints and safe
 * defaults filled in, so `npm start` needs no environment at all.
 */
export function localAppConfig(local: LocalConfig & { tableName?: string }, env: Record<string, string | undefined> = process.env): Config {
  return loadConfig({
    TABLE_NAME: local.tableName ?? 'hamkor',
    AWS_REGION: 'eu-central-1',
    DYNAMODB_ENDPOINT: `http://127.0.0.1:${local.dynamoPort}`,
    SES_ENDPOINT: `http://127.0.0.1:${local.sesPort}`,
    S3_ENDPOINT: `http://127.0.0.1:${local.s3Port}`,
    DOCUMENTS_BUCKET: 'hamkor-documents',
    APP_URL: `http://localhost:${local.port}`,
    MAIL_FROM: 'Hamkor <hamkor@uni.example>',
    ...env,
  });
}
