/**
 * The CDK app (`cdk.json`: `npx tsx infra/app.ts`): reads and validates the deploy configuration,
 * builds the Hamkor stack, and checks it with the cdk-nag AwsSolutions and Serverless packs, so
 * `cdk synth` fails on an unsuppressed finding. The tests build the very same app.
 */
import { App, Aspects } from 'aws-cdk-lib';
import { AwsSolutionsChecks, ServerlessChecks } from 'cdk-nag';
import { pathToFileURL } from 'node:url';
import { checkFirewallPlacement, DeployConfigError, deployEnvironment, loadDeployConfig } from './config';
import { HamkorStack } from './stack';

export interface HamkorAppOptions {
  /** CDK context (the tests pass `cdk.json`'s); the CLI passes it through the environment. */
  readonly context?: Record<string, unknown>;
  /** Where deploy settings and the CLI's account/region come from when context has none. */
  readonly env?: Record<string, string | undefined>;
  /** Where the cloud assembly is written. @default the CLI's output directory, or a temporary one */
  readonly outdir?: string;
}

export function createHamkorApp(options: HamkorAppOptions = {}): { app: App; stack: HamkorStack } {
  const app = new App({ context: options.context, outdir: options.outdir });
  const env = options.env ?? process.env;
  const config = loadDeployConfig((key) => app.node.tryGetContext(key), env);
  const environment = deployEnvironment(config, env);
  checkFirewallPlacement(config, environment.region);

  const stack = new HamkorStack(app, `Hamkor-${config.stage}`, {
    config,
    env: environment,
    description: `Hamkor (${config.stage}): international-relations paperwork, approvals by email`,
    // Stack tags: CloudFormation puts them on every resource that takes tags.
    tags: { app: 'hamkor', stage: config.stage },
  });

  // Findings are errors: an unsuppressed one fails synth, and every suppression carries its reason.
  Aspects.of(app).add(new AwsSolutionsChecks({ verbose: true }));
  Aspects.of(app).add(new ServerlessChecks({ verbose: true }));
  return { app, stack };
}

const isEntryPoint = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;

if (isEntryPoint) {
  try {
    createHamkorApp().app.synth();
  } catch (error) {
    if (!(error instanceof DeployConfigError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}
