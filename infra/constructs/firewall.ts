/**
 * The optional AWS WAF web ACL in front of CloudFront (deploy setting `waf`, off by default): a
 * rate-based rule that blocks one viewer address sending too much, then AWS's managed common rule
 * set (the OWASP-style basics: bad bots' user agents, path traversal, XSS and the like). About
 * 5 USD a month for the ACL, 1 USD per rule (2 here), 0.60 USD per million requests.
 *
 * CloudFront takes web ACLs only from us-east-1 (scope CLOUDFRONT), so this construct belongs in a
 * stack deployed there; `checkFirewallPlacement` (infra/config.ts) refuses anything else at synth.
 */
import { Stack, Token } from 'aws-cdk-lib';
import * as wafv2 from 'aws-cdk-lib/aws-wafv2';
import { Construct } from 'constructs';

export interface FirewallProps {
  /**
   * Requests one viewer address may send in any 5 minutes before it is blocked for a while. Sized
   * for a campus NAT, where a whole office shares one address and each page load is several
   * requests; the app's own sign-in limit is far tighter.
   * @default 3000
   */
  readonly requestsPerFiveMinutes?: number;
  /**
   * The prefix of the web ACL's CloudWatch metrics.
   * @default 'Hamkor'
   */
  readonly metricPrefix?: string;
}

export class Firewall extends Construct {
  public readonly webAcl: wafv2.CfnWebACL;

  constructor(scope: Construct, id: string, props: FirewallProps = {}) {
    super(scope, id);
    const region = Stack.of(this).region;
    if (!Token.isUnresolved(region) && region !== 'us-east-1') {
      throw new Error(`A CloudFront web ACL must be made in us-east-1; this stack deploys to ${region}`);
    }
    const prefix = props.metricPrefix ?? 'Hamkor';
    const visibility = (name: string): wafv2.CfnWebACL.VisibilityConfigProperty => ({
      cloudWatchMetricsEnabled: true,
      metricName: `${prefix}${name}`,
      sampledRequestsEnabled: true,
    });

    this.webAcl = new wafv2.CfnWebACL(this, 'WebAcl', {
      description: 'Hamkor: per-address rate limit and the AWS managed common rule set, in front of CloudFront',
      scope: 'CLOUDFRONT',
      defaultAction: { allow: {} },
      visibilityConfig: visibility('WebAcl'),
      rules: [
        {
          name: 'RatePerViewerAddress',
          priority: 0,
          action: { block: {} },
          statement: { rateBasedStatement: { limit: props.requestsPerFiveMinutes ?? 3000, evaluationWindowSec: 300, aggregateKeyType: 'IP' } },
          visibilityConfig: visibility('RatePerViewerAddress'),
        },
        {
          name: 'AWSManagedRulesCommonRuleSet',
          priority: 1,
          overrideAction: { none: {} },
          statement: {
            managedRuleGroupStatement: {
              vendorName: 'AWS',
              name: 'AWSManagedRulesCommonRuleSet',
              // Its body-size rule blocks bodies over 8 KB; the app takes forms up to 64 KB (a
              // long motivation letter) and caps them itself, so that one rule only counts.
              ruleActionOverrides: [{ name: 'SizeRestrictions_BODY', actionToUse: { count: {} } }],
            },
          },
          visibilityConfig: visibility('CommonRuleSet'),
        },
      ],
    });
  }

  get webAclArn(): string {
    return this.webAcl.attrArn;
  }
}
