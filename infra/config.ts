/**
 * The deploy configuration: what an operator chooses for one installation, read from `HAMKOR_*`
 * environment variables or CDK context (`cdk.json` or `-c key=value`), and validated with zod at
 * synth so that a typo fails `cdk synth` with a clear message instead of a broken deployment.
 *
 * A variable wins over context: `cdk.json` carries a placeholder installation so that synth works
 * out of the box, and with context first those placeholders would silently shadow the variables.
 *
 * Nothing here is a secret: the template and the repository must never hold one.
 */
import * as z from 'zod';

/** Where each setting can come from: its CDK context key and its environment variable. */
export const deploySettings = {
  stage: { context: 'stage', env: 'HAMKOR_STAGE' },
  appDomain: { context: 'appDomain', env: 'HAMKOR_APP_DOMAIN' },
  senderAddress: { context: 'senderAddress', env: 'HAMKOR_SENDER_ADDRESS' },
  allowedDomains: { context: 'allowedDomains', env: 'HAMKOR_ALLOWED_DOMAINS' },
  adminEmails: { context: 'adminEmails', env: 'HAMKOR_ADMIN_EMAILS' },
  certificateArn: { context: 'certificateArn', env: 'HAMKOR_CERTIFICATE_ARN' },
  region: { context: 'region', env: 'HAMKOR_REGION' },
  account: { context: 'account', env: 'HAMKOR_ACCOUNT' },
} as const;

type SettingName = keyof typeof deploySettings;

const hostname = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/, 'expected a domain name such as hamkor.uni.example (no scheme, no path)');

const email = z.string().trim().toLowerCase().pipe(z.email('expected an email address such as hamkor@uni.example'));

/** A list given either as a JSON array (cdk.json) or as a comma-separated string (`-c`, env). */
function listOf<T extends z.ZodType>(item: T) {
  return z.preprocess(
    (value) => (typeof value === 'string' ? value.split(',').map((s) => s.trim()).filter(Boolean) : value),
    z.array(item).min(1, 'expected at least one value (comma-separated)'),
  );
}

export const DeployConfigSchema = z.object({
  /** Names the stack (`Hamkor-<stage>`) so that several installations can share an account. */
  stage: z
    .string()
    .trim()
    .regex(/^[a-z][a-z0-9-]{0,19}$/, 'expected lower-case letters, digits and dashes, starting with a letter, at most 20 characters (e.g. prod)'),
  /** The host people open; links in emails are built on `https://<appDomain>`. */
  appDomain: hostname,
  /** The From address of every email; its domain (or the address itself) is the SES identity. */
  senderAddress: email,
  /** Sign-in is offered only to directory addresses on these domains. */
  allowedDomains: listOf(hostname),
  /** The first administrators; they also receive the operational alarms. */
  adminEmails: listOf(email),
  /**
   * The ACM certificate (in us-east-1, as CloudFront requires) that covers `appDomain`. Without
   * it CloudFront answers only on its own cloudfront.net name; synth warns.
   */
  certificateArn: z
    .string()
    .trim()
    .regex(/^arn:aws[a-z-]*:acm:us-east-1:\d{12}:certificate\/[0-9a-f-]+$/, 'expected the ARN of an ACM certificate in us-east-1 (CloudFront only uses certificates from there)')
    .optional(),
  /**
   * The AWS region: where SES sends from, so a deliberate choice of the installation.
   * Unset: the CLI's region (`CDK_DEFAULT_REGION`), else eu-central-1.
   */
  region: z
    .string()
    .trim()
    .regex(/^[a-z]{2}(-gov)?-[a-z]+-\d$/, 'expected an AWS region such as eu-central-1')
    .optional(),
  /**
   * Pins the AWS account, so a deploy with the wrong credentials fails instead of installing in
   * the wrong account. Unset: the CLI's account (`CDK_DEFAULT_ACCOUNT`).
   */
  account: z
    .string()
    .trim()
    .regex(/^\d{12}$/, 'expected a 12-digit AWS account id')
    .optional(),
});

export type DeployConfig = z.infer<typeof DeployConfigSchema>;

export class DeployConfigError extends Error {
  override readonly name = 'DeployConfigError';
}

/** Reads a raw value from CDK context (the environment variable is looked at first). */
export type ContextReader = (key: string) => unknown;

/**
 * Builds and validates the configuration. Throws a `DeployConfigError` naming each bad setting,
 * what was expected, and where to set it.
 */
export function loadDeployConfig(readContext: ContextReader, env: Record<string, string | undefined> = process.env): DeployConfig {
  const raw: Record<string, unknown> = {};
  for (const [name, source] of Object.entries(deploySettings)) {
    const fromEnv = env[source.env];
    raw[name] = fromEnv !== undefined && fromEnv !== '' ? fromEnv : readContext(source.context);
  }
  const result = DeployConfigSchema.safeParse(raw);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => {
      const name = String(issue.path[0]) as SettingName;
      const source = deploySettings[name];
      const where = source ? ` (set with -c ${source.context}=… or ${source.env})` : '';
      const message = raw[name] === undefined ? 'missing' : issue.message;
      return `  ${issue.path.join('.')}: ${message}${where}`;
    });
    throw new DeployConfigError(`Invalid Hamkor deploy configuration:\n${lines.join('\n')}`);
  }
  return result.data;
}

/**
 * The account and region to synthesize for: the configured ones, else the CLI's, else
 * placeholders, so that `cdk synth` works offline without credentials.
 */
export function deployEnvironment(
  config: Pick<DeployConfig, 'account' | 'region'>,
  env: Record<string, string | undefined> = process.env,
): { account: string; region: string } {
  return {
    account: config.account ?? (env.CDK_DEFAULT_ACCOUNT || '123456789012'),
    region: config.region ?? (env.CDK_DEFAULT_REGION || 'eu-central-1'),
  };
}

/** The domain part of an address: the SES domain identity that signs for it. */
export function domainOf(address: string): string {
  return address.slice(address.lastIndexOf('@') + 1);
}

/**
 * The variables `functions/lib/config.ts` reads, from the deploy configuration. The Lambda runtime
 * sets AWS_REGION itself.
 */
export function functionEnvironment(config: DeployConfig, tableName: string): Record<string, string> {
  return {
    TABLE_NAME: tableName,
    APP_URL: `https://${config.appDomain}`,
    MAIL_FROM: `Hamkor <${config.senderAddress}>`,
    ALLOWED_DOMAINS: config.allowedDomains.join(','),
  };
}
