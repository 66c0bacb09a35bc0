/**
 * Where Hamkor keeps its state: the one DynamoDB table, built from the same plain definition
 * DynamoDB Local uses (`shared/table.ts`), and the private bucket for signed agreements and
 * transcripts. Both outlive the stack: deleting it must never delete the office's records.
 */
import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { tableDefinition as sharedTableDefinition, type TableDefinition } from '../../shared/table';

/**
 * The item actions the functions use. No `Scan` (no request path scans, so none may), no table
 * management: items only.
 */
export const itemReadWriteActions = [
  'dynamodb:GetItem',
  'dynamodb:BatchGetItem',
  'dynamodb:Query',
  'dynamodb:ConditionCheckItem',
  'dynamodb:PutItem',
  'dynamodb:UpdateItem',
  'dynamodb:DeleteItem',
  'dynamodb:BatchWriteItem',
] as const;

export interface DataProps {
  /**
   * The table's keys, indexes, TTL attribute and stream view.
   * @default the shared definition in `shared/table.ts`
   */
  readonly tableDefinition?: TableDefinition;
  /**
   * What happens to the table and the documents bucket when the stack is deleted.
   * @default RemovalPolicy.RETAIN
   */
  readonly removalPolicy?: RemovalPolicy;
  /**
   * How long a replaced or deleted document version is kept before it expires.
   * @default Duration.days(90)
   */
  readonly noncurrentVersionExpiration?: Duration;
  /**
   * How long S3 server access logs of the documents bucket are kept.
   * @default Duration.days(365)
   */
  readonly accessLogExpiration?: Duration;
  /**
   * The origins whose pages upload and download documents straight to and from the bucket with
   * presigned URLs (`https://<appDomain>`): they may PUT and GET, nothing else.
   * @default none (no cross-origin access)
   */
  readonly documentOrigins?: string[];
}

/** The one prefix under which documents lie; the API may put and get objects there and nowhere else. */
export const DOCUMENTS_PREFIX = 'documents/';

export class Data extends Construct {
  public readonly table: dynamodb.Table;
  public readonly documentsBucket: s3.Bucket;
  /** Access logs: S3 server access logs of the documents and site buckets, and CloudFront's. */
  public readonly accessLogsBucket: s3.Bucket;
  private readonly indexNames: string[];

  constructor(scope: Construct, id: string, props: DataProps = {}) {
    super(scope, id);
    const definition = props.tableDefinition ?? sharedTableDefinition;
    const removalPolicy = props.removalPolicy ?? RemovalPolicy.RETAIN;
    const string = (name: string) => ({ name, type: dynamodb.AttributeType.STRING });

    this.table = new dynamodb.Table(this, 'Table', {
      partitionKey: string(definition.partitionKey),
      sortKey: string(definition.sortKey),
      billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      deletionProtection: true,
      removalPolicy,
      timeToLiveAttribute: definition.timeToLiveAttribute,
      stream: dynamodb.StreamViewType[definition.streamViewType],
    });
    for (const index of definition.indexes) {
      this.table.addGlobalSecondaryIndex({
        indexName: index.name,
        partitionKey: string(index.partitionKey),
        sortKey: string(index.sortKey),
        projectionType: dynamodb.ProjectionType.ALL,
      });
    }
    this.indexNames = definition.indexes.map((index) => index.name);

    const privateBucket: s3.BucketProps = {
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      encryption: s3.BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
      removalPolicy,
    };

    this.accessLogsBucket = new s3.Bucket(this, 'AccessLogsBucket', {
      ...privateBucket,
      // CloudFront standard logs are delivered through an ACL grant, which needs ACLs enabled;
      // public access stays blocked.
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_PREFERRED,
      lifecycleRules: [{ id: 'expire-access-logs', expiration: props.accessLogExpiration ?? Duration.days(365) }],
    });

    this.documentsBucket = new s3.Bucket(this, 'DocumentsBucket', {
      ...privateBucket,
      // A replaced or deleted signed agreement can be recovered for a while, then expires.
      versioned: true,
      lifecycleRules: [
        {
          id: 'expire-old-versions',
          noncurrentVersionExpiration: props.noncurrentVersionExpiration ?? Duration.days(90),
          abortIncompleteMultipartUploadAfter: Duration.days(7),
        },
      ],
      serverAccessLogsBucket: this.accessLogsBucket,
      serverAccessLogsPrefix: 'documents/',
      // The browser sends the file itself, with the Content-Type the upload URL was signed for and
      // the If-None-Match that makes it write-once (functions/lib/storage/s3.ts presignUpload).
      cors: props.documentOrigins?.length
        ? [
            {
              allowedOrigins: props.documentOrigins,
              allowedMethods: [s3.HttpMethods.PUT, s3.HttpMethods.GET],
              allowedHeaders: ['content-type', 'if-none-match'],
              exposedHeaders: ['ETag'],
              maxAge: 3000,
            },
          ]
        : undefined,
    });
    // A document is written once: every PUT under documents/ must carry `If-None-Match: *`, which
    // S3 refuses when the key already holds an object. The upload URLs are signed with it
    // (functions/lib/storage/s3.ts); this makes it a fact of the bucket rather than of the code
    // that presigns, so that a URL signed without it, or any other writer, cannot replace a checked
    // file. (The same deny covers multipart uploads, whose parts cannot carry the header: documents
    // are at most 20 MB and go up in one PUT.)
    this.documentsBucket.addToResourcePolicy(
      new iam.PolicyStatement({
        sid: 'DocumentsAreWrittenOnce',
        effect: iam.Effect.DENY,
        principals: [new iam.AnyPrincipal()],
        actions: ['s3:PutObject'],
        resources: [this.documentsBucket.arnForObjects(`${DOCUMENTS_PREFIX}*`)],
        conditions: { Null: { 's3:if-none-match': 'true' } },
      }),
    );
  }

  /**
   * Lets a function put and get document objects, under `documents/` only: it presigns the
   * browser's uploads and downloads (a presigned URL can do no more than its signer may) and checks
   * what arrived. Getting a named version (s3:GetObjectVersion) is how a download serves exactly the
   * version that was checked. No listing, no deleting, no other bucket.
   */
  grantDocumentsPutGet(grantee: iam.IGrantable): iam.Grant {
    return iam.Grant.addToPrincipal({
      grantee,
      actions: ['s3:PutObject', 's3:GetObject', 's3:GetObjectVersion'],
      resourceArns: [this.documentsBucket.arnForObjects(`${DOCUMENTS_PREFIX}*`)],
    });
  }

  /**
   * Lets a function read and write items in the table and its indexes, named one by one: no
   * other table, no Scan, no table management.
   */
  grantItemReadWrite(grantee: iam.IGrantable): iam.Grant {
    return iam.Grant.addToPrincipal({
      grantee,
      actions: [...itemReadWriteActions],
      resourceArns: [this.table.tableArn, ...this.indexNames.map((name) => `${this.table.tableArn}/index/${name}`)],
    });
  }
}
