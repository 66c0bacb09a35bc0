/**
 * Builds the Hamkor CDK app the way `cdk synth` does (infra/app.ts, with cdk.json's context and
 * feature flags), for the infra tests. Each test file synthesizes once: bundling the three
 * functions with the local esbuild takes a few seconds.
 */
import { readFileSync, rmSync } from 'node:fs';
import type { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { createHamkorApp } from '../../infra/app';

/** `cdk.json`'s context: the placeholder installation and the feature flags. */
export function cdkJsonContext(): Record<string, unknown> {
  const cdkJson = JSON.parse(readFileSync(new URL('../../cdk.json', import.meta.url), 'utf8')) as { context: Record<string, unknown> };
  return cdkJson.context;
}

/** A configuration whose values differ from every default, so wiring mistakes show. */
export const testInstallation = {
  stage: 'test',
  appDomain: 'hamkor.test-uni.example',
  senderAddress: 'noreply@mail.test-uni.example',
  allowedDomains: 'test-uni.example, Students.Test-Uni.example',
  adminEmails: 'it-admin@test-uni.example,iro-head@test-uni.example',
  region: 'eu-central-1',
  account: '111122223333',
};

export function synthHamkor(context: Record<string, unknown> = testInstallation) {
  // No environment: the machine's HAMKOR_* or CDK_DEFAULT_* variables must not change the result.
  const { app, stack } = createHamkorApp({ context: { ...cdkJsonContext(), ...context }, env: {} });
  const template = Template.fromStack(stack);
  return { app, stack, template };
}

/** Removes the cloud assembly a test synthesized (bundles and assets: some 20 MB). */
export function removeAssembly(app: App): void {
  rmSync(app.outdir, { recursive: true, force: true });
}

export type Statement = { Effect: string; Action: string | string[]; Resource: unknown; Condition?: unknown };

export function asArray<T>(value: T | T[]): T[] {
  return Array.isArray(value) ? value : [value];
}

/** Every statement of every identity policy in the template, with the role it belongs to. */
export function identityStatements(template: Template): { role: string; statement: Statement }[] {
  const out: { role: string; statement: Statement }[] = [];
  for (const [id, policy] of Object.entries(template.findResources('AWS::IAM::Policy'))) {
    for (const role of policy.Properties.Roles as { Ref: string }[]) {
      for (const statement of policy.Properties.PolicyDocument.Statement as Statement[]) out.push({ role: role.Ref, statement });
    }
    if (!policy.Properties.Roles) throw new Error(`policy ${id} is attached to something other than a role`);
  }
  for (const policy of Object.values(template.findResources('AWS::IAM::ManagedPolicy'))) {
    for (const statement of policy.Properties.PolicyDocument.Statement as Statement[]) out.push({ role: '(managed policy)', statement });
  }
  for (const [id, role] of Object.entries(template.findResources('AWS::IAM::Role'))) {
    for (const inline of (role.Properties.Policies ?? []) as { PolicyDocument: { Statement: Statement[] } }[]) {
      for (const statement of inline.PolicyDocument.Statement) out.push({ role: id, statement });
    }
  }
  return out;
}

/** The logical id of the only resource of a type whose id starts with a prefix. */
export function logicalId(template: Template, type: string, prefix: string): string {
  const ids = Object.keys(template.findResources(type)).filter((id) => id.startsWith(prefix));
  if (ids.length !== 1) throw new Error(`expected one ${type} named ${prefix}…, found ${ids.join(', ') || 'none'}`);
  return ids[0]!;
}
