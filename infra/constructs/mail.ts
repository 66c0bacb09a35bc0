/**
 * Sending mail: the SES domain identity of the sender (Easy DKIM) and its default configuration
 * set. Open and click tracking stay off: SES would rewrite every link through its tracking
 * domain, and the approval and sign-in links must reach the person exactly as minted.
 *
 * The operator adds the DKIM CNAME records (stack outputs) at the domain's DNS; until SES sees
 * them, the identity is unverified and nothing is sent.
 *
 * Bounces and complaints (and only those) are published to the default EventBridge bus, where
 * the Bounces construct picks them up.
 */
import { Arn, Stack } from 'aws-cdk-lib';
import * as events from 'aws-cdk-lib/aws-events';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as ses from 'aws-cdk-lib/aws-ses';
import { Construct } from 'constructs';

export interface MailProps {
  /** The domain mail is sent from (the part after `@` of the sender address). */
  readonly domain: string;
  /**
   * Whether mail to a server that cannot speak TLS is refused rather than sent in clear. The
   * messages carry single-use approval and sign-in links.
   * @default ses.ConfigurationSetTlsPolicy.REQUIRE
   */
  readonly tlsPolicy?: ses.ConfigurationSetTlsPolicy;
}

export class Mail extends Construct {
  public readonly identity: ses.EmailIdentity;
  public readonly configurationSet: ses.ConfigurationSet;
  /** The configuration set's ARN (SES authorizes sends against it too). */
  public readonly configurationSetArn: string;

  constructor(scope: Construct, id: string, props: MailProps) {
    super(scope, id);

    this.configurationSet = new ses.ConfigurationSet(this, 'ConfigurationSet', {
      tlsPolicy: props.tlsPolicy ?? ses.ConfigurationSetTlsPolicy.REQUIRE,
      // Per-configuration-set bounce and complaint rates in CloudWatch.
      reputationMetrics: true,
      sendingEnabled: true,
      // An address that bounced or complained is not mailed again blindly.
      suppressionReasons: ses.SuppressionReasons.BOUNCES_AND_COMPLAINTS,
      // Tracking off: no engagement metrics (they rewrite links), and no open or click event
      // destination is ever added to this set.
      vdmOptions: { engagementMetrics: false },
    });
    this.configurationSetArn = Arn.format(
      { service: 'ses', resource: 'configuration-set', resourceName: this.configurationSet.configurationSetName },
      Stack.of(this),
    );

    this.configurationSet.addEventDestination('Undeliverable', {
      destination: ses.EventDestination.eventBus(events.EventBus.fromEventBusName(this, 'DefaultBus', 'default')),
      // Never OPEN or CLICK: they need tracking, which rewrites the one-time links.
      events: [ses.EmailSendingEvent.BOUNCE, ses.EmailSendingEvent.COMPLAINT],
    });

    this.identity = new ses.EmailIdentity(this, 'Identity', {
      identity: ses.Identity.domain(props.domain),
      // The default configuration set: applied to every message sent as this identity, so the
      // functions need not name it.
      configurationSet: this.configurationSet,
      dkimSigning: true,
      dkimIdentity: ses.DkimIdentity.easyDkim(ses.EasyDkimSigningKeyLength.RSA_2048_BIT),
    });
  }

  /** Lets a function send email as this identity, through this configuration set, and nothing else. */
  grantSend(grantee: iam.IGrantable): iam.Grant {
    return iam.Grant.addToPrincipal({
      grantee,
      actions: ['ses:SendEmail'],
      resourceArns: [this.identity.emailIdentityArn, this.configurationSetArn],
    });
  }
}
