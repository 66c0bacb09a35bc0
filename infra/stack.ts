/**
 * Hamkor in one AWS account and region: one stack that only wires the constructs together —
 * data (table, documents), the API, mail (SES) and its bounces, the notifier, the scheduler, the web front end
 * (CloudFront), optionally its AWS WAF web ACL, and the alarms.
 */
import { CfnOutput, Fn, Stack, type StackProps } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import { domainOf, functionEnvironment, type DeployConfig } from './config';
import { Alarms } from './constructs/alarms';
import { Api } from './constructs/api';
import { Bounces } from './constructs/bounces';
import { Data } from './constructs/data';
import { Firewall } from './constructs/firewall';
import { Mail } from './constructs/mail';
import { Notifier } from './constructs/notifier';
import { Schedule } from './constructs/schedule';
import { Web } from './constructs/web';
import { contentSecurityPolicy } from './web-site';

export interface HamkorStackProps extends StackProps {
  /** The validated deploy configuration (`loadDeployConfig`). */
  readonly config: DeployConfig;
}

export class HamkorStack extends Stack {
  public readonly data: Data;
  public readonly api: Api;
  public readonly mail: Mail;
  public readonly bounces: Bounces;
  public readonly notifier: Notifier;
  public readonly schedule: Schedule;
  public readonly web: Web;
  public readonly alarms: Alarms;
  /** The AWS WAF web ACL, when the `waf` setting is on. */
  public readonly firewall?: Firewall;

  constructor(scope: Construct, id: string, props: HamkorStackProps) {
    super(scope, id, props);
    const { config } = props;

    this.data = new Data(this, 'Data', { documentOrigins: [`https://${config.appDomain}`] });
    const environment = functionEnvironment(config, this.data.table.tableName);

    this.api = new Api(this, 'Api', { data: this.data, environment });
    this.mail = new Mail(this, 'Mail', { domain: domainOf(config.senderAddress) });
    this.bounces = new Bounces(this, 'Bounces', { data: this.data, environment, mail: this.mail });
    this.notifier = new Notifier(this, 'Notifier', { data: this.data, environment, mail: this.mail });
    this.schedule = new Schedule(this, 'Schedule', { data: this.data, environment });
    this.firewall = config.waf ? new Firewall(this, 'Firewall') : undefined;
    this.web = new Web(this, 'Web', {
      httpApi: this.api.httpApi,
      // The API refuses requests without its origin secret: CloudFront is the only way in.
      apiOriginHeaders: this.api.originHeaders,
      webAclArn: this.firewall?.webAclArn ?? config.webAclArn,
      logsBucket: this.data.accessLogsBucket,
      domainName: config.appDomain,
      certificateArn: config.certificateArn,
      // The browser uploads documents straight to the bucket (presigned URLs, virtual-hosted style).
      contentSecurityPolicy: contentSecurityPolicy(`https://${this.data.documentsBucket.bucketRegionalDomainName}`),
    });

    this.alarms = new Alarms(this, 'Alarms', {
      adminEmails: config.adminEmails,
      functions: {
        Api: this.api.handler.function,
        Exports: this.api.exportsHandler.function,
        Office: this.api.officeHandler.function,
        Notifier: this.notifier.handler.function,
        Scheduler: this.schedule.handler.function,
        Bounces: this.bounces.handler.function,
      },
      deadLetterQueues: { Notifier: this.notifier.deadLetterQueue, Bounces: this.bounces.deadLetterQueue },
    });

    new CfnOutput(this, 'AppUrl', { description: 'Where people open Hamkor', value: `https://${config.appDomain}` });
    new CfnOutput(this, 'DistributionDomainName', {
      description: `Point ${config.appDomain} here (DNS CNAME or alias)`,
      value: this.web.distribution.distributionDomainName,
    });
    new CfnOutput(this, 'ApiUrl', { description: 'The HTTP API endpoint: CloudFront routes /api/* here, and it refuses (403) requests that bypass CloudFront', value: this.api.url });
    new CfnOutput(this, 'TableName', { description: 'The DynamoDB table', value: this.data.table.tableName });
    new CfnOutput(this, 'DocumentsBucketName', { description: 'The documents bucket', value: this.data.documentsBucket.bucketName });
    new CfnOutput(this, 'AlarmTopicArn', { description: 'Alarms for the administrators', value: this.alarms.topic.topicArn });
    // The three CNAME records that verify the sending domain and sign its mail (Easy DKIM).
    this.mail.identity.dkimRecords.forEach((record, index) => {
      new CfnOutput(this, `DkimRecord${index + 1}`, {
        description: `DKIM CNAME ${index + 1} of 3 for ${domainOf(config.senderAddress)}: name → value`,
        value: Fn.join(' CNAME ', [record.name, record.value]),
      });
    });
  }
}
