/**
 * The scheduler: an EventBridge rule runs the scheduler Lambda every hour for reminders,
 * escalations and agreement expiry. Each tick reads what is due from the table (index `byDue`),
 * so a missed tick is made up by the next one.
 */
import { Duration } from 'aws-cdk-lib';
import * as events from 'aws-cdk-lib/aws-events';
import * as targets from 'aws-cdk-lib/aws-events-targets';
import type * as logs from 'aws-cdk-lib/aws-logs';
import { NagSuppressions } from 'cdk-nag';
import { Construct } from 'constructs';
import { AppFunction } from './app-function';
import type { Data } from './data';

export interface ScheduleProps {
  /** The table the scheduler reads due items from and writes reminders to. */
  readonly data: Data;
  /** Variables the scheduler's `loadConfig` reads. */
  readonly environment: Record<string, string>;
  /**
   * How often the scheduler runs.
   * @default events.Schedule.rate(Duration.hours(1))
   */
  readonly schedule?: events.Schedule;
  /**
   * @default logs.RetentionDays.THREE_MONTHS
   */
  readonly logRetention?: logs.RetentionDays;
  /**
   * @default Duration.minutes(2)
   */
  readonly timeout?: Duration;
  /**
   * One tick at a time: a slow sweep and the next one (or EventBridge's retry of it) never run
   * side by side, racing for the same due items and doubling the reads on the table.
   * @default 1
   */
  readonly reservedConcurrency?: number;
}

export class Schedule extends Construct {
  public readonly handler: AppFunction;
  public readonly rule: events.Rule;

  constructor(scope: Construct, id: string, props: ScheduleProps) {
    super(scope, id);

    this.handler = new AppFunction(this, 'Handler', {
      entry: 'functions/scheduler/handler.ts',
      description: 'Hamkor scheduler: reminders, escalations, agreement expiry',
      environment: props.environment,
      timeout: props.timeout ?? Duration.minutes(2),
      reservedConcurrency: props.reservedConcurrency ?? 1,
      logRetention: props.logRetention,
    });
    props.data.grantItemReadWrite(this.handler.function);

    this.rule = new events.Rule(this, 'Hourly', {
      description: 'Runs the Hamkor scheduler',
      schedule: props.schedule ?? events.Schedule.rate(Duration.hours(1)),
      targets: [
        new targets.LambdaFunction(this.handler.function, {
          // A tick older than an hour is superseded by the next one.
          maxEventAge: Duration.hours(1),
          retryAttempts: 2,
        }),
      ],
    });

    const tickCarriesNoData =
      'The hourly event carries no data: each tick reads what is due from the table, so a tick that fails (after EventBridge and Lambda ' +
      'retries) is made up by the next one, and the errors alarm tells the administrators. A dead-letter queue would only collect empty ' +
      '"it is time" events that nobody can replay usefully.';
    NagSuppressions.addResourceSuppressions(this.rule, [{ id: 'Serverless-EventBusDLQ', reason: tickCarriesNoData }]);
    NagSuppressions.addResourceSuppressions(this.handler.function, [{ id: 'Serverless-LambdaDLQ', reason: tickCarriesNoData }]);
  }
}
