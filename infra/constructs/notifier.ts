/**
 * The notifier: the table's stream → the notifier Lambda → SES. Only inserted event items reach
 * the function (the same test `isEventInsert` applies locally). A failing record is reported by
 * sequence number, the batch is split to isolate it, retried a bounded number of times, and then
 * its description goes to an encrypted dead-letter queue, so one poison record never holds up
 * the mail behind it.
 *
 * SES sends at most `sesMaxSendRate` emails a second for the whole account and answers
 * `Throttling` beyond. The notifier's reserved concurrency bounds how many copies send at once,
 * and each copy paces itself to its share of the rate (`SES_MAX_SEND_RATE`); a throttle that
 * still happens hands the rest of the batch back to the event source, which retries it.
 */
import { Duration } from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { DynamoEventSource, SqsDlq } from 'aws-cdk-lib/aws-lambda-event-sources';
import type * as logs from 'aws-cdk-lib/aws-logs';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { NagSuppressions } from 'cdk-nag';
import { Construct } from 'constructs';
import { AppFunction } from './app-function';
import type { Data } from './data';
import type { Mail } from './mail';

export interface NotifierProps {
  /** The table whose stream carries the event items, and where deliveries are recorded. */
  readonly data: Data;
  /** Variables the notifier's `loadConfig` reads. */
  readonly environment: Record<string, string>;
  /** The SES identity and configuration set the notifier sends through, and only those. */
  readonly mail: Mail;
  /**
   * Stream records per invocation.
   * @default 10
   */
  readonly batchSize?: number;
  /**
   * Retries of a failing batch (after bisection) before its record goes to the dead-letter queue.
   * @default 5
   */
  readonly retryAttempts?: number;
  /**
   * A record older than this is not retried but sent to the dead-letter queue: an approval
   * email a day late is better replaced by a fresh link than delivered stale.
   * @default Duration.hours(6)
   */
  readonly maxRecordAge?: Duration;
  /**
   * How long a failed record's description stays in the dead-letter queue.
   * @default Duration.days(14) (the SQS maximum)
   */
  readonly deadLetterRetention?: Duration;
  /**
   * @default logs.RetentionDays.THREE_MONTHS
   */
  readonly logRetention?: logs.RetentionDays;
  /**
   * One batch renders and sends up to `batchSize` × recipients emails.
   * @default Duration.seconds(60)
   */
  readonly timeout?: Duration;
  /**
   * The account's SES maximum send rate in the stack's region, emails a second: 14 once out of
   * the sandbox unless AWS raised it (`aws sesv2 get-account` → `SendQuota.MaxSendRate`), 1 in it.
   * @default 14
   */
  readonly sesMaxSendRate?: number;
  /**
   * Copies of the notifier running at once. Each sends at `sesMaxSendRate` / this, so together
   * they stay under SES's rate; and reserved, so a rush on the API cannot take the notifier's
   * share of the account's concurrency. Each stream shard is one invocation at a time, so more
   * than the table's shard count would only be idle.
   * @default 2
   */
  readonly reservedConcurrency?: number;
}

export class Notifier extends Construct {
  public readonly handler: AppFunction;
  /** Where a record lands after its retries are spent: shard, sequence numbers, reason. */
  public readonly deadLetterQueue: sqs.Queue;
  public readonly eventSource: DynamoEventSource;

  constructor(scope: Construct, id: string, props: NotifierProps) {
    super(scope, id);
    const reservedConcurrency = props.reservedConcurrency ?? 2;

    this.handler = new AppFunction(this, 'Handler', {
      entry: 'functions/notifier/handler.ts',
      description: 'Hamkor notifier: table stream event items to emails',
      environment: props.environment,
      timeout: props.timeout ?? Duration.seconds(60),
      reservedConcurrency,
      logRetention: props.logRetention,
    });
    const fn = this.handler.function;
    // Each copy's share of the account's SES rate (see functions/lib/mail/pacing.ts).
    fn.addEnvironment('SES_MAX_SEND_RATE', String((props.sesMaxSendRate ?? 14) / reservedConcurrency));

    this.deadLetterQueue = new sqs.Queue(this, 'DeadLetterQueue', {
      encryption: sqs.QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: props.deadLetterRetention ?? Duration.days(14),
    });
    const isDeadLetterQueue =
      "This queue is itself the dead-letter destination (OnFailure) of the notifier's stream event source mapping, which cdk-nag does not " +
      'recognise as a DLQ (it only sees SQS redrive policies). A dead-letter queue of a dead-letter queue would hide the failure; instead ' +
      'the depth alarm tells the administrators.';
    NagSuppressions.addResourceSuppressions(this.deadLetterQueue, [
      { id: 'AwsSolutions-SQS3', reason: isDeadLetterQueue },
      { id: 'Serverless-SQSRedrivePolicy', reason: isDeadLetterQueue },
    ]);

    this.eventSource = new DynamoEventSource(props.data.table, {
      // Oldest first: after an outage, mail goes out in the order the decisions were taken.
      startingPosition: lambda.StartingPosition.TRIM_HORIZON,
      batchSize: props.batchSize ?? 10,
      bisectBatchOnError: true,
      reportBatchItemFailures: true,
      retryAttempts: props.retryAttempts ?? 5,
      maxRecordAge: props.maxRecordAge ?? Duration.hours(6),
      onFailure: new SqsDlq(this.deadLetterQueue),
      // Only inserted event items (a nomination's or memorandum's, an activity's, a person's):
      // entity updates, links, sessions and delivery records also flow through the stream, and
      // would cost an invocation each for nothing.
      filters: [
        lambda.FilterCriteria.filter({
          eventName: lambda.FilterRule.isEqual('INSERT'),
          dynamodb: { NewImage: { itemType: { S: lambda.FilterRule.isEqual('event') } } },
        }),
      ],
    });
    fn.addEventSource(this.eventSource);

    // Reads recipients and links, writes links and delivery records.
    props.data.grantItemReadWrite(fn);
    NagSuppressions.addResourceSuppressions(fn, [
      {
        id: 'Serverless-LambdaDLQ',
        reason:
          'Invoked only by the DynamoDB stream event source mapping, which has its own on-failure destination (the dead-letter queue of ' +
          'this construct); a function dead-letter queue only receives asynchronous invocations, of which this function has none.',
      },
    ]);
    NagSuppressions.addResourceSuppressions(
      this.handler.role,
      [
        {
          id: 'AwsSolutions-IAM5',
          appliesTo: ['Resource::*'],
          reason:
            'The DynamoDB event source grants dynamodb:ListStreams, which has no resource-level permissions and lists stream ARNs ' +
            "only, no data. Reading the stream itself is granted on the table's stream ARN alone.",
        },
      ],
      true,
    );

    props.mail.grantSend(fn);
  }
}
