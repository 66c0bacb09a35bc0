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
  waf: { context: 'waf', env: 'HAMKOR_WAF' },
  webAclArn: { context: 'webAclArn', env: 'HAMKOR_WEB_ACL_ARN' },
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
  /**
   * An AWS WAF web ACL in front of CloudFront, made by the stack: a rate-based rule per viewer
   * address and the AWS managed common rule set. Off by default: it costs about 7 USD a month
   * plus 0.60 USD per million requests (README, "Operations"). CloudFront takes web ACLs only from
   * us-east-1, so the stack must deploy there for this; elsewhere use `webAclArn`.
   */
  waf: z
    .preprocess((value) => (typeof value === 'string' ? value.trim().toLowerCase() : value), z.union([z.boolean(), z.enum(['true', 'false'])]))
    .transform((value) => value === true || value === 'true')
    .default(false),
  /**
   * A web ACL made outside the stack (in us-east-1, scope CLOUDFRONT) to attach to the
   * distribution instead: for a stack that deploys anywhere else, or an ACL the university shares.
   */
  webAclArn: z
    .string()
    .trim()
    .regex(/^arn:aws[a-z-]*:wafv2:us-east-1:\d{12}:global\/webacl\/[\w-]+\/[0-9a-f-]+$/, 'expected the ARN of a WAFv2 web ACL with scope CLOUDFRONT (arn:aws:wafv2:us-east-1:<account>:global/webacl/<name>/<id>)')
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

/**
 * The settings that only make sense together with the region, checked once it is known: a web
 * ACL for CloudFront exists only in us-east-1, so the stack can make one only when it deploys
 * there. Failing at synth beats a deploy that CloudFormation rolls back after ten minutes.
 */
export function checkFirewallPlacement(config: Pick<DeployConfig, 'waf' | 'webAclArn'>, region: string): void {
  const problems: string[] = [];
  if (config.waf && config.webAclArn) {
    problems.push('  waf: on, and webAclArn names another web ACL; choose one (set with -c waf=false or HAMKOR_WAF=false to attach webAclArn)');
  } else if (config.waf && region !== 'us-east-1') {
    problems.push(
      `  waf: CloudFront takes web ACLs only from us-east-1, and this stack deploys to ${region}. Either deploy the stack in us-east-1 ` +
        '(-c region=us-east-1 or HAMKOR_REGION), or make the web ACL in us-east-1 yourself and set -c webAclArn=… (or HAMKOR_WEB_ACL_ARN) with waf off',
    );
  }
  if (problems.length > 0) throw new DeployConfigError(`Invalid Hamkor deploy configuration:\n${problems.join('\n')}`);
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
