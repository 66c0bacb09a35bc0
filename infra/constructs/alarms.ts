/**
 * What tells the administrators that something is wrong: an encrypted SNS topic they are
 * subscribed to by email, and alarms on each function's errors and throttles, on the dead-letter
 * queues (a notification that could not be sent) and on SES reputation (mail is bouncing, and SES
 * will stop sending if it goes on).
 */
import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import * as sns from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import { NagSuppressions } from 'cdk-nag';
import { Construct } from 'constructs';

export interface AlarmsProps {
  /** Who receives the alarms (each confirms the subscription email once). */
  readonly adminEmails: string[];
  /** The functions to watch, by a short name used in the alarm descriptions. */
  readonly functions: Record<string, lambda.IFunction>;
  /** Dead-letter queues to watch: any message in one is a notification that was not sent. */
  readonly deadLetterQueues: Record<string, sqs.IQueue>;
  /**
   * The SES bounce rate that raises the alarm. SES reviews an account at 5% and may pause
   * sending at 10%.
   * @default 0.05
   */
  readonly bounceRateThreshold?: number;
  /**
   * The SES complaint rate that raises the alarm. SES reviews an account at 0.1%.
   * @default 0.001
   */
  readonly complaintRateThreshold?: number;
  /**
   * The period over which function errors and throttles are counted.
   * @default Duration.minutes(5)
   */
  readonly period?: Duration;
}

export class Alarms extends Construct {
  public readonly topic: sns.Topic;
  /** Encrypts the topic; a customer managed key because CloudWatch cannot use the AWS managed SNS key. */
  public readonly topicKey: kms.Key;
  public readonly alarms: cloudwatch.Alarm[] = [];

  constructor(scope: Construct, id: string, props: AlarmsProps) {
    super(scope, id);
    const period = props.period ?? Duration.minutes(5);

    this.topicKey = new kms.Key(this, 'TopicKey', {
      description: 'Encrypts the Hamkor alarm topic',
      enableKeyRotation: true,
      // Only alarm messages in flight are encrypted with it; nothing to keep after teardown.
      removalPolicy: RemovalPolicy.DESTROY,
    });
    // CloudWatch publishes alarm state changes to the encrypted topic.
    this.topicKey.addToResourcePolicy(
      new iam.PolicyStatement({
        principals: [new iam.ServicePrincipal('cloudwatch.amazonaws.com')],
        actions: ['kms:Decrypt', 'kms:GenerateDataKey*'],
        resources: ['*'],
      }),
    );

    this.topic = new sns.Topic(this, 'Topic', {
      displayName: 'Hamkor alarms',
      masterKey: this.topicKey,
      enforceSSL: true,
    });
    for (const email of props.adminEmails) {
      this.topic.addSubscription(new EmailSubscription(email));
    }
    NagSuppressions.addResourceSuppressions(
      this.topic,
      [
        {
          id: 'Serverless-SNSRedrivePolicy',
          reason:
            'The subscriptions are administrators\' email addresses; SNS retries email delivery itself. A dead-letter queue for alarm ' +
            'notifications would need an alarm and a reader of its own, and the alarm state stays visible in CloudWatch either way.',
        },
      ],
      true,
    );
    const action = new SnsAction(this.topic);

    const add = (alarmId: string, alarmProps: cloudwatch.AlarmProps) => {
      const alarm = new cloudwatch.Alarm(this, alarmId, alarmProps);
      alarm.addAlarmAction(action);
      alarm.addOkAction(action);
      this.alarms.push(alarm);
      return alarm;
    };

    const atLeastOnce = {
      threshold: 1,
      evaluationPeriods: 1,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
    };

    for (const [name, fn] of Object.entries(props.functions)) {
      add(`${name}Errors`, {
        ...atLeastOnce,
        alarmDescription: `The ${name} function failed (an uncaught error or timeout) at least once in ${period.toMinutes()} minutes.`,
        metric: fn.metricErrors({ period, statistic: cloudwatch.Stats.SUM }),
      });
      add(`${name}Throttles`, {
        ...atLeastOnce,
        alarmDescription: `The ${name} function was throttled: the account's Lambda concurrency is exhausted.`,
        metric: fn.metricThrottles({ period, statistic: cloudwatch.Stats.SUM }),
      });
    }

    for (const [name, queue] of Object.entries(props.deadLetterQueues)) {
      add(`${name}DeadLetters`, {
        ...atLeastOnce,
        alarmDescription: `The ${name} dead-letter queue holds a record that could not be processed: an email was not sent.`,
        metric: queue.metricApproximateNumberOfMessagesVisible({ period, statistic: cloudwatch.Stats.MAXIMUM }),
      });
    }

    // SES publishes account-wide reputation rates (no dimensions) to AWS/SES.
    const reputation = (metricName: string) =>
      new cloudwatch.Metric({ namespace: 'AWS/SES', metricName, period: Duration.hours(1), statistic: cloudwatch.Stats.MAXIMUM });
    add('SesBounceRate', {
      alarmDescription: 'The SES bounce rate is high: addresses are wrong or gone, and SES may pause sending.',
      metric: reputation('Reputation.BounceRate'),
      threshold: props.bounceRateThreshold ?? 0.05,
      evaluationPeriods: 1,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
    });
    add('SesComplaintRate', {
      alarmDescription: 'The SES complaint rate is high: recipients mark Hamkor mail as spam, and SES may pause sending.',
      metric: reputation('Reputation.ComplaintRate'),
      threshold: props.complaintRateThreshold ?? 0.001,
      evaluationPeriods: 1,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
    });
  }
}
