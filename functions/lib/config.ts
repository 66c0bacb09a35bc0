/**
 * The one reader of the environment. Parsed once at module load by each entry point, so a bad
 * deploy fails at cold start with a clear message instead of on the tenth request.
 */
// zod/mini: the same validation as the classic API, in a form esbuild can tree-shake, so the
// functions that validate nothing else (notifier, scheduler, bounces) do not ship all of zod.
import * as z from 'zod/mini';

/** An integer read from a variable, within bounds, with a default when unset. */
const integer = (min: number, max: number, fallback: number) =>
  z._default(z.pipe(z.coerce.number(), z.int().check(z.minimum(min), z.maximum(max))), fallback);

/** A positive number (not only whole: the SES sandbox's 1 a second shared by two functions is ½). */
const rate = (max: number, fallback: number) =>
  z._default(z.pipe(z.coerce.number(), z.number().check(z.positive(), z.maximum(max))), fallback);

const csv = z.pipe(
  z.string(),
  z.transform((s: string) => s.split(',').map((x) => x.trim().toLowerCase()).filter(Boolean)),
);

const ConfigSchema = z.object({
  TABLE_NAME: z.string().check(z.minLength(1)),
  AWS_REGION: z._default(z.string().check(z.minLength(1)), 'eu-central-1'),
  /** Only set locally: DynamoDB Local and the local SES server. */
  DYNAMODB_ENDPOINT: z.optional(z.url()),
  SES_ENDPOINT: z.optional(z.url()),
  /** Only set locally: the S3 stand-in (s3rver). */
  S3_ENDPOINT: z.optional(z.url()),
  /**
   * Where documents go. Only the API stores documents, so only its function is given the bucket
   * (and a grant on it); the API refuses to start without it (`documentsBucketOf`).
   */
  DOCUMENTS_BUCKET: z.optional(z.string().check(z.minLength(3), z.maxLength(63), z.regex(/^[a-z0-9][a-z0-9.-]+[a-z0-9]$/, 'expected an S3 bucket name'))),
  /** The address people open; links in emails are built on it. */
  APP_URL: z.pipe(z.url(), z.transform((u: string) => u.replace(/\/+$/, ''))),
  MAIL_FROM: z.string().check(z.minLength(3)),
  /** Sign-in is offered only to directory addresses on these domains. */
  ALLOWED_DOMAINS: z._default(csv, ['uni.example']),
  APPROVAL_LINK_DAYS: integer(1, 60, 14),
  SIGNIN_LINK_MINUTES: integer(1, 120, 15),
  SESSION_HOURS: integer(1, 24 * 30, 12),
  REMINDER_EVERY_DAYS: integer(1, 60, 3),
  ESCALATE_AFTER_REMINDERS: integer(1, 20, 2),
  /**
   * At most one sign-in email per address in this many seconds. Requests for the address in
   * between are answered as any other and dropped: a stranger asking for someone's link can
   * neither lock them out nor flood their mailbox.
   */
  SIGNIN_RESEND_SECONDS: integer(1, 3600, 60),
  /**
   * Sign-in link requests one client (the viewer's address; an IPv6 /64) may make in one window,
   * beyond which it is answered 429. Sized for a campus NAT, where hundreds of people share one
   * address: 300 in 10 minutes lets a whole office sign in at the start of term, while one
   * address still cannot send more than a few hundred emails to a few hundred people.
   */
  LINK_REQUESTS_PER_CLIENT: integer(1, Number.MAX_SAFE_INTEGER, 300),
  LINK_REQUEST_WINDOW_MINUTES: integer(1, 24 * 60, 10),
  /**
   * Set in AWS only (the API construct, from a Secrets Manager secret): CloudFront sends it in the
   * X-Origin-Verify header, and the API refuses every request without it, so nobody reaches the
   * API but through CloudFront, and CloudFront's CloudFront-Viewer-Address can be trusted.
   * Unset on a laptop and in tests: requests come straight to the local server.
   */
  ORIGIN_VERIFY_SECRET: z.optional(z.string().check(z.minLength(32))),
  /**
   * Emails a second this process sends at most. SES's account limit (14/s by default out of the
   * sandbox) shared by the notifier's concurrent instances: CDK sets it to the account's rate
   * divided by the notifier's reserved concurrency (infra/constructs/notifier.ts).
   */
  SES_MAX_SEND_RATE: rate(1000, 14),
  LOG_LEVEL: z._default(z.enum(['debug', 'info', 'warn', 'error', 'silent']), 'info'),
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
  signinResendSeconds: number;
  linkRequestsPerClient: number;
  linkRequestWindowMinutes: number;
  originVerifySecret?: string;
  sesMaxSendRate: number;
  logLevel: 'debug' | 'info' | 'warn' | 'error' | 'silent';
};

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

function parse<S extends z.ZodMiniType>(schema: S, env: Record<string, string | undefined>): z.infer<S> {
  const result = z.safeParse(schema, env);
  if (!result.success) {
    const lines = result.error.issues.map((i: { path: PropertyKey[]; message: string }) => `  ${i.path.map(String).join('.')}: ${i.message}`);
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
    signinResendSeconds: e.SIGNIN_RESEND_SECONDS,
    linkRequestsPerClient: e.LINK_REQUESTS_PER_CLIENT,
    linkRequestWindowMinutes: e.LINK_REQUEST_WINDOW_MINUTES,
    originVerifySecret: e.ORIGIN_VERIFY_SECRET,
    sesMaxSendRate: e.SES_MAX_SEND_RATE,
    logLevel: e.LOG_LEVEL,
  };
}

/** The documents bucket, for the one entry point that stores documents (the API): missing is a bad deploy. */
export function documentsBucketOf(config: Config): string {
  if (!config.documentsBucket) throw new ConfigError('Invalid configuration:\n  DOCUMENTS_BUCKET: missing (the API stores documents there)');
  return config.documentsBucket;
}

const port = (fallback: number) => integer(1, 65535, fallback);

const LocalSchema = z.object({
  PORT: port(3000),
  DYNAMODB_PORT: port(8000),
  SES_PORT: port(8005),
  /** s3rver, the local stand-in for S3 (documents; kept under DATA_DIR/s3). */
  S3_PORT: port(8010),
  DATA_DIR: z._default(z.string().check(z.minLength(1)), '.data'),
  /** How often the local stand-in for EventBridge ticks the scheduler. */
  SCHEDULER_TICK_SECONDS: integer(1, Number.MAX_SAFE_INTEGER, 60),
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
