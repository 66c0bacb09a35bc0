/**
 * The web construct on its own (no function bundling, so it is quick), configured with a
 * certificate: the distribution answers on the app domain and requires TLS 1.2.
 */
import { App, Aspects, Stack } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import * as apigw from 'aws-cdk-lib/aws-apigatewayv2';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { AwsSolutionsChecks, ServerlessChecks } from 'cdk-nag';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Web } from '../../infra/constructs/web';
import { cdkJsonContext, removeAssembly } from './synth';

const certificateArn = 'arn:aws:acm:us-east-1:111122223333:certificate/0f3c1a2b-1234-4cde-9abc-0123456789ab';

let app: App;
let stack: Stack;
let template: Template;

beforeAll(() => {
  app = new App({ context: cdkJsonContext() });
  stack = new Stack(app, 'WebOnly', { env: { account: '111122223333', region: 'eu-central-1' } });
  const httpApi = new apigw.HttpApi(stack, 'Api', { createDefaultStage: false });
  // Scaffolding as the Data construct makes it, so the checks only have the web construct to judge.
  const logsBucket = new s3.Bucket(stack, 'Logs', {
    objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_PREFERRED,
    blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
    encryption: s3.BucketEncryption.S3_MANAGED,
    enforceSSL: true,
  });
  new Web(stack, 'Web', { httpApi, logsBucket, domainName: 'hamkor.uni.example', certificateArn });
  Aspects.of(app).add(new AwsSolutionsChecks());
  Aspects.of(app).add(new ServerlessChecks());
  template = Template.fromStack(stack);
});

afterAll(() => removeAssembly(app));

describe('the web front end with a certificate', () => {
  it('answers on the app domain with the configured certificate, by SNI, and refuses TLS older than 1.2', () => {
    template.hasResourceProperties('AWS::CloudFront::Distribution', {
      DistributionConfig: Match.objectLike({
        Aliases: ['hamkor.uni.example'],
        ViewerCertificate: { AcmCertificateArn: certificateArn, MinimumProtocolVersion: 'TLSv1.2_2021', SslSupportMethod: 'sni-only' },
      }),
    });
  });

  it('needs no suppression of the outdated-TLS finding, and gives no warning about the domain', () => {
    const distribution = Object.values(template.findResources('AWS::CloudFront::Distribution'))[0]!;
    const suppressed = (distribution.Metadata?.cdk_nag?.rules_to_suppress ?? []) as { id: string }[];

    expect(suppressed.map((s) => s.id)).not.toContain('AwsSolutions-CFR4');
    expect(Annotations.fromStack(stack).findWarning('/WebOnly/Web', Match.stringLikeRegexp('No certificateArn'))).toEqual([]);
  });

  it('passes the AwsSolutions and Serverless checks without an unsuppressed finding of its own', () => {
    const findings = [
      ...Annotations.fromStack(stack).findError('*', Match.stringLikeRegexp('AwsSolutions-.*|Serverless-.*')),
      ...Annotations.fromStack(stack).findWarning('*', Match.stringLikeRegexp('AwsSolutions-.*|Serverless-.*')),
    ].filter((finding) => finding.id.startsWith('/WebOnly/Web/') || finding.id.startsWith('/WebOnly/Custom::CDKBucketDeployment'));

    expect(findings.map((f) => `${f.id}: ${String(f.entry.data).split(':')[0]}`)).toEqual([]);
  });
});
