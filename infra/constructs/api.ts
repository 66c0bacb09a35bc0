/**
 * The HTTP API: API Gateway (HTTP API, payload v2) in front of the Hono app's Lambda, with
 * throttling on the default route and JSON access logs. The app does its own authentication
 * (session cookie from a magic link, or a one-time token in the body), so every path reaches it.
 *
 * CloudFront is the only way in. The execute-api endpoint cannot simply be disabled: it is the
 * very address CloudFront forwards to (only a custom API domain would free it). So the API has an
 * origin secret, generated in Secrets Manager, that CloudFront sends in a header and the app
 * demands of every request (`cloudFrontOnly`, 403 without it). Both read it through CloudFormation
 * dynamic references: the value is in neither the template nor the repository.
 */
import { Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import * as apigw from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import * as logs from 'aws-cdk-lib/aws-logs';
import type * as s3 from 'aws-cdk-lib/aws-s3';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import { NagSuppressions } from 'cdk-nag';
import { Construct } from 'constructs';
import { ORIGIN_VERIFY_HEADER } from '../../shared/edge';
import { MEMORANDUM_FONT } from '../../shared/memorandum-font';
import { AppFunction } from './app-function';
import { DOCUMENTS_PREFIX, type Data } from './data';


/**
 * The HTTP API's routes to the files function: the files routes of functions/api/file-routes.ts
 * (tests/infra/stack.test.ts checks that these cover each of them and none of the core's).
 */
export const FILES_ROUTES: ReadonlyArray<[string, apigw.HttpMethod[]]> = [
  ['/api/exports/{proxy+}', [apigw.HttpMethod.GET]],
  // The one export with a body: the tables a page shows, sent back as a workbook.
  ['/api/exports/workbook', [apigw.HttpMethod.POST]],
  ['/api/imports/{proxy+}', [apigw.HttpMethod.GET, apigw.HttpMethod.POST]],
  // EWP: an agreement as an IIA file, its check, a partner's file compared or created from, and
  // the partner's approval of our hash recorded from its file (saxes reads XML).
  ['/api/agreements/{id}/ewp-iia.xml', [apigw.HttpMethod.GET]],
  ['/api/agreements/{id}/ewp-iia', [apigw.HttpMethod.GET]],
  ['/api/agreements/{id}/ewp-approval', [apigw.HttpMethod.POST]],
  ['/api/ewp/{proxy+}', [apigw.HttpMethod.POST]],
  // The memorandum's text, written with docx and pdf-lib.
  ['/api/agreements/{id}/memorandum.docx', [apigw.HttpMethod.GET]],
  ['/api/agreements/{id}/memorandum.pdf', [apigw.HttpMethod.GET]],
  // The same text through the partner signatory's link (the token in the POST body).
  ['/api/partner-links/memorandum.pdf', [apigw.HttpMethod.POST]],
  // An incoming student's invitation letter, written with pdf-lib.
  ['/api/nominations/{id}/invitation-letter.pdf', [apigw.HttpMethod.GET]],
];

/**
 * The HTTP API's routes to the office function: the office's rarely used routes of
 * functions/api/office-routes.ts (tests/infra/stack.test.ts checks that these cover each of them and
 * none of the core's or the files'). Each path and method as the routes declare them, so that a path
 * of the core's beside them (`/api/agreements/{id}`, `/api/nominations/{id}/…`) stays the API function's.
 */
export const OFFICE_ROUTES: ReadonlyArray<[string, apigw.HttpMethod[]]> = [
  // People and their roles, and the approval chains.
  ['/api/people', [apigw.HttpMethod.GET, apigw.HttpMethod.POST]],
  ['/api/people/{email}', [apigw.HttpMethod.PUT]],
  ['/api/chains', [apigw.HttpMethod.GET]],
  ['/api/chains/{kind}', [apigw.HttpMethod.PUT]],
  // An agreement's life after its chain, and the dormant list (a literal segment: the gateway
  // prefers it to the core's `/api/agreements/{id}`, which the default route takes).
  ['/api/agreements/dormant', [apigw.HttpMethod.GET]],
  ['/api/agreements/{id}/signatures', [apigw.HttpMethod.POST]],
  ['/api/agreements/{id}/partner-signatory', [apigw.HttpMethod.POST]],
  ['/api/agreements/{id}/termination', [apigw.HttpMethod.POST]],
  ['/api/agreements/{id}/renewal', [apigw.HttpMethod.POST]],
  ['/api/agreements/{id}/changes', [apigw.HttpMethod.POST]],
  ['/api/agreements/{id}/versions', [apigw.HttpMethod.GET]],
  ['/api/agreements/{id}/versions/{proxy+}', [apigw.HttpMethod.GET]],
  // Residences and a nomination's accommodation.
  ['/api/residences', [apigw.HttpMethod.GET]],
  ['/api/residences/{id}', [apigw.HttpMethod.PUT]],
  ['/api/nominations/{id}/accommodation', [apigw.HttpMethod.POST]],
  ['/api/nominations/{id}/accommodation/cancel', [apigw.HttpMethod.POST]],
  // Reports and statistics (the activities' counts among them).
  ['/api/reports/{proxy+}', [apigw.HttpMethod.GET]],
  // Activities, their documents and the confirmation setting.
  ['/api/activities', [apigw.HttpMethod.GET, apigw.HttpMethod.POST]],
  ['/api/activities/{proxy+}', [apigw.HttpMethod.GET, apigw.HttpMethod.PUT, apigw.HttpMethod.POST]],
  ['/api/settings/activity-confirmation', [apigw.HttpMethod.GET, apigw.HttpMethod.PUT]],
  // The documents' templates.
  ['/api/templates/{proxy+}', [apigw.HttpMethod.GET, apigw.HttpMethod.PUT, apigw.HttpMethod.DELETE]],
];

/**
 * One JSON object per request. The path never carries a token (links keep theirs in the URL
 * fragment, which browsers do not send), so it is safe to log.
 */
const accessLogFormat = AccessLogFormat.custom(
  JSON.stringify({
    requestId: '$context.requestId',
    time: '$context.requestTime',
    ip: '$context.identity.sourceIp',
    userAgent: '$context.identity.userAgent',
    method: '$context.httpMethod',
    path: '$context.path',
    routeKey: '$context.routeKey',
    protocol: '$context.protocol',
    status: '$context.status',
    responseLength: '$context.responseLength',
    latencyMs: '$context.responseLatency',
    integrationLatencyMs: '$context.integrationLatency',
    integrationError: '$context.integrationErrorMessage',
  }),
);

export interface ApiProps {
  /** The table and bucket the app reads and writes. */
  readonly data: Data;
  /** Variables the app's `loadConfig` reads. */
  readonly environment: Record<string, string>;
  /**
   * Steady-state requests per second across the API.
   * @default 50
   */
  readonly throttlingRateLimit?: number;
  /**
   * Requests allowed in a burst above the steady rate.
   * @default 100
   */
  readonly throttlingBurstLimit?: number;
  /**
   * How long function and access logs are kept.
   * @default logs.RetentionDays.THREE_MONTHS
   */
  readonly logRetention?: logs.RetentionDays;
  /**
   * @default 1024 (the app renders and hashes snapshots; more memory is more CPU)
   */
  readonly memorySize?: number;
  /**
   * Below API Gateway's 30-second integration limit.
   * @default Duration.seconds(15)
   */
  readonly timeout?: Duration;
  /**
   * The app's reserved concurrency. As large as the stage's burst, so API Gateway's throttle (a
   * 429 the client may retry) always answers before Lambda's (which the HTTP API turns into a
   * 5xx); and no larger, so a rush cannot take the notifier's share of the account's pool.
   * @default the throttling burst limit (100)
   */
  readonly reservedConcurrency?: number;
  /**
   * Concurrent copies of the exports function. An export reads whole registers a page at a time
   * and writes a workbook in memory: a handful at once is plenty for one office, and more would
   * only spend DynamoDB read capacity the forms need.
   * @default 5
   */
  readonly exportsReservedConcurrency?: number;
  /**
   * Concurrent copies of the office function. Its routes are the office's own pages (people,
   * chains, reports, activities, residences, templates), used by a few people at a time; more
   * copies would only spend DynamoDB read capacity (a report reads a year of facts) the forms need.
   * @default 10
   */
  readonly officeReservedConcurrency?: number;
}

export class Api extends Construct {
  public readonly handler: AppFunction;
  /** The exports and imports (`/api/exports/*`, `/api/imports/*`): the same app with exceljs, in its own function and bundle. */
  public readonly exportsHandler: AppFunction;
  /** The office's rarely used routes (OFFICE_ROUTES): the same app's shell, in its own function and bundle. */
  public readonly officeHandler: AppFunction;
  public readonly httpApi: apigw.HttpApi;
  public readonly stage: apigw.HttpStage;
  public readonly accessLogGroup: logs.LogGroup;
  /** What CloudFront proves itself with; give it to the distribution with `originHeaders`. */
  public readonly originSecret: secretsmanager.Secret;

  constructor(scope: Construct, id: string, props: ApiProps) {
    super(scope, id);
    const logRetention = props.logRetention ?? logs.RetentionDays.THREE_MONTHS;

    this.handler = new AppFunction(this, 'Handler', {
      entry: 'functions/api/handler.ts',
      description: 'Hamkor API: the Hono app behind the HTTP API',
      // Only the API stores documents: the other functions get neither the bucket nor a grant on it.
      environment: { ...props.environment, DOCUMENTS_BUCKET: props.data.documentsBucket.bucketName },
      memorySize: props.memorySize ?? 1024,
      timeout: props.timeout ?? Duration.seconds(15),
      reservedConcurrency: props.reservedConcurrency ?? props.throttlingBurstLimit ?? 100,
      logRetention,
    });
    props.data.grantItemReadWrite(this.handler.function);
    props.data.grantDocumentsPutGet(this.handler.function);
    NagSuppressions.addResourceSuppressions(
      this.handler.role,
      [
        {
          id: 'AwsSolutions-IAM5',
          // Exactly the documents prefix of exactly this bucket, as cdk-nag names it.
          appliesTo: [`Resource::<${Stack.of(this).getLogicalId(props.data.documentsBucket.node.defaultChild as s3.CfnBucket)}.Arn>/${DOCUMENTS_PREFIX}*`],
          reason:
            'Documents are objects under the documents/ prefix with server-chosen keys (documents/<item>/<document id>), so put and get ' +
            'are granted on that prefix: IAM has no other way to name objects that do not exist yet. No list, no delete, no other bucket or prefix.',
        },
      ],
      true,
    );
    NagSuppressions.addResourceSuppressions(this.handler.function, [
      {
        id: 'Serverless-LambdaDLQ',
        reason:
          'Invoked synchronously by API Gateway: a failure is answered to the caller (a 5xx with a request id) and counted by the errors alarm; ' +
          'a function dead-letter queue only receives asynchronous invocations, of which this function has none.',
      },
    ]);

    this.originSecret = new secretsmanager.Secret(this, 'OriginSecret', {
      description: `Hamkor: the ${ORIGIN_VERIFY_HEADER} value CloudFront sends to the API; the API refuses requests without it`,
      // Letters and digits only: it travels as an HTTP header value.
      generateSecretString: { passwordLength: 48, excludePunctuation: true },
    });
    this.handler.function.addEnvironment('ORIGIN_VERIFY_SECRET', this.originSecret.secretValue.unsafeUnwrap());

    // A spreadsheet library, an XML reader and the memorandum's writers are heavy; the API function loads on every cold start
    // and serves every page, so the files routes have a function of their own, routed below. It reads the table
    // (and a session's sign-in may touch it) but has no grant on the documents.
    this.exportsHandler = new AppFunction(this, 'Exports', {
      entry: 'functions/exports/handler.ts',
      description: 'Hamkor files: exports (registers, statistics) and imports (past records) as CSV or XLSX, EWP IIA files, and the memorandum as DOCX or PDF, behind their paths (FILES_ROUTES)',
      environment: { ...props.environment, DOCUMENTS_BUCKET: props.data.documentsBucket.bucketName },
      memorySize: 1024,
      timeout: Duration.seconds(29),
      logRetention,
      reservedConcurrency: props.exportsReservedConcurrency ?? 5,
      // The memorandum's PDF embeds DejaVu Sans (Cyrillic and Uzbek Latin); the files travel beside the bundle.
      besideBundle: Object.values(MEMORANDUM_FONT.files).map((f) => `node_modules/${MEMORANDUM_FONT.packageDir}/${f}`),
    });
    props.data.grantItemReadWrite(this.exportsHandler.function);
    this.exportsHandler.function.addEnvironment('ORIGIN_VERIFY_SECRET', this.originSecret.secretValue.unsafeUnwrap());
    NagSuppressions.addResourceSuppressions(this.exportsHandler.function, [
      {
        id: 'Serverless-LambdaDLQ',
        reason: 'Invoked synchronously by API Gateway, as the API function: a failure is answered to the caller and counted by the errors alarm.',
      },
    ]);
    // The office's rarely used routes: the API function, which faculty and approvers load on
    // every cold start, does without their code (functions/api/office-routes.ts). The same app, so
    // the same grants as the API function: the table, and the documents (an activity's files).
    this.officeHandler = new AppFunction(this, 'Office', {
      entry: 'functions/office/handler.ts',
      description: 'Hamkor office: people and chains, agreements after their chain, residences, reports and statistics, activities and templates, behind their paths (OFFICE_ROUTES)',
      environment: { ...props.environment, DOCUMENTS_BUCKET: props.data.documentsBucket.bucketName },
      memorySize: props.memorySize ?? 1024,
      timeout: props.timeout ?? Duration.seconds(15),
      logRetention,
      reservedConcurrency: props.officeReservedConcurrency ?? 10,
    });
    props.data.grantItemReadWrite(this.officeHandler.function);
    props.data.grantDocumentsPutGet(this.officeHandler.function);
    this.officeHandler.function.addEnvironment('ORIGIN_VERIFY_SECRET', this.originSecret.secretValue.unsafeUnwrap());
    NagSuppressions.addResourceSuppressions(
      this.officeHandler.role,
      [
        {
          id: 'AwsSolutions-IAM5',
          appliesTo: [`Resource::<${Stack.of(this).getLogicalId(props.data.documentsBucket.node.defaultChild as s3.CfnBucket)}.Arn>/${DOCUMENTS_PREFIX}*`],
          reason:
            'As the API function: the documents of an activity are objects under the documents/ prefix with server-chosen keys, so put and get ' +
            'are granted on that prefix. No list, no delete, no other bucket or prefix.',
        },
      ],
      true,
    );
    NagSuppressions.addResourceSuppressions(this.officeHandler.function, [
      {
        id: 'Serverless-LambdaDLQ',
        reason: 'Invoked synchronously by API Gateway, as the API function: a failure is answered to the caller and counted by the errors alarm.',
      },
    ]);
    NagSuppressions.addResourceSuppressions(this.originSecret, [
      {
        id: 'AwsSolutions-SMG4',
        reason:
          'Not rotated automatically: the value is written into the CloudFront origin and the API function by CloudFormation at deploy, ' +
          'and a rotation Lambda would change it under both. It proves only that a request came through CloudFront (no data is behind it ' +
          'alone); README "Operations" says how to replace it by hand.',
      },
    ]);

    this.httpApi = new apigw.HttpApi(this, 'HttpApi', {
      description: 'Hamkor API',
      // Every method and path goes to the app; Hono routes, and answers 404 itself.
      defaultIntegration: new HttpLambdaIntegration('App', this.handler.function),
      // The stage is created below, with throttling and access logs.
      createDefaultStage: false,
    });

    // The paths served by the files function (functions/api/file-routes.ts); everything else is
    // the default integration's. The imports take the file as the request body (up to 4 MB: API
    // Gateway passes it base64-encoded, and a synchronous invocation takes 6 MB at most).
    const files = new HttpLambdaIntegration('Exports', this.exportsHandler.function);
    for (const [path, methods] of FILES_ROUTES) this.httpApi.addRoutes({ path, methods, integration: files });
    // The office's rarely used routes (functions/api/office-routes.ts) go to the office function.
    const office = new HttpLambdaIntegration('Office', this.officeHandler.function);
    for (const [path, methods] of OFFICE_ROUTES) this.httpApi.addRoutes({ path, methods, integration: office });

    this.accessLogGroup = new logs.LogGroup(this, 'AccessLogs', {
      retention: logRetention,
      removalPolicy: RemovalPolicy.RETAIN,
    });

    this.stage = new apigw.HttpStage(this, 'DefaultStage', {
      httpApi: this.httpApi,
      autoDeploy: true,
      throttle: {
        rateLimit: props.throttlingRateLimit ?? 50,
        burstLimit: props.throttlingBurstLimit ?? 100,
      },
      accessLogSettings: {
        destination: new apigw.LogGroupLogDestination(this.accessLogGroup),
        format: accessLogFormat,
      },
    });

    NagSuppressions.addResourceSuppressions(
      this.httpApi,
      [
        {
          id: 'AwsSolutions-APIG4',
          reason:
            'No API Gateway authorizer: the app authorizes every request itself, with a session cookie from a magic link or a single-use ' +
            'approval token in the body (its hash looked up in the table), which an authorizer cannot check. Only CloudFront reaches the app: ' +
            `it refuses (403) any request without the ${ORIGIN_VERIFY_HEADER} origin secret, so the execute-api address is no way around ` +
            'CloudFront (and its optional WAF); the stage is throttled, and sign-in link requests are limited per viewer address.',
        },
      ],
      true,
    );
  }

  /** The header CloudFront must add to every request it forwards here. */
  get originHeaders(): Record<string, string> {
    return { [ORIGIN_VERIFY_HEADER]: this.originSecret.secretValue.unsafeUnwrap() };
  }

  /** The API's own endpoint (`https://<id>.execute-api.<region>.amazonaws.com/`): it answers 403 to all but CloudFront. */
  get url(): string {
    return this.stage.url;
  }
}
