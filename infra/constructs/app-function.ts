/**
 * One of Hamkor's Lambda functions, built the same way for all three entry points: esbuild
 * bundle (ESM, minified, source maps, AWS SDK bundled so the code runs against the SDK it was
 * tested with), Node 22 on ARM64, X-Ray tracing, its own log group with a retention, and its own
 * role that can write only to that log group. Grants for data are added by the caller.
 */
import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import * as logs from 'aws-cdk-lib/aws-logs';
import { NagSuppressions } from 'cdk-nag';
import { Construct } from 'constructs';
import { fileURLToPath } from 'node:url';

/** The repository root: the lock file there pins what esbuild bundles. */
export const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Lets the ESM bundle load the CommonJS parts of its dependencies, which call `require` on Node's
 * built-in modules.
 */
const requireShim = "import{createRequire as __createRequire}from'node:module';const require=__createRequire(import.meta.url);";

export interface AppFunctionProps {
  /** The entry point, relative to the repository root (e.g. `functions/api/handler.ts`). */
  readonly entry: string;
  /** What this function does, shown in the Lambda console. */
  readonly description: string;
  /** Variables the function's `loadConfig` reads. */
  readonly environment: Record<string, string>;
  /**
   * Memory in MiB (CPU grows with it).
   * @default 512
   */
  readonly memorySize?: number;
  /**
   * @default Duration.seconds(10)
   */
  readonly timeout?: Duration;
  /**
   * How long the function's logs are kept.
   * @default logs.RetentionDays.THREE_MONTHS
   */
  readonly logRetention?: logs.RetentionDays;
  /**
   * Concurrent executions set aside for this function, which are also its ceiling: a rush on one
   * function can neither take the others' share of the account's pool nor run more copies than
   * what it calls downstream (SES, DynamoDB) is sized for. Each construct chooses its own and
   * says why. The account keeps at least 100 unreserved (Lambda refuses a deploy that would not).
   * @default undefined (unreserved: drawn from the account's shared pool, no ceiling)
   */
  readonly reservedConcurrency?: number;
  /**
   * What happens to the log group when the stack is deleted.
   * @default RemovalPolicy.RETAIN
   */
  readonly logRemovalPolicy?: RemovalPolicy;
  /**
   * Files the code reads at run time, copied beside the bundle (paths relative to the repository
   * root; the code finds them next to itself, as the memorandum's font: functions/lib/memorandum/fonts.ts).
   * @default none
   */
  readonly besideBundle?: readonly string[];
}

export class AppFunction extends Construct {
  public readonly function: NodejsFunction;
  public readonly role: iam.Role;
  public readonly logGroup: logs.LogGroup;

  constructor(scope: Construct, id: string, props: AppFunctionProps) {
    super(scope, id);

    this.logGroup = new logs.LogGroup(this, 'LogGroup', {
      retention: props.logRetention ?? logs.RetentionDays.THREE_MONTHS,
      removalPolicy: props.logRemovalPolicy ?? RemovalPolicy.RETAIN,
    });

    // An own role instead of AWSLambdaBasicExecutionRole: that managed policy may create and
    // write any log group in the account; this one writes only to the function's own.
    this.role = new iam.Role(this, 'Role', {
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
      description: `Runs ${props.entry}`,
    });
    this.role.addToPrincipalPolicy(
      new iam.PolicyStatement({
        actions: ['logs:CreateLogStream', 'logs:PutLogEvents'],
        resources: [this.logGroup.logGroupArn],
      }),
    );

    this.function = new NodejsFunction(this, 'Function', {
      entry: `${projectRoot}/${props.entry}`,
      handler: 'handler',
      projectRoot,
      depsLockFilePath: `${projectRoot}/package-lock.json`,
      description: props.description,
      runtime: lambda.Runtime.NODEJS_22_X,
      architecture: lambda.Architecture.ARM_64,
      memorySize: props.memorySize ?? 512,
      timeout: props.timeout ?? Duration.seconds(10),
      reservedConcurrentExecutions: props.reservedConcurrency,
      tracing: lambda.Tracing.ACTIVE,
      role: this.role,
      logGroup: this.logGroup,
      environment: {
        ...props.environment,
        // Stack traces point at the TypeScript sources, not the minified bundle.
        NODE_OPTIONS: '--enable-source-maps',
      },
      bundling: {
        format: OutputFormat.ESM,
        target: 'node22',
        mainFields: ['module', 'main'],
        minify: true,
        sourceMap: true,
        sourcesContent: false,
        // Text as UTF-8, not \u escapes: the emails' Russian is two bytes a letter instead of six
        // (the notifier's words in three languages were a third smaller this way). Node reads a
        // module as UTF-8 whatever it holds. An esbuild argument: the `charset` bundling option is
        // declared but not passed on to esbuild by this aws-cdk-lib (2.276).
        esbuildArgs: { '--charset': 'utf8' },
        // The SDK is bundled, not taken from the runtime: the code runs on the versions the
        // lock file pins and the tests ran against, and only the clients used are shipped.
        bundleAwsSDK: true,
        externalModules: [],
        banner: requireShim,
        // Bundle with the esbuild in node_modules: synth needs no Docker and no network.
        forceDockerBundling: false,
        ...(props.besideBundle?.length
          ? {
              commandHooks: {
                beforeBundling: () => [],
                beforeInstall: () => [],
                afterBundling: (inputDir: string, outputDir: string) => props.besideBundle!.map((file) => `cp "${inputDir}/${file}" "${outputDir}/"`),
              },
            }
          : {}),
      },
    });

    NagSuppressions.addResourceSuppressions(
      this.role,
      [
        {
          id: 'AwsSolutions-IAM5',
          appliesTo: ['Resource::*'],
          reason:
            'X-Ray tracing: xray:PutTraceSegments and xray:PutTelemetryRecords have no resource-level permissions, so IAM requires "*". ' +
            'Every data action names its table, index, stream, queue or SES identity; tests/infra/stack.test.ts fails on any other "*".',
        },
      ],
      true,
    );
    const runtimeReason =
      'Node.js 22 is pinned on purpose: it is an LTS runtime Lambda supports, and the runtime the bundle targets and the local stack ' +
      'and tests run on. Moving to a newer runtime is a deliberate change with its own test and benchmark run, not a lint fix.';
    NagSuppressions.addResourceSuppressions(this.function, [
      { id: 'AwsSolutions-L1', reason: runtimeReason },
      { id: 'Serverless-LambdaLatestVersion', reason: runtimeReason },
    ]);
  }
}
