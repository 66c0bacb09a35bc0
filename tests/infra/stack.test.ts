/**
 * The synthesized Hamkor stack, resource by resource: what issue 3 asks of the data, the API, the
 * notifier, the scheduler, mail and its bounces, and the alarms, and least privilege for every function.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Annotations, Match } from 'aws-cdk-lib/assertions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { coreRoutes } from '../../functions/api/core-routes';
import { fileRoutes } from '../../functions/api/file-routes';
import { officeRoutes } from '../../functions/api/office-routes';
import { ApiRouter } from '../../functions/api/router';
import { loadConfig } from '../../functions/lib/config';
import { FILES_ROUTES, OFFICE_ROUTES } from '../../infra/constructs/api';
import { itemReadWriteActions } from '../../infra/constructs/data';
import { defaultContentSecurityPolicy, pageRoutesFunctionCode } from '../../infra/constructs/web';
import { contentSecurityPolicy } from '../../infra/web-site';
import { tableDefinition } from '../../shared/table';
import { MEMORANDUM_FONT } from '../../shared/memorandum-font';
import { asArray, identityStatements, logicalId, removeAssembly, synthHamkor, testInstallation, type Statement } from './synth';

let synth: ReturnType<typeof synthHamkor>;
let template: ReturnType<typeof synthHamkor>['template'];
let ids: Record<'table' | 'documents' | 'accessLogs' | 'site' | 'distribution' | 'api' | 'exports' | 'office' | 'originSecret' | 'notifier' | 'scheduler' | 'bounces' | 'deadLetters' | 'bounceDeadLetters' | 'topic', string>;

const functionNames = ['api', 'exports', 'office', 'notifier', 'scheduler', 'bounces'] as const;
/** The functions that serve the app's routes in its shell (the same app, each with its own part of the routes). */
const appFunctions: readonly string[] = ['api', 'exports', 'office'];

beforeAll(() => {
  synth = synthHamkor();
  template = synth.template;
  ids = {
    table: logicalId(template, 'AWS::DynamoDB::Table', 'DataTable'),
    documents: logicalId(template, 'AWS::S3::Bucket', 'DataDocumentsBucket'),
    accessLogs: logicalId(template, 'AWS::S3::Bucket', 'DataAccessLogsBucket'),
    site: logicalId(template, 'AWS::S3::Bucket', 'WebSiteBucket'),
    distribution: logicalId(template, 'AWS::CloudFront::Distribution', 'WebDistribution'),
    api: logicalId(template, 'AWS::Lambda::Function', 'ApiHandler'),
    exports: logicalId(template, 'AWS::Lambda::Function', 'ApiExports'),
    office: logicalId(template, 'AWS::Lambda::Function', 'ApiOffice'),
    originSecret: logicalId(template, 'AWS::SecretsManager::Secret', 'ApiOriginSecret'),
    notifier: logicalId(template, 'AWS::Lambda::Function', 'NotifierHandler'),
    scheduler: logicalId(template, 'AWS::Lambda::Function', 'ScheduleHandler'),
    bounces: logicalId(template, 'AWS::Lambda::Function', 'BouncesHandler'),
    deadLetters: logicalId(template, 'AWS::SQS::Queue', 'NotifierDeadLetterQueue'),
    bounceDeadLetters: logicalId(template, 'AWS::SQS::Queue', 'BouncesDeadLetterQueue'),
    topic: logicalId(template, 'AWS::SNS::Topic', 'AlarmsTopic'),
  };
}, 120_000);

afterAll(() => removeAssembly(synth.app));

const fn = (name: (typeof functionNames)[number]) => template.findResources('AWS::Lambda::Function')[ids[name]]!;
const roleOf = (name: (typeof functionNames)[number]) => (fn(name).Properties.Role as { 'Fn::GetAtt': [string, string] })['Fn::GetAtt'][0];
const tableArn = () => ({ 'Fn::GetAtt': [ids.table, 'Arn'] });
/** The object ARNs under the documents prefix, as the template spells them. */
const documentObjectsArn = () => ({ 'Fn::Join': ['', [{ 'Fn::GetAtt': [ids.documents, 'Arn'] }, '/documents/*']] });
/** The origin secret as CloudFormation's dynamic reference spells it: resolved at deploy, never in the template. */
const originSecretValue = () => ({ 'Fn::Join': ['', ['{{resolve:secretsmanager:', { Ref: ids.originSecret }, ':SecretString:::}}']] });
/** A function's variables with the values CloudFormation would put in place of the references. */
const resolvedEnvironment = (name: (typeof functionNames)[number]) => {
  const variables = fn(name).Properties.Environment.Variables as Record<string, unknown>;
  return {
    ...variables,
    TABLE_NAME: 'Hamkor-test-DataTable',
    AWS_REGION: 'eu-central-1',
    ...(variables.DOCUMENTS_BUCKET ? { DOCUMENTS_BUCKET: 'hamkor-test-documents' } : {}),
    // A value as Secrets Manager generates it (48 letters and digits).
    ...(variables.ORIGIN_VERIFY_SECRET ? { ORIGIN_VERIFY_SECRET: 'a'.repeat(48) } : {}),
  } as Record<string, string>;
};

/** A bucket policy statement that denies every request not made over TLS. */
const denyWithoutTls = Match.objectLike({ Effect: 'Deny', Action: Match.anyValue(), Condition: { Bool: { 'aws:SecureTransport': 'false' } } });

describe('the data construct', () => {
  it('builds the table from the shared definition: keys, the four indexes, TTL and the stream view', () => {
    const string = (name: string) => ({ AttributeName: name, AttributeType: 'S' });
    const keys = (pk: string, sk: string) => [
      { AttributeName: pk, KeyType: 'HASH' },
      { AttributeName: sk, KeyType: 'RANGE' },
    ];
    const table = template.findResources('AWS::DynamoDB::Table')[ids.table]!.Properties;

    expect(table.KeySchema).toEqual(keys(tableDefinition.partitionKey, tableDefinition.sortKey));
    expect(table.GlobalSecondaryIndexes).toEqual(
      tableDefinition.indexes.map((index) => ({
        IndexName: index.name,
        KeySchema: keys(index.partitionKey, index.sortKey),
        Projection: { ProjectionType: 'ALL' },
      })),
    );
    expect(new Set(table.AttributeDefinitions)).toEqual(
      new Set(
        [tableDefinition.partitionKey, tableDefinition.sortKey, ...tableDefinition.indexes.flatMap((i) => [i.partitionKey, i.sortKey])].map(string),
      ),
    );
    expect(table.TimeToLiveSpecification).toEqual({ AttributeName: tableDefinition.timeToLiveAttribute, Enabled: true });
    expect(table.StreamSpecification).toEqual({ StreamViewType: tableDefinition.streamViewType });
  });

  it('makes the table on-demand, with point-in-time recovery and deletion protection, retained when the stack is deleted', () => {
    template.hasResource('AWS::DynamoDB::Table', {
      Properties: Match.objectLike({
        BillingMode: 'PAY_PER_REQUEST',
        PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
        DeletionProtectionEnabled: true,
      }),
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
    });
  });

  it('keeps documents private, encrypted and versioned, and expires replaced versions', () => {
    const documents = template.findResources('AWS::S3::Bucket')[ids.documents]!;

    expect(documents.Properties).toMatchObject({
      PublicAccessBlockConfiguration: { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true },
      BucketEncryption: { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }] },
      VersioningConfiguration: { Status: 'Enabled' },
      OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] },
    });
    expect(documents.Properties.LifecycleConfiguration.Rules).toContainEqual(
      expect.objectContaining({ Status: 'Enabled', NoncurrentVersionExpiration: { NoncurrentDays: 90 } }),
    );
    expect(documents.DeletionPolicy).toBe('Retain');
  });

  it('lets pages of the app’s own origin, and no other, PUT and GET documents directly (presigned URLs)', () => {
    const documents = template.findResources('AWS::S3::Bucket')[ids.documents]!;

    expect(documents.Properties.CorsConfiguration).toEqual({
      CorsRules: [
        {
          AllowedOrigins: ['https://hamkor.test-uni.example'],
          AllowedMethods: ['PUT', 'GET'],
          AllowedHeaders: ['content-type', 'if-none-match'],
          ExposedHeaders: ['ETag'],
          MaxAge: 3000,
        },
      ],
    });
    for (const other of [ids.accessLogs, ids.site]) expect(template.findResources('AWS::S3::Bucket')[other]!.Properties.CorsConfiguration).toBeUndefined();
  });

  it('refuses any PUT of a document that is not write-once (If-None-Match: *), whoever sends it', () => {
    template.hasResourceProperties('AWS::S3::BucketPolicy', {
      Bucket: { Ref: ids.documents },
      PolicyDocument: {
        Statement: Match.arrayWith([
          {
            Sid: 'DocumentsAreWrittenOnce',
            Effect: 'Deny',
            Principal: { AWS: '*' },
            Action: 's3:PutObject',
            Resource: documentObjectsArn(),
            Condition: { Null: { 's3:if-none-match': 'true' } },
          },
        ]),
      },
    });
  });

  it('refuses every request to any bucket that is not made over TLS', () => {
    template.resourceCountIs('AWS::S3::Bucket', 3);
    for (const bucket of [ids.documents, ids.accessLogs, ids.site]) {
      template.hasResourceProperties('AWS::S3::BucketPolicy', {
        Bucket: { Ref: bucket },
        PolicyDocument: { Statement: Match.arrayWith([denyWithoutTls]) },
      });
    }
  });

  it('logs access to the documents into a private, encrypted log bucket that expires its logs', () => {
    template.hasResourceProperties('AWS::S3::Bucket', {
      LoggingConfiguration: { DestinationBucketName: { Ref: ids.accessLogs }, LogFilePrefix: 'documents/' },
    });
    const logs = template.findResources('AWS::S3::Bucket')[ids.accessLogs]!;
    expect(logs.Properties).toMatchObject({
      PublicAccessBlockConfiguration: { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true },
      BucketEncryption: { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }] },
    });
    expect(logs.Properties.LifecycleConfiguration.Rules).toContainEqual(expect.objectContaining({ Status: 'Enabled', ExpirationInDays: 365 }));
  });
});

describe('the functions', () => {
  it('are the api, exports, office, notifier, scheduler and bounces entry points, besides CDK’s own web upload handler', () => {
    const handlers = Object.entries(template.findResources('AWS::Lambda::Function')).filter(([id]) => !id.startsWith('CustomCDKBucketDeployment'));

    expect(handlers.map(([id]) => id).sort()).toEqual([ids.api, ids.exports, ids.office, ids.notifier, ids.scheduler, ids.bounces].sort());
  });

  it('run Node 22 on ARM64 with active tracing, an explicit memory size and timeout', () => {
    for (const name of functionNames) {
      expect(fn(name).Properties, name).toMatchObject({
        Runtime: 'nodejs22.x',
        Architectures: ['arm64'],
        Handler: 'index.handler',
        TracingConfig: { Mode: 'Active' },
        MemorySize: expect.any(Number),
        Timeout: expect.any(Number),
      });
    }
  });

  it('write to their own log group, and every log group in the stack keeps logs for a set time', () => {
    const logGroups = template.findResources('AWS::Logs::LogGroup');
    const own = functionNames.map((name) => (fn(name).Properties.LoggingConfig.LogGroup as { Ref: string }).Ref);

    expect(new Set(own).size).toBe(functionNames.length);
    for (const id of own) expect(Object.keys(logGroups)).toContain(id);
    for (const [id, group] of Object.entries(logGroups)) expect(group.Properties.RetentionInDays, id).toBeGreaterThan(0);
  });

  it('get the variables their config reads from the deploy configuration, and source maps in stack traces; only the api, the exports and the office (the same app) the documents bucket and the origin secret, only the notifier a send rate', () => {
    for (const name of functionNames) {
      const variables = fn(name).Properties.Environment.Variables as Record<string, unknown>;

      expect(variables, name).toEqual({
        TABLE_NAME: { Ref: ids.table },
        APP_URL: 'https://hamkor.test-uni.example',
        MAIL_FROM: 'Hamkor <noreply@mail.test-uni.example>',
        ALLOWED_DOMAINS: 'test-uni.example,students.test-uni.example',
        NODE_OPTIONS: '--enable-source-maps',
        ...(appFunctions.includes(name) ? { DOCUMENTS_BUCKET: { Ref: ids.documents }, ORIGIN_VERIFY_SECRET: originSecretValue() } : {}),
        ...(name === 'notifier' ? { SES_MAX_SEND_RATE: '7' } : {}),
      });
    }
  });

  it('get an environment that the functions’ own config schema accepts', () => {
    for (const name of functionNames) {
      const variables = resolvedEnvironment(name);

      const config = loadConfig(variables);

      expect(config.appUrl).toBe(`https://${testInstallation.appDomain}`);
      expect(config.allowedDomains).toEqual(['test-uni.example', 'students.test-uni.example']);
      const app = appFunctions.includes(name);
      expect(config.documentsBucket, name).toBe(app ? 'hamkor-test-documents' : undefined);
      expect(config.originVerifySecret, name).toBe(app ? 'a'.repeat(48) : undefined);
    }
  });

  it('each reserve their own concurrency: the api its burst limit, the exports 5, the office 10, the notifier 2, the scheduler 1, the bounces 2, leaving the account at least 100 unreserved', () => {
    const reserved = Object.fromEntries(functionNames.map((name) => [name, fn(name).Properties.ReservedConcurrentExecutions]));
    const stage = Object.values(template.findResources('AWS::ApiGatewayV2::Stage'))[0]!.Properties;

    expect(reserved).toEqual({ api: 100, exports: 5, office: 10, notifier: 2, scheduler: 1, bounces: 2 });
    // API Gateway's own throttle (a 429 the client may retry) answers before Lambda's would (a 5xx).
    expect(reserved.api).toBe(stage.DefaultRouteSettings.ThrottlingBurstLimit);
    // Lambda's default account concurrency is 1,000, of which 100 must stay unreserved.
    expect(1000 - Object.values(reserved).reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(100);
  });

  describe('bundles', () => {
    const assetDir = (name: (typeof functionNames)[number]) => {
      const key = fn(name).Properties.Code.S3Key as string;
      return join(synth.app.outdir, `asset.${key.replace(/\.zip$/, '')}`);
    };

    it('are minified ES modules with a source map', () => {
      for (const name of functionNames) {
        const dir = assetDir(name);
        const code = readFileSync(join(dir, 'index.mjs'), 'utf8');

        expect(existsSync(join(dir, 'index.mjs.map')), name).toBe(true);
        expect(code).toMatch(/^\/\/# sourceMappingURL=index\.mjs\.map\s*$/m);
        // Minified: a few very long lines, not one statement per line (exceljs, in the exports
        // function, carries XML templates whose line breaks are part of the strings).
        expect(code.split('\n').length, name).toBeLessThan(name === 'exports' ? 1000 : 200);
      }
    });

    it('keep the emails’ words as UTF-8 text, not \\u escapes three times their size', () => {
      const notifier = readFileSync(join(assetDir('notifier'), 'index.mjs'), 'utf8');

      expect(notifier).toContain('Ссылка для входа в Hamkor');
      expect(notifier).not.toMatch(/\\u04[0-4][0-9a-f]/i);
    });

    it('include the AWS SDK instead of importing the runtime’s copy', () => {
      for (const name of functionNames) {
        const dir = assetDir(name);
        const code = readFileSync(join(dir, 'index.mjs'), 'utf8');
        const map = JSON.parse(readFileSync(join(dir, 'index.mjs.map'), 'utf8')) as { sources: string[] };

        expect(code, name).not.toMatch(/(from|import\()\s*["']@aws-sdk\//);
        expect(map.sources.some((source) => source.includes('node_modules/@aws-sdk/client-dynamodb/')), name).toBe(true);
      }
      const notifierMap = JSON.parse(readFileSync(join(assetDir('notifier'), 'index.mjs.map'), 'utf8')) as { sources: string[] };
      expect(notifierMap.sources.some((source) => source.includes('node_modules/@aws-sdk/client-ses/'))).toBe(true);
    });

    it('carry the S3 client in the bundles of the app’s functions only: the api’s, the office’s, and the exports’ (which has no grant on the documents)', () => {
      for (const name of functionNames) {
        const map = JSON.parse(readFileSync(join(assetDir(name), 'index.mjs.map'), 'utf8')) as { sources: string[] };

        expect(map.sources.some((source) => source.includes('node_modules/@aws-sdk/client-s3/')), name).toBe(appFunctions.includes(name));
      }
    });

    it('carry the files routes (exceljs, the XML reader, docx and pdf-lib, the import and export services) in the exports’ bundle only', () => {
      // saxes ships its own source map, whose source is its TypeScript file.
      const heavy = ['node_modules/exceljs/', 'saxes.ts', 'functions/lib/services/imports.ts', 'functions/lib/services/exports.ts', 'functions/lib/ewp/', 'node_modules/docx/', 'node_modules/pdf-lib/'];
      for (const name of functionNames) {
        const map = JSON.parse(readFileSync(join(assetDir(name), 'index.mjs.map'), 'utf8')) as { sources: string[] };

        for (const part of heavy) expect(map.sources.some((source) => source.includes(part)), `${name}: ${part}`).toBe(name === 'exports');
      }
    });

    it('carry the office’s rarely used routes (people and chains, an agreement’s life, residences, reports, activities, templates) in the office’s bundle only', () => {
      const office = ['people', 'agreement-life', 'housing', 'reports', 'activities', 'templates'].map((route) => `functions/api/routes/${route}.ts`);
      for (const name of functionNames) {
        const map = JSON.parse(readFileSync(join(assetDir(name), 'index.mjs.map'), 'utf8')) as { sources: string[] };

        for (const part of office) expect(map.sources.some((source) => source.endsWith(part)), `${name}: ${part}`).toBe(name === 'office');
      }
    });

    it('leave the office’s own request schemas (activities, people and chains) out of the API’s bundle: its routes import schemas by file, not through the barrel', () => {
      const sources = (name: (typeof functionNames)[number]) => (JSON.parse(readFileSync(join(assetDir(name), 'index.mjs.map'), 'utf8')) as { sources: string[] }).sources;
      for (const schemas of ['shared/schemas/activity.ts', 'shared/schemas/directory.ts']) {
        expect(sources('office').some((s) => s.endsWith(schemas)), `office: ${schemas}`).toBe(true);
        expect(sources('api').some((s) => s.endsWith(schemas)), `api: ${schemas}`).toBe(false);
      }
    });

    it('give the exports function the memorandum’s writers and font, and the API function neither', () => {
      const sources = (name: (typeof functionNames)[number]) => (JSON.parse(readFileSync(join(assetDir(name), 'index.mjs.map'), 'utf8')) as { sources: string[] }).sources;
      for (const lib of ['node_modules/docx/', 'node_modules/pdf-lib/', 'node_modules/@pdf-lib/fontkit/']) {
        expect(sources('exports').some((s) => s.includes(lib)), lib).toBe(true);
        expect(sources('api').some((s) => s.includes(lib)), lib).toBe(false);
      }
      for (const font of Object.values(MEMORANDUM_FONT.files)) {
        expect(existsSync(join(assetDir('exports'), font)), font).toBe(true);
        expect(existsSync(join(assetDir('api'), font)), font).toBe(false);
      }
    });

    it('load on Node as ES modules with the environment the stack gives them, and export a handler', () => {
      for (const name of functionNames) {
        const variables = resolvedEnvironment(name);
        const entry = join(assetDir(name), 'index.mjs');

        const exported = execFileSync(
          process.execPath,
          ['--no-warnings', '--input-type=module', '-e', `const m = await import(${JSON.stringify(entry)}); console.log(typeof m.handler);`],
          { env: { PATH: process.env.PATH, ...variables }, encoding: 'utf8' },
        );

        expect(exported.trim(), name).toBe('function');
      }
    });
  });
});

describe('the API', () => {
  it('is an HTTP API whose default route sends every request to the api function (payload v2)', () => {
    template.resourceCountIs('AWS::ApiGatewayV2::Api', 1);
    template.hasResourceProperties('AWS::ApiGatewayV2::Api', { ProtocolType: 'HTTP' });
    template.hasResourceProperties('AWS::ApiGatewayV2::Route', { RouteKey: '$default' });
    template.hasResourceProperties('AWS::ApiGatewayV2::Integration', {
      IntegrationType: 'AWS_PROXY',
      PayloadFormatVersion: '2.0',
      IntegrationUri: { 'Fn::GetAtt': [ids.api, 'Arn'] },
    });
  });

  it('sends the exports, the imports, the EWP files and the memorandum’s text to the files function, and the office’s rarely used routes to the office function, each through one integration', () => {
    for (const [path, methods] of [...FILES_ROUTES, ...OFFICE_ROUTES]) for (const method of methods) template.hasResourceProperties('AWS::ApiGatewayV2::Route', { RouteKey: `${method} ${path}` });
    template.hasResourceProperties('AWS::ApiGatewayV2::Integration', { IntegrationType: 'AWS_PROXY', PayloadFormatVersion: '2.0', IntegrationUri: { 'Fn::GetAtt': [ids.exports, 'Arn'] } });
    template.hasResourceProperties('AWS::ApiGatewayV2::Integration', { IntegrationType: 'AWS_PROXY', PayloadFormatVersion: '2.0', IntegrationUri: { 'Fn::GetAtt': [ids.office, 'Arn'] } });
    const routeKeys = [...FILES_ROUTES, ...OFFICE_ROUTES].flatMap(([, methods]) => methods).length;
    expect(Object.keys(template.findResources('AWS::ApiGatewayV2::Route')).length).toBe(1 + routeKeys);
    expect(Object.keys(template.findResources('AWS::ApiGatewayV2::Integration')).length).toBe(3);
  });

  it('routes each files route to the files function, each office route to the office function and each core route to the api function, whose bundles serve only those', () => {
    // The gateway's path templates as patterns: {proxy+} takes the rest, {name} one segment.
    const routedBy = (routes: typeof FILES_ROUTES) => (method: string, path: string) =>
      routes.some(
        ([template, methods]) =>
          methods.some((m) => m === method.toUpperCase()) &&
          new RegExp(`^${template.replace(/[.]/g, '\\.').replace(/\{proxy\+\}/, '.+').replace(/\{[a-z]+\}/g, '[^/]+')}$`).test(path),
      );
    const toFiles = routedBy(FILES_ROUTES);
    const toOffice = routedBy(OFFICE_ROUTES);
    // A Hono path with a sample for each parameter, as a request would come.
    const sample = (path: string) => `/api${path.replace(/:[A-Za-z]+/g, 'x7')}`;
    const files = fileRoutes(new ApiRouter()).specs;
    const office = officeRoutes(new ApiRouter()).specs;
    const core = coreRoutes(new ApiRouter()).specs;

    expect(files.length).toBeGreaterThan(0);
    expect(office.length).toBeGreaterThan(0);
    for (const spec of files) expect([toFiles(spec.method, sample(spec.path)), toOffice(spec.method, sample(spec.path))], `${spec.method} ${spec.path}`).toEqual([true, false]);
    for (const spec of office) expect([toFiles(spec.method, sample(spec.path)), toOffice(spec.method, sample(spec.path))], `${spec.method} ${spec.path}`).toEqual([false, true]);
    for (const spec of core) expect([toFiles(spec.method, sample(spec.path)), toOffice(spec.method, sample(spec.path))], `${spec.method} ${spec.path}`).toEqual([false, false]);
  });

  it('throttles the default stage', () => {
    template.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      StageName: '$default',
      AutoDeploy: true,
      DefaultRouteSettings: { ThrottlingRateLimit: 50, ThrottlingBurstLimit: 100 },
    });
  });

  it('has an origin secret generated by Secrets Manager (letters and digits), which the api function demands of every request', () => {
    template.hasResourceProperties('AWS::SecretsManager::Secret', {
      GenerateSecretString: { PasswordLength: 48, ExcludePunctuation: true },
    });

    expect(fn('api').Properties.Environment.Variables.ORIGIN_VERIFY_SECRET).toEqual(originSecretValue());
  });

  it('keeps its execute-api endpoint (CloudFront forwards to it; there is no custom API domain), which therefore refuses requests without the secret', () => {
    const api = Object.values(template.findResources('AWS::ApiGatewayV2::Api'))[0]!.Properties;

    // Disabling it would cut CloudFront off too: the app's origin secret check closes it instead.
    expect(api.DisableExecuteApiEndpoint).toBeUndefined();
    expect(loadConfig(resolvedEnvironment('api')).originVerifySecret).toBeDefined();
  });

  it('writes one JSON access log line per request, with its request id, to a log group with retention', () => {
    const stage = Object.values(template.findResources('AWS::ApiGatewayV2::Stage'))[0]!.Properties;
    const destination = JSON.stringify(stage.AccessLogSettings.DestinationArn);
    const accessLogGroup = logicalId(template, 'AWS::Logs::LogGroup', 'ApiAccessLogs');

    expect(JSON.parse(stage.AccessLogSettings.Format)).toMatchObject({ requestId: '$context.requestId', status: '$context.status' });
    expect(destination).toContain(accessLogGroup);
    template.hasResourceProperties('AWS::Logs::LogGroup', { RetentionInDays: Match.anyValue() });
  });
});

describe('mail', () => {
  const configurationSet = () => logicalId(template, 'AWS::SES::ConfigurationSet', 'MailConfigurationSet');

  it('verifies the sender’s domain as an SES identity signed with 2048-bit Easy DKIM', () => {
    template.resourceCountIs('AWS::SES::EmailIdentity', 1);
    template.hasResourceProperties('AWS::SES::EmailIdentity', {
      EmailIdentity: 'mail.test-uni.example',
      DkimAttributes: { SigningEnabled: true },
      DkimSigningAttributes: { NextSigningKeyLength: 'RSA_2048_BIT' },
    });
  });

  it('sends every message through the identity’s default configuration set', () => {
    template.hasResourceProperties('AWS::SES::EmailIdentity', {
      ConfigurationSetAttributes: { ConfigurationSetName: { Ref: configurationSet() } },
    });
  });

  it('keeps open and click tracking off, so links reach people exactly as minted', () => {
    const properties = template.findResources('AWS::SES::ConfigurationSet')[configurationSet()]!.Properties;
    const destinations = Object.values(template.findResources('AWS::SES::ConfigurationSetEventDestination'));

    expect(properties.VdmOptions).toEqual({ DashboardOptions: { EngagementMetrics: 'DISABLED' } });
    expect(properties.TrackingOptions).toBeUndefined();
    for (const destination of destinations) {
      expect(destination.Properties.EventDestination.MatchingEventTypes).not.toEqual(expect.arrayContaining(['OPEN']));
      expect(destination.Properties.EventDestination.MatchingEventTypes).not.toEqual(expect.arrayContaining(['CLICK']));
    }
  });

  it('requires TLS to the recipient’s server, publishes reputation metrics and suppresses addresses that bounced or complained', () => {
    template.hasResourceProperties('AWS::SES::ConfigurationSet', {
      DeliveryOptions: { TlsPolicy: 'REQUIRE' },
      ReputationOptions: { ReputationMetricsEnabled: true },
      SendingOptions: { SendingEnabled: true },
      SuppressionOptions: { SuppressedReasons: ['BOUNCE', 'COMPLAINT'] },
    });
  });

  it('publishes the three DKIM CNAME records for the operator’s DNS', () => {
    const outputs = template.findOutputs('*');

    expect(Object.keys(outputs).filter((name) => name.startsWith('Dkim')).sort()).toEqual(['DkimRecord1', 'DkimRecord2', 'DkimRecord3']);
    expect(JSON.stringify(outputs.DkimRecord1!.Value)).toContain('DkimDNSTokenName1');
  });
});

describe('bounces and complaints', () => {
  const configurationSet = () => logicalId(template, 'AWS::SES::ConfigurationSet', 'MailConfigurationSet');
  const bounceRule = () => Object.values(template.findResources('AWS::Events::Rule')).find((rule) => rule.Properties.EventPattern)!.Properties;

  it('are published by the configuration set, and nothing else, to the default EventBridge bus', () => {
    template.resourceCountIs('AWS::SES::ConfigurationSetEventDestination', 1);
    template.hasResourceProperties('AWS::SES::ConfigurationSetEventDestination', {
      ConfigurationSetName: { Ref: configurationSet() },
      EventDestination: {
        Enabled: true,
        MatchingEventTypes: ['bounce', 'complaint'],
        EventBridgeDestination: { EventBusArn: 'arn:aws:events:eu-central-1:111122223333:event-bus/default' },
      },
    });
  });

  it('reach the bounces function through a rule that takes only this installation’s SES events', () => {
    expect(bounceRule().EventPattern).toEqual({
      source: ['aws.ses'],
      'detail-type': ['Email Bounced', 'Email Complaint Received'],
      detail: { mail: { tags: { 'ses:configuration-set': [{ Ref: configurationSet() }] } } },
    });
    expect(bounceRule().EventBusName).toBeUndefined(); // the default bus, the only one SES publishes to
  });

  it('are retried by EventBridge and then kept in an encrypted dead-letter queue behind TLS, never dropped', () => {
    expect(bounceRule().Targets).toEqual([
      expect.objectContaining({
        Arn: { 'Fn::GetAtt': [ids.bounces, 'Arn'] },
        DeadLetterConfig: { Arn: { 'Fn::GetAtt': [ids.bounceDeadLetters, 'Arn'] } },
        RetryPolicy: { MaximumRetryAttempts: 8, MaximumEventAgeInSeconds: 24 * 3600 },
      }),
    ]);
    template.hasResourceProperties('AWS::SQS::QueuePolicy', {
      Queues: [{ Ref: ids.bounceDeadLetters }],
      PolicyDocument: { Statement: Match.arrayWith([denyWithoutTls, Match.objectLike({ Effect: 'Allow', Principal: { Service: 'events.amazonaws.com' }, Action: 'sqs:SendMessage' })]) },
    });
    template.hasResourceProperties('AWS::Lambda::Permission', {
      Action: 'lambda:InvokeFunction',
      FunctionName: { 'Fn::GetAtt': [ids.bounces, 'Arn'] },
      Principal: 'events.amazonaws.com',
    });
  });
});

describe('the notifier', () => {
  const mapping = () => Object.values(template.findResources('AWS::Lambda::EventSourceMapping'))[0]!.Properties;

  it('reads the table stream, oldest record first', () => {
    template.resourceCountIs('AWS::Lambda::EventSourceMapping', 1);
    expect(mapping()).toMatchObject({
      FunctionName: { Ref: ids.notifier },
      EventSourceArn: { 'Fn::GetAtt': [ids.table, 'StreamArn'] },
      StartingPosition: 'TRIM_HORIZON',
    });
  });

  it('is invoked only for inserted event items', () => {
    const filters = mapping().FilterCriteria.Filters as { Pattern: string }[];

    expect(filters.map((filter) => JSON.parse(filter.Pattern))).toEqual([
      { eventName: ['INSERT'], dynamodb: { NewImage: { itemType: { S: ['event'] } } } },
    ]);
  });

  it('reports failures per record, bisects a failing batch, bounds retries and record age, and then sends the record to the dead-letter queue', () => {
    expect(mapping()).toMatchObject({
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      BisectBatchOnFunctionError: true,
      MaximumRetryAttempts: 5,
      MaximumRecordAgeInSeconds: 6 * 3600,
      DestinationConfig: { OnFailure: { Destination: { 'Fn::GetAtt': [ids.deadLetters, 'Arn'] } } },
    });
  });

  it('sends, all copies together, no faster than the SES account rate: each paces itself to 14/s shared by its reserved concurrency', () => {
    const config = loadConfig(resolvedEnvironment('notifier'));

    expect(config.sesMaxSendRate * fn('notifier').Properties.ReservedConcurrentExecutions).toBe(14);
  });

  it('keeps its dead letters encrypted, behind TLS, for the longest SQS allows', () => {
    template.hasResourceProperties('AWS::SQS::Queue', { SqsManagedSseEnabled: true, MessageRetentionPeriod: 14 * 86400 });
    template.hasResourceProperties('AWS::SQS::QueuePolicy', {
      Queues: [{ Ref: ids.deadLetters }],
      PolicyDocument: { Statement: Match.arrayWith([denyWithoutTls]) },
    });
  });
});

describe('the scheduler', () => {
  it('runs the scheduler function every hour through an EventBridge rule, with bounded retries', () => {
    template.resourceCountIs('AWS::Events::Rule', 2); // the hourly tick and the bounces rule
    template.hasResourceProperties('AWS::Events::Rule', {
      ScheduleExpression: 'rate(1 hour)',
      State: 'ENABLED',
      Targets: [Match.objectLike({ Arn: { 'Fn::GetAtt': [ids.scheduler, 'Arn'] }, RetryPolicy: { MaximumRetryAttempts: 2, MaximumEventAgeInSeconds: 3600 } })],
    });
    template.hasResourceProperties('AWS::Lambda::Permission', {
      Action: 'lambda:InvokeFunction',
      FunctionName: { 'Fn::GetAtt': [ids.scheduler, 'Arn'] },
      Principal: 'events.amazonaws.com',
    });
  });
});

describe('the alarms', () => {
  const alarms = () => Object.values(template.findResources('AWS::CloudWatch::Alarm')).map((alarm) => alarm.Properties);

  it('go to an SNS topic encrypted with a rotating key that CloudWatch may use, which refuses requests without TLS', () => {
    const keyId = logicalId(template, 'AWS::KMS::Key', 'AlarmsTopicKey');
    template.hasResourceProperties('AWS::SNS::Topic', { KmsMasterKeyId: { 'Fn::GetAtt': [keyId, 'Arn'] } });
    template.hasResourceProperties('AWS::KMS::Key', {
      EnableKeyRotation: true,
      KeyPolicy: {
        Statement: Match.arrayWith([
          Match.objectLike({ Principal: { Service: 'cloudwatch.amazonaws.com' }, Action: Match.arrayWith(['kms:Decrypt']) }),
        ]),
      },
    });
    template.hasResourceProperties('AWS::SNS::TopicPolicy', {
      Topics: [{ Ref: ids.topic }],
      PolicyDocument: { Statement: Match.arrayWith([denyWithoutTls]) },
    });
  });

  it('reach every configured administrator by email', () => {
    template.resourceCountIs('AWS::SNS::Subscription', 2);
    for (const address of ['it-admin@test-uni.example', 'iro-head@test-uni.example']) {
      template.hasResourceProperties('AWS::SNS::Subscription', { Protocol: 'email', Endpoint: address, TopicArn: { Ref: ids.topic } });
    }
  });

  it('watch each function for errors and throttles', () => {
    for (const name of functionNames) {
      for (const metric of ['Errors', 'Throttles']) {
        expect(alarms(), `${name} ${metric}`).toContainEqual(
          expect.objectContaining({
            Namespace: 'AWS/Lambda',
            MetricName: metric,
            Dimensions: [{ Name: 'FunctionName', Value: { Ref: ids[name] } }],
            Statistic: 'Sum',
            Threshold: 1,
            ComparisonOperator: 'GreaterThanOrEqualToThreshold',
          }),
        );
      }
    }
  });

  it('raise one when a record lands in either dead-letter queue', () => {
    for (const queue of [ids.deadLetters, ids.bounceDeadLetters]) {
      expect(alarms()).toContainEqual(
        expect.objectContaining({
          Namespace: 'AWS/SQS',
          MetricName: 'ApproximateNumberOfMessagesVisible',
          Dimensions: [{ Name: 'QueueName', Value: { 'Fn::GetAtt': [queue, 'QueueName'] } }],
          Threshold: 1,
        }),
      );
    }
  });

  it('raise one when the SES bounce rate reaches 5% or the complaint rate 0.1%', () => {
    expect(alarms()).toContainEqual(
      expect.objectContaining({ Namespace: 'AWS/SES', MetricName: 'Reputation.BounceRate', Threshold: 0.05, ComparisonOperator: 'GreaterThanOrEqualToThreshold' }),
    );
    expect(alarms()).toContainEqual(
      expect.objectContaining({ Namespace: 'AWS/SES', MetricName: 'Reputation.ComplaintRate', Threshold: 0.001 }),
    );
  });

  it('all notify the administrators’ topic, when raised and when cleared', () => {
    expect(alarms()).toHaveLength(functionNames.length * 2 + 2 + 2);
    for (const alarm of alarms()) {
      expect(alarm.AlarmActions, alarm.MetricName).toEqual([{ Ref: ids.topic }]);
      expect(alarm.OKActions, alarm.MetricName).toEqual([{ Ref: ids.topic }]);
      expect(alarm.TreatMissingData).toBe('notBreaching');
    }
  });
});

describe('the web front end', () => {
  const distribution = () => template.findResources('AWS::CloudFront::Distribution')[ids.distribution]!.Properties.DistributionConfig;
  const origin = (originId: string) => (distribution().Origins as { Id: string }[]).find((o) => o.Id === originId)!;
  const headersPolicy = () => logicalId(template, 'AWS::CloudFront::ResponseHeadersPolicy', 'WebSecurityHeaders');

  it('keeps the site in a private, encrypted bucket that only this distribution may read, through origin access control', () => {
    const site = template.findResources('AWS::S3::Bucket')[ids.site]!.Properties;
    const defaultOrigin = origin(distribution().DefaultCacheBehavior.TargetOriginId);

    expect(site).toMatchObject({
      PublicAccessBlockConfiguration: { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true },
      BucketEncryption: { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }] },
      LoggingConfiguration: { DestinationBucketName: { Ref: ids.accessLogs }, LogFilePrefix: 'web/' },
    });
    expect(defaultOrigin).toMatchObject({ DomainName: { 'Fn::GetAtt': [ids.site, 'RegionalDomainName'] }, OriginAccessControlId: expect.anything() });
    template.hasResourceProperties('AWS::CloudFront::OriginAccessControl', {
      OriginAccessControlConfig: { OriginAccessControlOriginType: 's3', SigningBehavior: 'always', SigningProtocol: 'sigv4' },
    });
    const sitePolicy = Object.values(template.findResources('AWS::S3::BucketPolicy')).find((p) => p.Properties.Bucket.Ref === ids.site)!;
    const allows = (sitePolicy.Properties.PolicyDocument.Statement as Statement[]).filter((s) => s.Effect === 'Allow');
    expect(allows).toEqual([expect.objectContaining({ Principal: { Service: 'cloudfront.amazonaws.com' }, Action: 's3:GetObject' })]);
    expect(JSON.stringify(allows[0]!.Condition)).toContain(`":distribution/",{"Ref":"${ids.distribution}"}`);
  });

  it('routes /api/* to the HTTP API over TLS 1.2, uncached, with the viewer’s cookies, query and the headers the app reads', () => {
    const behaviors = distribution().CacheBehaviors as Record<string, unknown>[];
    const api = behaviors.find((b) => b.PathPattern === '/api/*')!;

    expect(behaviors).toHaveLength(1);
    expect(api).toMatchObject({
      ViewerProtocolPolicy: 'https-only',
      AllowedMethods: expect.arrayContaining(['GET', 'HEAD', 'OPTIONS', 'PUT', 'PATCH', 'POST', 'DELETE']),
      CachePolicyId: '4135ea2d-6df8-44a3-9df3-4b5a84be39ad', // managed CachingDisabled
      OriginRequestPolicyId: { Ref: logicalId(template, 'AWS::CloudFront::OriginRequestPolicy', 'WebApiRequests') },
      ResponseHeadersPolicyId: { Ref: headersPolicy() },
    });
    expect(origin(api.TargetOriginId as string)).toMatchObject({
      DomainName: { 'Fn::Select': [2, { 'Fn::Split': ['/', { 'Fn::GetAtt': [logicalId(template, 'AWS::ApiGatewayV2::Api', 'ApiHttpApi'), 'ApiEndpoint'] }] }] },
      CustomOriginConfig: { OriginProtocolPolicy: 'https-only', OriginSSLProtocols: ['TLSv1.2'] },
    });
  });

  it('forwards the viewer’s own address (CloudFront-Viewer-Address) to the API, with the headers the app reads, and never Host', () => {
    const policy = Object.values(template.findResources('AWS::CloudFront::OriginRequestPolicy'))[0]!.Properties.OriginRequestPolicyConfig;
    const headers = (policy.HeadersConfig.Headers as string[]).map((h) => h.toLowerCase());

    expect(policy.HeadersConfig.HeaderBehavior).toBe('whitelist');
    expect(headers).toEqual(expect.arrayContaining(['cloudfront-viewer-address', 'content-type', 'origin', 'sec-fetch-site', 'idempotency-key']));
    expect(headers).not.toContain('host');
    expect(headers.length).toBeLessThanOrEqual(10); // CloudFront's limit per policy
    expect(policy.CookiesConfig.CookieBehavior).toBe('all');
    expect(policy.QueryStringsConfig.QueryStringBehavior).toBe('all');
  });

  it('adds the API’s origin secret to every request it forwards there, from the same secret the api function checks, and to no other origin', () => {
    const api = (distribution().CacheBehaviors as Record<string, unknown>[]).find((b) => b.PathPattern === '/api/*')!;
    const apiOrigin = origin(api.TargetOriginId as string) as { OriginCustomHeaders?: unknown };
    const siteOrigin = origin(distribution().DefaultCacheBehavior.TargetOriginId) as { OriginCustomHeaders?: unknown };

    expect(apiOrigin.OriginCustomHeaders).toEqual([{ HeaderName: 'X-Origin-Verify', HeaderValue: originSecretValue() }]);
    expect(siteOrigin.OriginCustomHeaders).toBeUndefined();
  });

  it('has no AWS WAF web ACL unless the waf setting asks for one', () => {
    template.resourceCountIs('AWS::WAFv2::WebACL', 0);
    expect(distribution().WebACLId).toBeUndefined();
  });

  it('redirects pages from HTTP to HTTPS and serves them compressed from the cache', () => {
    expect(distribution().DefaultCacheBehavior).toMatchObject({
      ViewerProtocolPolicy: 'redirect-to-https',
      AllowedMethods: ['GET', 'HEAD'],
      Compress: true,
      CachePolicyId: '658327ea-f89d-4fab-a63d-7e88639e58f6', // managed CachingOptimized
    });
    expect(distribution().DefaultRootObject).toBe('index.html');
  });

  it('adds HSTS, nosniff, frame denial, no referrer and a content security policy of its own origin and the documents bucket to every response', () => {
    template.hasResourceProperties('AWS::CloudFront::ResponseHeadersPolicy', {
      ResponseHeadersPolicyConfig: Match.objectLike({
        SecurityHeadersConfig: {
          StrictTransportSecurity: { AccessControlMaxAgeSec: 730 * 86400, IncludeSubdomains: true, Override: true },
          ContentTypeOptions: { Override: true },
          FrameOptions: { FrameOption: 'DENY', Override: true },
          ReferrerPolicy: { ReferrerPolicy: 'no-referrer', Override: true },
          ContentSecurityPolicy: { ContentSecurityPolicy: Match.anyValue(), Override: true },
        },
      }),
    });
    // The policy names the documents bucket's regional endpoint, which the browser PUTs attachments to.
    const policy = template.findResources('AWS::CloudFront::ResponseHeadersPolicy')[headersPolicy()]!.Properties.ResponseHeadersPolicyConfig.SecurityHeadersConfig
      .ContentSecurityPolicy.ContentSecurityPolicy as { 'Fn::Join': [string, unknown[]] };
    const bucketEndpoint = { 'Fn::GetAtt': [ids.documents, 'RegionalDomainName'] };
    const [separator, parts] = policy['Fn::Join'];
    const written = parts.map((part) => (typeof part === 'string' ? part : JSON.stringify(part) === JSON.stringify(bucketEndpoint) ? '<documents>' : JSON.stringify(part))).join(separator);

    expect(written).toBe(contentSecurityPolicy('https://<documents>'));
    expect(written).toContain("connect-src 'self' https://<documents>;");
    expect(distribution().DefaultCacheBehavior.ResponseHeadersPolicyId).toEqual({ Ref: headersPolicy() });
    expect(defaultContentSecurityPolicy).toContain("script-src 'self'");
    expect(defaultContentSecurityPolicy).toContain("connect-src 'self';");
    expect(written).not.toContain('unsafe-inline');
  });

  it('serves the local server’s page routes from their HTML files, at the edge', () => {
    const handler = new Function(`${pageRoutesFunctionCode}; return handler;`)() as (event: { request: { uri: string } }) => { uri: string };
    const rewrite = (uri: string) => handler({ request: { uri } }).uri;

    template.hasResourceProperties('AWS::CloudFront::Function', {
      FunctionCode: pageRoutesFunctionCode,
      FunctionConfig: Match.objectLike({ Runtime: 'cloudfront-js-2.0' }),
    });
    expect(distribution().DefaultCacheBehavior.FunctionAssociations).toEqual([
      { EventType: 'viewer-request', FunctionARN: { 'Fn::GetAtt': [logicalId(template, 'AWS::CloudFront::Function', 'WebPageRoutes'), 'FunctionARN'] } },
    ]);
    expect(rewrite('/')).toBe('/index.html');
    expect(rewrite('/signin')).toBe('/signin.html');
    expect(rewrite('/act')).toBe('/act.html');
    expect(rewrite('/partner')).toBe('/partner.html');
    expect(rewrite('/office')).toBe('/office-dashboard.html');
    expect(rewrite('/office/agreements')).toBe('/office-agreements.html');
    expect(rewrite('/office/nominations')).toBe('/office-nominations.html');
    expect(rewrite('/office/partners')).toBe('/office-partners.html');
    expect(rewrite('/office/activities')).toBe('/office-activities.html');
    expect(rewrite('/office/people')).toBe('/office-people.html');
    expect(rewrite('/office/chains')).toBe('/office-chains.html');
    expect(rewrite('/office/reports')).toBe('/office-reports.html');
    expect(rewrite('/office/reports/annual')).toBe('/office-annual.html');
    expect(rewrite('/office/import')).toBe('/office-import.html');
    expect(rewrite('/nominations/NOM-2026-0042')).toBe('/index.html');
    expect(rewrite('/agreements/AGR-2026-0007')).toBe('/index.html');
    expect(rewrite('/nominations/NOM-2026-0042/edit')).toBe('/index.html');
    // The build's hashed files are served as they are.
    expect(rewrite('/assets/act-DljjRyA9.js')).toBe('/assets/act-DljjRyA9.js');
    expect(rewrite('/assets/style-W5cW1XY9.css')).toBe('/assets/style-W5cW1XY9.css');
  });

  it('uploads the built pages on every deploy, removes pages no longer there, and refreshes the cache', () => {
    template.hasResourceProperties('Custom::CDKBucketDeployment', {
      DestinationBucketName: { Ref: ids.site },
      Prune: true,
      RetainOnDelete: false,
      DistributionId: { Ref: ids.distribution },
      DistributionPaths: ['/*'],
    });
  });

  describe('the upload of the Vite build', () => {
    const deployments = () => template.findResources('Custom::CDKBucketDeployment');
    const pages = () => Object.entries(deployments()).find(([, d]) => JSON.stringify(d.Properties.Include) === '["*.html"]')!;
    const assets = () => Object.entries(deployments()).find(([, d]) => JSON.stringify(d.Properties.Exclude) === '["*.html"]')!;
    /** The folder CDK staged for the upload, as the deployment names it. */
    const stagedBuild = () => join(synth.app.outdir, `asset.${(pages()[1].Properties.SourceObjectKeys as string[])[0]!.replace(/\.zip$/, '')}`);

    it('caches the hashed scripts and styles for a year, keeps earlier ones, and makes every page revalidate, from one build', () => {
      const [pagesId, pagesUpload] = pages();
      const [assetsId, assetsUpload] = assets();

      expect(Object.keys(deployments()).sort()).toEqual([assetsId, pagesId].sort());
      // Not pruned: a page served until the second pass, or open in a browser, keeps its files.
      expect(assetsUpload.Properties).toMatchObject({
        DestinationBucketName: { Ref: ids.site },
        Prune: false,
        SystemMetadata: { 'cache-control': 'public, max-age=31536000, immutable' },
      });
      expect(assetsUpload.Properties.DistributionId).toBeUndefined();
      expect(pagesUpload.Properties).toMatchObject({ Exclude: ['*'], Include: ['*.html'], Prune: true, SystemMetadata: { 'cache-control': 'no-cache' } });
      expect(pagesUpload.Properties.SourceObjectKeys).toEqual(assetsUpload.Properties.SourceObjectKeys);
      // A page goes live only after the files it names.
      expect(pagesUpload.DependsOn).toContain(assetsId);
    });

    it('is the Vite build: each page’s hashed script and stylesheet, and no TypeScript source', () => {
      const dir = stagedBuild();
      const files = readdirSync(dir, { recursive: true }).map(String);

      for (const page of ['index.html', 'signin.html', 'act.html', 'partner.html', 'office-agreements.html', 'office-nominations.html', 'office-partners.html', 'office-activities.html', 'office-people.html', 'office-chains.html', 'office-reports.html', 'office-annual.html', 'office-import.html', 'office-dashboard.html']) {
        const html = readFileSync(join(dir, page), 'utf8');
        const referenced = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+)"/g)].map((m) => m[1]!);

        expect(referenced.some((f) => /^assets\/[a-z]+-[\w-]{8}\.js$/.test(f)), page).toBe(true);
        expect(referenced.some((f) => /^assets\/style-[\w-]{8}\.css$/.test(f)), page).toBe(true);
        for (const file of referenced) expect(files, `${page} names ${file}`).toContain(file);
        expect(html, page).not.toContain('/src/');
      }
      expect(files.filter((f) => /\.ts$|^src\/|vite\.config/.test(f))).toEqual([]);
    });
  });

  it('logs viewer requests to the access-log bucket', () => {
    expect(distribution().Logging).toEqual({ Bucket: { 'Fn::GetAtt': [ids.accessLogs, 'RegionalDomainName'] }, Prefix: 'cloudfront/' });
  });

  it('warns at synth that without a certificate the app domain is not served', () => {
    Annotations.fromStack(synth.stack).hasWarning('/Hamkor-test/Web', Match.stringLikeRegexp('No certificateArn'));
    expect(distribution().Aliases).toBeUndefined();
  });
});

describe('least privilege', () => {
  /**
   * Actions IAM cannot scope to a resource, so they must name "*". None reads or writes data.
   * - xray:PutTraceSegments, xray:PutTelemetryRecords: active tracing, added by Lambda's tracing option.
   * - dynamodb:ListStreams: added by the DynamoDB event source; lists stream ARNs, no data.
   */
  const unscopableActions = new Set(['xray:PutTraceSegments', 'xray:PutTelemetryRecords', 'dynamodb:ListStreams']);
  /** CDK's BucketDeployment grants its cache invalidation on "*" (it touches no data). */
  const uploadInvalidation = new Set(['cloudfront:CreateInvalidation', 'cloudfront:GetInvalidation']);
  const isDataAction = (action: string) => /^(dynamodb|s3|sqs|ses|sns|kms):/.test(action);
  const uploadRole = () => logicalId(template, 'AWS::IAM::Role', 'WebUploadRole');
  const functionStatements = () => identityStatements(template).filter((s) => functionNames.map(roleOf).includes(s.role));

  it('no identity policy allows a "*" action or a whole-service wildcard', () => {
    const statements = identityStatements(template);

    expect(statements.length).toBeGreaterThan(0);
    for (const { role, statement } of statements) {
      for (const action of asArray(statement.Action)) {
        expect(action, role).not.toBe('*');
        expect(action, role).not.toMatch(/:\*$/);
      }
    }
  });

  it('no identity policy allows "*" resources except for the few actions IAM cannot scope', () => {
    for (const { role, statement } of identityStatements(template)) {
      if (!asArray(statement.Resource).includes('*')) continue;
      for (const action of asArray(statement.Action)) {
        const allowed = unscopableActions.has(action) || (role === uploadRole() && uploadInvalidation.has(action));
        expect(allowed, `${role} ${action} on *`).toBe(true);
      }
    }
  });

  it('no function’s data action names a resource pattern: every table, index, stream, queue and identity is spelt out (documents: their one prefix)', () => {
    for (const { role, statement } of functionStatements()) {
      const dataActions = asArray(statement.Action).filter((action) => isDataAction(action) && !unscopableActions.has(action));
      if (dataActions.length === 0) continue;
      for (const resource of asArray(statement.Resource)) {
        // Objects that do not exist yet can only be named by their prefix; the test below pins it.
        if (JSON.stringify(resource) === JSON.stringify(documentObjectsArn())) continue;
        expect(JSON.stringify(resource), `${role} ${dataActions.join(',')}`).not.toContain('*');
      }
    }
  });

  it('gives each function its own role, with no AWS managed policy', () => {
    const roles = template.findResources('AWS::IAM::Role');

    expect(new Set(functionNames.map(roleOf)).size).toBe(functionNames.length);
    for (const [id, role] of Object.entries(roles)) {
      expect(role.Properties.ManagedPolicyArns, id).toBeUndefined();
      expect(role.Properties.AssumeRolePolicyDocument.Statement).toEqual([
        expect.objectContaining({ Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }),
      ]);
    }
  });

  it('grants each function only what it uses', () => {
    const actionsOf = (name: (typeof functionNames)[number]) =>
      new Set(identityStatements(template).filter((s) => s.role === roleOf(name)).flatMap((s) => asArray(s.statement.Action)));
    const base = ['logs:CreateLogStream', 'logs:PutLogEvents', 'xray:PutTraceSegments', 'xray:PutTelemetryRecords', ...itemReadWriteActions];

    expect(actionsOf('api')).toEqual(new Set([...base, 's3:PutObject', 's3:GetObject', 's3:GetObjectVersion']));
    expect(actionsOf('office')).toEqual(actionsOf('api'));
    expect(actionsOf('exports')).toEqual(new Set(base));
    expect(actionsOf('scheduler')).toEqual(new Set(base));
    expect(actionsOf('bounces')).toEqual(new Set(base));
    expect(actionsOf('notifier')).toEqual(
      new Set([
        ...base,
        'dynamodb:DescribeStream',
        'dynamodb:GetRecords',
        'dynamodb:GetShardIterator',
        'dynamodb:ListStreams',
        'sqs:SendMessage',
        'sqs:GetQueueAttributes',
        'sqs:GetQueueUrl',
        'ses:SendEmail',
      ]),
    );
  });

  it('lets the functions read and write items in the table and its named indexes only, and never scan', () => {
    const expectedResources = [tableArn(), ...tableDefinition.indexes.map((index) => ({ 'Fn::Join': ['', [tableArn(), `/index/${index.name}`]] }))];

    for (const name of functionNames) {
      const itemStatements = identityStatements(template)
        .filter((s) => s.role === roleOf(name))
        .map((s) => s.statement)
        .filter((s: Statement) => asArray(s.Action).includes('dynamodb:GetItem'));

      expect(itemStatements, name).toHaveLength(1);
      expect(new Set(asArray(itemStatements[0]!.Resource))).toEqual(new Set(expectedResources));
    }
    for (const { statement } of identityStatements(template)) expect(asArray(statement.Action)).not.toContain('dynamodb:Scan');
  });

  it('lets only the notifier read the stream, on the table’s stream alone', () => {
    const streamStatements = identityStatements(template).filter((s) => asArray(s.statement.Action).includes('dynamodb:GetRecords'));

    expect(streamStatements.map((s) => s.role)).toEqual([roleOf('notifier')]);
    expect(streamStatements[0]!.statement.Resource).toEqual({ 'Fn::GetAtt': [ids.table, 'StreamArn'] });
  });

  it('lets only the notifier send email, and only as the sender’s domain identity through its configuration set', () => {
    const sesStatements = identityStatements(template).filter((s) => asArray(s.statement.Action).some((a) => a.startsWith('ses:')));
    const configurationSet = logicalId(template, 'AWS::SES::ConfigurationSet', 'MailConfigurationSet');
    const identity = logicalId(template, 'AWS::SES::EmailIdentity', 'MailIdentity');

    expect(sesStatements.map((s) => s.role)).toEqual([roleOf('notifier')]);
    expect(asArray(sesStatements[0]!.statement.Action)).toEqual(['ses:SendEmail']);
    expect(new Set(asArray(sesStatements[0]!.statement.Resource))).toEqual(
      new Set([
        { 'Fn::Join': ['', ['arn:aws:ses:eu-central-1:111122223333:identity/', { Ref: identity }]] },
        { 'Fn::Join': ['', ['arn:aws:ses:eu-central-1:111122223333:configuration-set/', { Ref: configurationSet }]] },
      ]),
    );
  });

  it('lets only the api and office functions (an activity’s documents) put and get documents, only under documents/ in the documents bucket: no listing, no deleting, no other bucket', () => {
    const s3Statements = functionStatements().filter((s) => asArray(s.statement.Action).some((action) => action.startsWith('s3:')));
    const documentStatements = identityStatements(template).filter((s) => JSON.stringify(s.statement.Resource).includes(ids.documents));

    expect(s3Statements.map((s) => s.role).sort()).toEqual([roleOf('api'), roleOf('office')].sort());
    for (const { statement } of s3Statements) {
      expect(statement).toMatchObject({ Effect: 'Allow', Resource: documentObjectsArn() });
      expect(statement.Condition).toBeUndefined();
      expect(new Set(asArray(statement.Action))).toEqual(new Set(['s3:PutObject', 's3:GetObject', 's3:GetObjectVersion']));
    }
    expect(documentStatements).toEqual(s3Statements);
  });

  it('lets the web upload touch only the site bucket and the CDK assets bucket', () => {
    const uploadS3 = identityStatements(template).filter((s) => s.role === uploadRole() && asArray(s.statement.Action).some((a) => a.startsWith('s3:')));
    const siteArn = { 'Fn::GetAtt': [ids.site, 'Arn'] };

    expect(uploadS3.length).toBeGreaterThan(0);
    for (const { statement } of uploadS3) {
      for (const resource of asArray(statement.Resource)) {
        const isSite = JSON.stringify(resource) === JSON.stringify(siteArn) || JSON.stringify(resource) === JSON.stringify({ 'Fn::Join': ['', [siteArn, '/*']] });
        const isAssets = typeof resource === 'string' && /^arn:aws:s3:::cdk-[a-z0-9]+-assets-111122223333-eu-central-1(\/\*)?$/.test(resource);
        expect(isSite || isAssets, JSON.stringify(resource)).toBe(true);
      }
    }
  });
});
