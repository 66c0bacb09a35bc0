/**
 * The optional AWS WAF web ACL (deploy setting `waf`): on, in us-east-1, the distribution sits
 * behind a web ACL with a per-address rate rule and the AWS managed common rule set; anywhere
 * else synth refuses with a message saying what to do; an ACL made elsewhere can be attached.
 * Bundling is skipped (`aws:cdk:bundling-stacks`): these tests look at the template only.
 */
import { Annotations, Match } from 'aws-cdk-lib/assertions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHamkorApp } from '../../infra/app';
import { DeployConfigError } from '../../infra/config';
import { cdkJsonContext, removeAssembly, synthHamkor, testInstallation } from './synth';

const noBundling = { 'aws:cdk:bundling-stacks': [] };
const sharedAcl = 'arn:aws:wafv2:us-east-1:111122223333:global/webacl/university-edge/0f3c1a2b-1234-4cde-9abc-0123456789ab';

let on: ReturnType<typeof synthHamkor>;

beforeAll(() => {
  on = synthHamkor({ ...testInstallation, ...noBundling, region: 'us-east-1', waf: 'true' });
}, 120_000);

afterAll(() => removeAssembly(on.app));

const distributionOf = (synth: ReturnType<typeof synthHamkor>) =>
  Object.values(synth.template.findResources('AWS::CloudFront::Distribution'))[0]!.Properties.DistributionConfig;

describe('the web ACL, with the waf setting on in us-east-1', () => {
  it('is one CLOUDFRONT-scoped web ACL that allows by default, with metrics', () => {
    on.template.resourceCountIs('AWS::WAFv2::WebACL', 1);
    on.template.hasResourceProperties('AWS::WAFv2::WebACL', {
      Scope: 'CLOUDFRONT',
      DefaultAction: { Allow: {} },
      VisibilityConfig: Match.objectLike({ CloudWatchMetricsEnabled: true }),
    });
  });

  it('blocks a viewer address past its rate first, then applies the AWS managed common rule set, with the 8 KB body rule only counting', () => {
    const acl = Object.values(on.template.findResources('AWS::WAFv2::WebACL'))[0]!.Properties;
    const rules = acl.Rules as { Name: string; Priority: number; Action?: unknown; OverrideAction?: unknown; Statement: Record<string, unknown> }[];

    expect(rules.map((r) => [r.Priority, r.Name])).toEqual([
      [0, 'RatePerViewerAddress'],
      [1, 'AWSManagedRulesCommonRuleSet'],
    ]);
    expect(rules[0]).toMatchObject({ Action: { Block: {} }, Statement: { RateBasedStatement: { Limit: 3000, AggregateKeyType: 'IP', EvaluationWindowSec: 300 } } });
    expect(rules[1]).toMatchObject({
      OverrideAction: { None: {} },
      Statement: {
        ManagedRuleGroupStatement: {
          VendorName: 'AWS',
          Name: 'AWSManagedRulesCommonRuleSet',
          RuleActionOverrides: [{ Name: 'SizeRestrictions_BODY', ActionToUse: { Count: {} } }],
        },
      },
    });
  });

  it('is attached to the distribution', () => {
    const acl = Object.keys(on.template.findResources('AWS::WAFv2::WebACL'))[0]!;

    expect(distributionOf(on).WebACLId).toEqual({ 'Fn::GetAtt': [acl, 'Arn'] });
  });

  it('needs no suppression of the web ACL finding, and leaves no unsuppressed cdk-nag finding', () => {
    const metadata = JSON.stringify(on.template.toJSON());
    const findings = [
      ...Annotations.fromStack(on.stack).findError('*', Match.stringLikeRegexp('AwsSolutions-.*|Serverless-.*')),
      ...Annotations.fromStack(on.stack).findWarning('*', Match.stringLikeRegexp('AwsSolutions-.*|Serverless-.*')),
    ];

    expect(metadata).not.toContain('AwsSolutions-CFR2');
    expect(findings.map((f) => `${f.id}: ${String(f.entry.data).split(':')[0]}`)).toEqual([]);
  });
});

describe('the waf setting elsewhere', () => {
  it('fails synth outside us-east-1, saying where CloudFront takes web ACLs from and what to do instead', () => {
    const synth = () => createHamkorApp({ context: { ...cdkJsonContext(), ...testInstallation, ...noBundling, waf: true }, env: {} });

    expect(synth).toThrow(DeployConfigError);
    expect(synth).toThrow(/waf: CloudFront takes web ACLs only from us-east-1, and this stack deploys to eu-central-1.*webAclArn/s);
  });

  it('attaches a web ACL made outside the stack, from any region, without making one', () => {
    const shared = synthHamkor({ ...testInstallation, ...noBundling, webAclArn: sharedAcl });
    try {
      shared.template.resourceCountIs('AWS::WAFv2::WebACL', 0);
      expect(distributionOf(shared).WebACLId).toBe(sharedAcl);
      expect(JSON.stringify(shared.template.toJSON())).not.toContain('AwsSolutions-CFR2');
    } finally {
      removeAssembly(shared.app);
    }
  });
});
