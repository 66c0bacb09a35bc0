/**
 * cdk-nag's AwsSolutions and Serverless packs, applied by infra/app.ts exactly as `cdk synth`
 * applies them: no unsuppressed finding, and every suppression is one we reviewed, with its reason.
 */
import { App, Aspects, Stack } from 'aws-cdk-lib';
import { Annotations, Match } from 'aws-cdk-lib/assertions';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { AwsSolutionsChecks, ServerlessChecks } from 'cdk-nag';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeAssembly, synthHamkor } from './synth';

const nagFinding = Match.stringLikeRegexp('AwsSolutions-.*|Serverless-.*');

let synth: ReturnType<typeof synthHamkor>;

beforeAll(() => {
  synth = synthHamkor();
}, 120_000);

afterAll(() => removeAssembly(synth.app));

type Suppression = { id: string; reason: string; applies_to?: unknown[] };

function suppressions(): { resource: string; suppression: Suppression }[] {
  const out: { resource: string; suppression: Suppression }[] = [];
  for (const [resource, definition] of Object.entries(synth.template.toJSON().Resources as Record<string, { Metadata?: { cdk_nag?: { rules_to_suppress?: Suppression[] } } }>)) {
    for (const suppression of definition.Metadata?.cdk_nag?.rules_to_suppress ?? []) out.push({ resource, suppression });
  }
  return out;
}

describe('cdk-nag', () => {
  it('is applied by the app with both the AwsSolutions and the Serverless packs', () => {
    const aspects = Aspects.of(synth.app).all;

    expect(aspects.some((aspect) => aspect instanceof AwsSolutionsChecks)).toBe(true);
    expect(aspects.some((aspect) => aspect instanceof ServerlessChecks)).toBe(true);
  });

  it('finds no unsuppressed error in the stack', () => {
    const errors = Annotations.fromStack(synth.stack).findError('*', nagFinding);

    expect(errors.map((e) => `${e.id}: ${String(e.entry.data).split(':')[0]}`)).toEqual([]);
  });

  it('finds no unsuppressed warning in the stack', () => {
    const warnings = Annotations.fromStack(synth.stack).findWarning('*', nagFinding);

    expect(warnings.map((w) => `${w.id}: ${String(w.entry.data).split(':')[0]}`)).toEqual([]);
  });

  it('reports a finding that is not suppressed, so a clean result means something', () => {
    const app = new App();
    const stack = new Stack(app, 'Unsafe');
    new sqs.Queue(stack, 'PlainQueue', { encryption: sqs.QueueEncryption.UNENCRYPTED });
    Aspects.of(app).add(new AwsSolutionsChecks());
    Aspects.of(app).add(new ServerlessChecks());

    const errors = Annotations.fromStack(stack).findError('*', nagFinding);
    removeAssembly(app);

    expect(errors.map((e) => String(e.entry.data).split(':')[0])).toEqual(
      expect.arrayContaining(['AwsSolutions-SQS2', 'AwsSolutions-SQS4', 'Serverless-SQSRedrivePolicy']),
    );
  });

  it('suppresses only the reviewed rules', () => {
    const ids = new Set(suppressions().map((s) => s.suppression.id));

    expect(ids).toEqual(
      new Set([
        // X-Ray and dynamodb:ListStreams have no resource-level permissions; documents are named by their prefix.
        'AwsSolutions-IAM5',
        // Node.js 22 is pinned on purpose.
        'AwsSolutions-L1',
        'Serverless-LambdaLatestVersion',
        // No function is invoked asynchronously with data worth a dead-letter queue.
        'Serverless-LambdaDLQ',
        'Serverless-EventBusDLQ',
        // The app authorizes requests itself (session cookie, one-time tokens), behind CloudFront only.
        'AwsSolutions-APIG4',
        // The origin secret is written into CloudFront and the function at deploy; not rotated automatically.
        'AwsSolutions-SMG4',
        // The queue that is itself the stream's dead-letter destination.
        'AwsSolutions-SQS3',
        'Serverless-SQSRedrivePolicy',
        // Alarm emails to administrators.
        'Serverless-SNSRedrivePolicy',
        // CloudFront: open to every country; a web ACL only with the waf setting; TLS floor needs a certificate.
        'AwsSolutions-CFR1',
        'AwsSolutions-CFR2',
        'AwsSolutions-CFR4',
        // CDK's own BucketDeployment handler (runtime and tracing fixed by aws-cdk-lib).
        'Serverless-LambdaTracing',
      ]),
    );
  });

  it('allows wildcard permissions for the app’s functions only as "Resource::*" (and the api’s and the office’s documents prefix), and names each one for the web upload', () => {
    const wildcards = suppressions().filter((s) => s.suppression.id === 'AwsSolutions-IAM5');
    const documents = Object.keys(synth.template.findResources('AWS::S3::Bucket')).find((id) => id.startsWith('DataDocumentsBucket'));
    const documentPrefix = wildcards.filter(({ suppression }) => JSON.stringify(suppression.applies_to).includes('/documents/'));

    expect(wildcards.length).toBeGreaterThan(0);
    // The api's and the office's put and get on documents/* (objects that do not exist yet have no other name), on their roles alone.
    expect(documentPrefix.map((s) => s.resource)).toEqual([
      expect.stringMatching(/^ApiHandlerRole/),
      expect.stringMatching(/^ApiHandlerRoleDefaultPolicy/),
      expect.stringMatching(/^ApiOfficeRole/),
      expect.stringMatching(/^ApiOfficeRoleDefaultPolicy/),
    ]);
    for (const { suppression } of documentPrefix) expect(suppression.applies_to).toEqual([`Resource::<${documents}.Arn>/documents/*`]);
    for (const { resource, suppression } of wildcards) {
      if (documentPrefix.some((s) => s.suppression === suppression)) continue;
      if (resource.startsWith('WebUploadRole')) {
        expect(suppression.applies_to, resource).toEqual([
          'Action::s3:GetObject*',
          'Action::s3:GetBucket*',
          'Action::s3:List*',
          'Action::s3:DeleteObject*',
          'Action::s3:Abort*',
          { regex: expect.stringContaining('WebSiteBucket') },
          { regex: expect.stringContaining('assets') },
          'Resource::*',
        ]);
      } else {
        expect(suppression.applies_to, resource).toEqual(['Resource::*']);
      }
    }
  });

  it('suppresses the outdated-TLS finding on CloudFront only while no certificate is configured', () => {
    const cfr4 = suppressions().filter((s) => s.suppression.id === 'AwsSolutions-CFR4');

    expect(cfr4.map((s) => s.resource)).toEqual([expect.stringMatching(/^WebDistribution/)]);
    expect(cfr4[0]!.suppression.reason).toMatch(/no certificateArn/);
  });

  it('says what protects the API where it suppresses the authorizer and web ACL findings', () => {
    const found = suppressions().filter((s) => ['AwsSolutions-APIG4', 'AwsSolutions-CFR2'].includes(s.suppression.id));
    // The API's suppression is also on its stage, routes and integration (its children): one reason each.
    const reasons = new Set(found.map((s) => s.suppression.reason));

    expect(new Set(found.map((s) => s.suppression.id))).toEqual(new Set(['AwsSolutions-APIG4', 'AwsSolutions-CFR2']));
    expect(reasons.size).toBe(2);
    for (const reason of reasons) {
      expect(reason).toMatch(/origin secret/);
      expect(reason).toMatch(/per viewer address/);
    }
  });

  it('gives every suppression a reason that says why, in at least a full sentence', () => {
    const all = suppressions();

    expect(all.length).toBeGreaterThan(0);
    for (const { resource, suppression } of all) {
      expect(suppression.reason, `${resource} ${suppression.id}`).toMatch(/^[A-Z].{79,}[.)]$/s);
      expect(suppression.reason.toLowerCase(), `${resource} ${suppression.id}`).not.toMatch(/\b(todo|fixme|tbd|suppress(ed)? for now)\b/);
    }
  });
});
