/**
 * The web front end and the API on one HTTPS origin, as `npm start` serves them on a laptop:
 * CloudFront in front of a private S3 bucket (origin access control) holding the Vite build of
 * `web/` (made at synth, as the functions are bundled), with `/api/*` routed to the HTTP API.
 * Same origin means no CORS and a first-party session cookie. Every response carries the
 * security headers; plain HTTP is redirected (pages) or refused (API).
 *
 * The build's scripts and styles have content hashes in their names (`/assets/app-3f9a….js`), so
 * they are cached for a year and kept across deploys; the HTML pages that name them are
 * revalidated on every load, so a deploy reaches every browser at its next page load.
 */
import { Annotations, AssetHashType, DockerImage, Duration, Fn, RemovalPolicy, Stack } from 'aws-cdk-lib';
import type * as apigw from 'aws-cdk-lib/aws-apigatewayv2';
import * as acm from 'aws-cdk-lib/aws-certificatemanager';
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import * as origins from 'aws-cdk-lib/aws-cloudfront-origins';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as s3deploy from 'aws-cdk-lib/aws-s3-deployment';
import { NagSuppressions } from 'cdk-nag';
import { Construct } from 'constructs';
import { VIEWER_ADDRESS_HEADER } from '../../shared/edge';
import { APP_PREFIXES, buildWebSync, CONTENT_SECURITY_POLICY, OTHER_PAGE_ADDRESS, PAGE_FILES, WEB_SOURCE } from '../web-site';

/**
 * The page routes of the local server (infra/web-site.ts), rewritten to their files at the
 * edge: `/signin` → `/signin.html`, the app's client-side routes and any other address naming no
 * file → `/index.html` (which says there is no page there). Everything else is a file of the build.
 */
export const pageRoutesFunctionCode = `
var pages = ${JSON.stringify(Object.fromEntries(Object.entries(PAGE_FILES).map(([route, file]) => [route, `/${file}`])))};
var appPrefixes = ${JSON.stringify(APP_PREFIXES)};
var otherPage = new RegExp(${JSON.stringify(OTHER_PAGE_ADDRESS.source)});
function handler(event) {
  var request = event.request;
  var page = pages[request.uri];
  if (page) {
    request.uri = page;
  } else {
    for (var i = 0; i < appPrefixes.length; i++) {
      if (request.uri.indexOf(appPrefixes[i]) === 0) {
        request.uri = '/index.html';
        return request;
      }
    }
    if (otherPage.test(request.uri)) request.uri = '/index.html';
  }
  return request;
}
`;

/**
 * The viewer headers the app reads, and no others: content type and the CSRF check's Origin and
 * Sec-Fetch-Site, Accept, the decide route's Idempotency-Key, and User-Agent for the access log.
 * A list rather than "all but Host" because only a list can add CloudFront's own
 * CloudFront-Viewer-Address (the viewer's address: API Gateway sees only the edge's); Host must
 * never pass, API Gateway answers only to its own. CloudFront allows 10 headers in a policy.
 */
export const apiRequestHeaders = ['Accept', 'Content-Type', 'Idempotency-Key', 'Origin', 'Sec-Fetch-Site', 'User-Agent', VIEWER_ADDRESS_HEADER] as const;

/** Only our own scripts, styles and API; no framing, no plugins, no inline code. */
export const defaultContentSecurityPolicy = CONTENT_SECURITY_POLICY;

/**
 * The Vite build of web/ as an asset, made when the stack is synthesized (`buildWebSync` runs
 * Vite locally, as the functions are bundled with the local esbuild). Its hash is that of the
 * output, so an edit to shared/ that changes a page changes the asset. A failed build fails the
 * synth with Vite's own message; Docker is never used (the image below is only a required field).
 */
export function webBuildAsset(): s3deploy.ISource {
  return s3deploy.Source.asset(WEB_SOURCE, {
    assetHashType: AssetHashType.OUTPUT,
    bundling: {
      image: DockerImage.fromRegistry('node:22-alpine'),
      local: {
        tryBundle(outputDir: string) {
          buildWebSync(outputDir);
          return true;
        },
      },
    },
  });
}

export interface WebProps {
  /** The API that answers `/api/*`. */
  readonly httpApi: apigw.IHttpApi;
  /**
   * Headers CloudFront adds to every request it forwards to the API: the API's origin secret
   * (`Api.originHeaders`), without which the API refuses the request.
   * @default - none, for an API that does not check where requests come from
   */
  readonly apiOriginHeaders?: Record<string, string>;
  /**
   * The ARN of an AWS WAF web ACL (scope CLOUDFRONT, in us-east-1) to put in front of everything.
   * @default - none: the API's own checks stand alone (see the AwsSolutions-CFR2 suppression)
   */
  readonly webAclArn?: string;
  /** Where CloudFront and S3 write access logs (must accept ACL-based CloudFront log delivery). */
  readonly logsBucket: s3.IBucket;
  /** The host people open, e.g. `hamkor.uni.example`. */
  readonly domainName: string;
  /**
   * An ACM certificate in us-east-1 covering `domainName`.
   * @default - none: CloudFront answers on its own `*.cloudfront.net` name only, and the links in
   *   emails (built on `domainName`) do not reach it until a certificate is configured
   */
  readonly certificateArn?: string;
  /**
   * A folder of built pages to upload as it is (HTML at the top, hashed files under `assets/`).
   * @default the Vite build of the repository's `web/`, made at synth (`webBuildAsset()`)
   */
  readonly source?: string;
  /**
   * The Content-Security-Policy header of every response.
   * @default defaultContentSecurityPolicy
   */
  readonly contentSecurityPolicy?: string;
  /**
   * Which edge locations serve the site.
   * @default cloudfront.PriceClass.PRICE_CLASS_ALL (Central Asia is served from Asian edges)
   */
  readonly priceClass?: cloudfront.PriceClass;
  /**
   * How long the upload function's logs are kept.
   * @default logs.RetentionDays.THREE_MONTHS
   */
  readonly logRetention?: logs.RetentionDays;
}

export class Web extends Construct {
  public readonly siteBucket: s3.Bucket;
  public readonly distribution: cloudfront.Distribution;
  public readonly responseHeadersPolicy: cloudfront.ResponseHeadersPolicy;
  /** What of a viewer's request reaches the API: `apiRequestHeaders`, every cookie and query string. */
  public readonly apiRequestPolicy: cloudfront.OriginRequestPolicy;
  public readonly pageRoutes: cloudfront.Function;
  /** Uploads the HTML pages (revalidated on every load) and refreshes the CloudFront cache. */
  public readonly deployment: s3deploy.BucketDeployment;
  /** Uploads everything but the HTML: the hashed scripts and styles, cached for a year. */
  public readonly assetsDeployment: s3deploy.BucketDeployment;

  constructor(scope: Construct, id: string, props: WebProps) {
    super(scope, id);

    this.siteBucket = new s3.Bucket(this, 'SiteBucket', {
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      encryption: s3.BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
      serverAccessLogsBucket: props.logsBucket,
      serverAccessLogsPrefix: 'web/',
      // Built from the repository on every deploy: nothing here to keep. The deployment below
      // empties it first when the stack is deleted.
      removalPolicy: RemovalPolicy.DESTROY,
    });

    this.responseHeadersPolicy = new cloudfront.ResponseHeadersPolicy(this, 'SecurityHeaders', {
      comment: 'Hamkor security headers',
      securityHeadersBehavior: {
        strictTransportSecurity: { accessControlMaxAge: Duration.days(730), includeSubdomains: true, override: true },
        contentTypeOptions: { override: true },
        frameOptions: { frameOption: cloudfront.HeadersFrameOption.DENY, override: true },
        // The fragment never leaves the browser, but nothing else about the page should either.
        referrerPolicy: { referrerPolicy: cloudfront.HeadersReferrerPolicy.NO_REFERRER, override: true },
        contentSecurityPolicy: { contentSecurityPolicy: props.contentSecurityPolicy ?? defaultContentSecurityPolicy, override: true },
      },
      removeHeaders: ['Server'],
    });

    this.apiRequestPolicy = new cloudfront.OriginRequestPolicy(this, 'ApiRequests', {
      comment: 'Hamkor API: the headers the app reads and the viewer address, all cookies and query strings',
      headerBehavior: cloudfront.OriginRequestHeaderBehavior.allowList(...apiRequestHeaders),
      cookieBehavior: cloudfront.OriginRequestCookieBehavior.all(),
      queryStringBehavior: cloudfront.OriginRequestQueryStringBehavior.all(),
    });

    this.pageRoutes = new cloudfront.Function(this, 'PageRoutes', {
      comment: 'Hamkor page routes to their HTML files',
      runtime: cloudfront.FunctionRuntime.JS_2_0,
      code: cloudfront.FunctionCode.fromInline(pageRoutesFunctionCode),
    });

    // https://<api-id>.execute-api.<region>.amazonaws.com → its host name.
    const apiHost = Fn.select(2, Fn.split('/', props.httpApi.apiEndpoint));
    const certificate = props.certificateArn
      ? acm.Certificate.fromCertificateArn(this, 'Certificate', props.certificateArn)
      : undefined;

    this.distribution = new cloudfront.Distribution(this, 'Distribution', {
      comment: `Hamkor ${props.domainName}`,
      // TLS 1.2 at least; only a custom certificate lets CloudFront enforce it.
      ...(certificate
        ? { domainNames: [props.domainName], certificate, minimumProtocolVersion: cloudfront.SecurityPolicyProtocol.TLS_V1_2_2021 }
        : {}),
      httpVersion: cloudfront.HttpVersion.HTTP2_AND_3,
      webAclId: props.webAclArn,
      priceClass: props.priceClass ?? cloudfront.PriceClass.PRICE_CLASS_ALL,
      defaultRootObject: 'index.html',
      enableLogging: true,
      logBucket: props.logsBucket,
      logFilePrefix: 'cloudfront/',
      defaultBehavior: {
        origin: origins.S3BucketOrigin.withOriginAccessControl(this.siteBucket),
        viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        allowedMethods: cloudfront.AllowedMethods.ALLOW_GET_HEAD,
        cachePolicy: cloudfront.CachePolicy.CACHING_OPTIMIZED,
        responseHeadersPolicy: this.responseHeadersPolicy,
        functionAssociations: [{ function: this.pageRoutes, eventType: cloudfront.FunctionEventType.VIEWER_REQUEST }],
        compress: true,
      },
      additionalBehaviors: {
        '/api/*': {
          origin: new origins.HttpOrigin(apiHost, {
            protocolPolicy: cloudfront.OriginProtocolPolicy.HTTPS_ONLY,
            originSslProtocols: [cloudfront.OriginSslPolicy.TLS_V1_2],
            customHeaders: props.apiOriginHeaders,
          }),
          // An API call over plain HTTP is refused, not redirected: a redirect would replay a POST as a GET.
          viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.HTTPS_ONLY,
          allowedMethods: cloudfront.AllowedMethods.ALLOW_ALL,
          cachePolicy: cloudfront.CachePolicy.CACHING_DISABLED,
          // Cookies, query strings, the headers the app reads and the viewer's address; Host is the API's own.
          originRequestPolicy: this.apiRequestPolicy,
          responseHeadersPolicy: this.responseHeadersPolicy,
        },
      },
    });

    NagSuppressions.addResourceSuppressions(this.distribution, [
      {
        id: 'AwsSolutions-CFR1',
        reason:
          'No geo restriction: partner universities, nominees abroad and travelling approvers open Hamkor from any country. ' +
          'Access is controlled by sign-in and single-use links, not by location.',
      },
    ]);
    if (!props.webAclArn) {
      NagSuppressions.addResourceSuppressions(this.distribution, [
        {
          id: 'AwsSolutions-CFR2',
          reason:
            'Only while no web ACL is configured (the waf setting, or webAclArn, attaches one: about 7 USD a month plus 0.60 USD per ' +
            'million requests). Without it the API is protected by the app: CloudFront is its only way in (an origin secret it checks), ' +
            'the stage is throttled, sign-in link requests are limited per viewer address and each address is sent at most one link a ' +
            'minute, every other write needs a session or a single-use token, and bodies are capped at 64 KB.',
        },
      ]);
    }
    if (!certificate) {
      NagSuppressions.addResourceSuppressions(this.distribution, [
        {
          id: 'AwsSolutions-CFR4',
          reason:
            'Only while no certificateArn is configured: the default cloudfront.net certificate cannot set a minimum TLS version. ' +
            'With a certificate the distribution requires TLS 1.2 (TLSv1.2_2021) and this suppression is not added.',
        },
      ]);
      Annotations.of(this).addWarningV2(
        'hamkor:web-without-certificate',
        `No certificateArn: CloudFront answers only on its cloudfront.net name, not on https://${props.domainName}, ` +
          'so links in emails and the CSRF origin check will not match. Set -c certificateArn=<ACM certificate in us-east-1>.',
      );
    }

    // The upload function: its own role and log group, as the app's functions have.
    const uploadLogs = new logs.LogGroup(this, 'UploadLogs', {
      retention: props.logRetention ?? logs.RetentionDays.THREE_MONTHS,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    const uploadRole = new iam.Role(this, 'UploadRole', {
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
      description: 'Uploads the built web pages to the site bucket and invalidates the CloudFront cache',
    });
    uploadRole.addToPrincipalPolicy(
      new iam.PolicyStatement({ actions: ['logs:CreateLogStream', 'logs:PutLogEvents'], resources: [uploadLogs.logGroupArn] }),
    );

    const site = props.source ? s3deploy.Source.asset(props.source) : webBuildAsset();
    const upload = { sources: [site], destinationBucket: this.siteBucket, prune: true, retainOnDelete: false, role: uploadRole, logGroup: uploadLogs, memoryLimit: 512 };
    // Two passes over the same build. The assets go first, so a page is never live before the
    // files it names; they are not pruned, so the pages still being served until the second pass
    // (and open in browsers) keep theirs. Hashed names never collide, and old ones are small.
    // The pages pass prunes only HTML: pruning skips what a pass excludes.
    this.assetsDeployment = new s3deploy.BucketDeployment(this, 'UploadAssets', {
      ...upload,
      prune: false,
      exclude: ['*.html'],
      cacheControl: [s3deploy.CacheControl.setPublic(), s3deploy.CacheControl.maxAge(Duration.days(365)), s3deploy.CacheControl.immutable()],
    });
    this.deployment = new s3deploy.BucketDeployment(this, 'Upload', {
      ...upload,
      exclude: ['*'],
      include: ['*.html'],
      cacheControl: [s3deploy.CacheControl.noCache()],
      distribution: this.distribution,
      distributionPaths: ['/*'],
    });
    this.deployment.node.addDependency(this.assetsDeployment);

    this.suppressUploadFindings(uploadRole);
  }

  /** The upload is CDK's own custom resource; these findings are about its fixed implementation. */
  private suppressUploadFindings(uploadRole: iam.Role): void {
    const stack = Stack.of(this);
    NagSuppressions.addResourceSuppressions(
      uploadRole,
      [
        {
          id: 'AwsSolutions-IAM5',
          appliesTo: [
            'Action::s3:GetObject*',
            'Action::s3:GetBucket*',
            'Action::s3:List*',
            'Action::s3:DeleteObject*',
            'Action::s3:Abort*',
            { regex: '/^Resource::<WebSiteBucket[A-Za-z0-9]+\\.Arn>\\/\\*$/' },
            { regex: '/^Resource::arn:aws:s3:::cdk-[a-z0-9]+-assets-\\d{12}-[a-z0-9-]+\\/\\*$/' },
            'Resource::*',
          ],
          reason:
            "CDK's BucketDeployment grants these to copy the built web pages from the CDK assets bucket into the site bucket: object " +
            'actions on those two buckets and their objects (bucket/*) only, and cloudfront:CreateInvalidation and ' +
            'GetInvalidation, which it grants on "*", to refresh the cache after the copy. No other bucket, no data of the office.',
        },
      ],
      true,
    );
    const uploadFunction = stack.node.children.find(
      (child): child is lambda.SingletonFunction | lambda.Function =>
        child.node.id.startsWith('Custom::CDKBucketDeployment') && child instanceof lambda.Function,
    );
    if (!uploadFunction) throw new Error('the BucketDeployment function was not found in the stack');
    const fixedImplementation =
      "CDK's BucketDeployment handler, run only by CloudFormation during a deploy: its runtime, memory, timeout and " +
      'failure handling are fixed by aws-cdk-lib, a failed upload fails the deploy (and rolls it back), and nothing ' +
      'invokes it asynchronously or on a request path.';
    NagSuppressions.addResourceSuppressions(uploadFunction, [
      { id: 'AwsSolutions-L1', reason: fixedImplementation },
      { id: 'Serverless-LambdaLatestVersion', reason: fixedImplementation },
      { id: 'Serverless-LambdaDLQ', reason: fixedImplementation },
      { id: 'Serverless-LambdaTracing', reason: fixedImplementation },
    ]);
  }
}
