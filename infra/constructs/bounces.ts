/**
 * Bounces and complaints: the mail configuration set publishes them to the account's default
 * EventBridge bus (the only bus SES can publish to); a rule that matches only this installation's
 * configuration set hands them to the bounces Lambda, which marks the address undeliverable and
 * tells the office. Events that fail after EventBridge's retries wait in an encrypted
 * dead-letter queue, so a bounce is never lost silently.
 */
import { Duration } from 'aws-cdk-lib';
import * as events from 'aws-cdk-lib/aws-events';
import * as targets from 'aws-cdk-lib/aws-events-targets';
import type * as logs from 'aws-cdk-lib/aws-logs';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { NagSuppressions } from 'cdk-nag';
import { Construct } from 'constructs';
import { AppFunction } from './app-function';
import type { Data } from './data';
import type { Mail } from './mail';

/** The EventBridge detail types SES uses for the two events that make an address undeliverable. */
export const undeliverableDetailTypes = ['Email Bounced', 'Email Complaint Received'];

export interface BouncesProps {
  /** Where the undeliverable mark and the notice to the office are written. */
  readonly data: Data;
  /** Variables the function's `loadConfig` reads. */
  readonly environment: Record<string, string>;
  /** The configuration set whose events are handled (and no other sender's in the account). */
  readonly mail: Mail;
  /**
   * EventBridge retries before the event goes to the dead-letter queue.
   * @default 8
   */
  readonly retryAttempts?: number;
  /**
   * @default logs.RetentionDays.THREE_MONTHS
   */
  readonly logRetention?: logs.RetentionDays;
  /**
   * A mass bounce (a mistyped list, a partner's mail server down) arrives as a burst of events;
   * two at a time record them steadily; what Lambda throttles waits in its asynchronous queue
   * and is retried (then the dead-letter queue), so nothing is lost by waiting.
   * @default 2
   */
  readonly reservedConcurrency?: number;
}

export class Bounces extends Construct {
  public readonly handler: AppFunction;
  public readonly rule: events.Rule;
  /** SES events the function could not record after every retry. */
  public readonly deadLetterQueue: sqs.Queue;

  constructor(scope: Construct, id: string, props: BouncesProps) {
    super(scope, id);

    this.handler = new AppFunction(this, 'Handler', {
      entry: 'functions/bounces/handler.ts',
      description: 'Hamkor bounces: SES bounce and complaint events to undeliverable marks and notices to the office',
      environment: props.environment,
      timeout: Duration.seconds(30),
      reservedConcurrency: props.reservedConcurrency ?? 2,
      logRetention: props.logRetention,
    });
    props.data.grantItemReadWrite(this.handler.function);

    this.deadLetterQueue = new sqs.Queue(this, 'DeadLetterQueue', {
      encryption: sqs.QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    const isDeadLetterQueue =
      "This queue is itself the dead-letter queue of the bounce rule's target; a dead-letter queue of a dead-letter queue would hide the " +
      'failure. Its depth alarm tells the administrators.';
    NagSuppressions.addResourceSuppressions(this.deadLetterQueue, [
      { id: 'AwsSolutions-SQS3', reason: isDeadLetterQueue },
      { id: 'Serverless-SQSRedrivePolicy', reason: isDeadLetterQueue },
    ]);

    this.rule = new events.Rule(this, 'Undeliverable', {
      description: 'SES bounces and complaints of the Hamkor configuration set',
      eventPattern: {
        source: ['aws.ses'],
        detailType: undeliverableDetailTypes,
        // The default bus carries every SES sender of the account: take only our own mail.
        detail: { mail: { tags: { 'ses:configuration-set': [props.mail.configurationSet.configurationSetName] } } },
      },
      targets: [
        new targets.LambdaFunction(this.handler.function, {
          deadLetterQueue: this.deadLetterQueue,
          retryAttempts: props.retryAttempts ?? 8,
          maxEventAge: Duration.hours(24),
        }),
      ],
    });

    NagSuppressions.addResourceSuppressions(this.handler.function, [
      {
        id: 'Serverless-LambdaDLQ',
        reason:
          "Invoked only by the EventBridge rule, whose target has its own dead-letter queue (this construct's); failed asynchronous " +
          'invocations are retried by EventBridge first, so a function-level DLQ would never see them.',
      },
    ]);
  }
}
