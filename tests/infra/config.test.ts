/**
 * The deploy configuration: read from CDK context with an environment fallback, validated at synth
 * with messages that name the setting, what was expected and where to set it.
 */
import { describe, expect, it } from 'vitest';
import { checkFirewallPlacement, DeployConfigError, deployEnvironment, domainOf, functionEnvironment, loadDeployConfig } from '../../infra/config';
import { cdkJsonContext } from './synth';

const fromContext = (context: Record<string, unknown>) => (key: string) => context[key];

const complete = {
  stage: 'prod',
  appDomain: 'hamkor.uni.example',
  senderAddress: 'hamkor@uni.example',
  allowedDomains: ['uni.example'],
  adminEmails: ['admin@uni.example'],
};

function errorOf(run: () => unknown): DeployConfigError {
  try {
    run();
  } catch (error) {
    if (error instanceof DeployConfigError) return error;
    throw error;
  }
  throw new Error('expected a DeployConfigError');
}

describe('the deploy configuration', () => {
  it('accepts the placeholder installation in cdk.json, so `npm run synth` works out of the box', () => {
    const config = loadDeployConfig(fromContext(cdkJsonContext()), {});

    expect(config).toMatchObject({ stage: 'dev', appDomain: 'hamkor.uni.example', region: 'eu-central-1' });
  });

  it('takes a setting from its environment variable over context, so cdk.json’s placeholders never shadow it', () => {
    const env = {
      HAMKOR_STAGE: 'staging',
      HAMKOR_SENDER_ADDRESS: 'noreply@uni.example',
      HAMKOR_ALLOWED_DOMAINS: 'uni.example',
      HAMKOR_ADMIN_EMAILS: 'it@uni.example',
      HAMKOR_REGION: '',
    };

    const config = loadDeployConfig(fromContext({ ...cdkJsonContext(), appDomain: 'hamkor.uni.example', region: 'eu-west-1' }), env);

    expect(config).toMatchObject({ stage: 'staging', appDomain: 'hamkor.uni.example', senderAddress: 'noreply@uni.example', adminEmails: ['it@uni.example'] });
    expect(config.region).toBe('eu-west-1'); // an empty variable counts as unset
  });

  it('reads lists as JSON arrays or comma-separated strings, trimmed and lower-cased', () => {
    const config = loadDeployConfig(fromContext({ ...complete, allowedDomains: ' Uni.Example , staff.uni.example,', adminEmails: ['IT@Uni.Example'] }), {});

    expect(config.allowedDomains).toEqual(['uni.example', 'staff.uni.example']);
    expect(config.adminEmails).toEqual(['it@uni.example']);
  });

  it('names every missing setting and where to set it', () => {
    const error = errorOf(() => loadDeployConfig(fromContext({}), {}));

    expect(error.message).toContain('Invalid Hamkor deploy configuration');
    for (const [name, variable] of [
      ['stage', 'HAMKOR_STAGE'],
      ['appDomain', 'HAMKOR_APP_DOMAIN'],
      ['senderAddress', 'HAMKOR_SENDER_ADDRESS'],
      ['allowedDomains', 'HAMKOR_ALLOWED_DOMAINS'],
      ['adminEmails', 'HAMKOR_ADMIN_EMAILS'],
    ]) {
      expect(error.message).toMatch(new RegExp(`${name}: missing \\(set with -c ${name}=… or ${variable}\\)`));
    }
  });

  it('says what was expected of a malformed setting', () => {
    const error = errorOf(() =>
      loadDeployConfig(
        fromContext({
          ...complete,
          stage: 'Prod!',
          appDomain: 'https://hamkor.uni.example/',
          senderAddress: 'hamkor',
          adminEmails: 'a@uni.example,nobody',
          certificateArn: 'arn:aws:acm:eu-central-1:111122223333:certificate/0f3c1a2b-1234-4cde-9abc-0123456789ab',
          region: 'Frankfurt',
          account: '12345',
        }),
        {},
      ),
    );

    expect(error.message).toMatch(/stage: expected lower-case letters/);
    expect(error.message).toMatch(/appDomain: expected a domain name .*no scheme, no path/);
    expect(error.message).toMatch(/senderAddress: expected an email address/);
    expect(error.message).toMatch(/adminEmails\.1: expected an email address/);
    expect(error.message).toMatch(/certificateArn: expected the ARN of an ACM certificate in us-east-1/);
    expect(error.message).toMatch(/region: expected an AWS region/);
    expect(error.message).toMatch(/account: expected a 12-digit AWS account id/);
  });

  it('refuses an empty list of allowed domains or administrators', () => {
    const error = errorOf(() => loadDeployConfig(fromContext({ ...complete, allowedDomains: ' , ', adminEmails: [] }), {}));

    expect(error.message).toMatch(/allowedDomains: expected at least one value/);
    expect(error.message).toMatch(/adminEmails: expected at least one value/);
  });
});

describe('the waf settings', () => {
  it('leave the web ACL off unless asked, and read on/off from context or a variable', () => {
    expect(loadDeployConfig(fromContext(complete), {}).waf).toBe(false);
    expect(loadDeployConfig(fromContext({ ...complete, waf: true }), {}).waf).toBe(true);
    expect(loadDeployConfig(fromContext({ ...complete, waf: 'false' }), { HAMKOR_WAF: 'TRUE' }).waf).toBe(true);
  });

  it('say what was expected of a malformed switch or web ACL ARN', () => {
    const error = errorOf(() => loadDeployConfig(fromContext({ ...complete, waf: 'yes', webAclArn: 'arn:aws:wafv2:eu-central-1:111122223333:regional/webacl/x/1' }), {}));

    expect(error.message).toMatch(/waf: .*\(set with -c waf=… or HAMKOR_WAF\)/);
    expect(error.message).toMatch(/webAclArn: expected the ARN of a WAFv2 web ACL with scope CLOUDFRONT/);
  });

  it('refuse a web ACL to be made outside us-east-1, or made and named at once', () => {
    const arn = 'arn:aws:wafv2:us-east-1:111122223333:global/webacl/edge/0f3c1a2b-1234-4cde-9abc-0123456789ab';

    expect(() => checkFirewallPlacement({ waf: true }, 'us-east-1')).not.toThrow();
    expect(() => checkFirewallPlacement({ waf: false, webAclArn: arn }, 'eu-central-1')).not.toThrow();
    expect(errorOf(() => checkFirewallPlacement({ waf: true }, 'eu-central-1')).message).toMatch(/us-east-1/);
    expect(errorOf(() => checkFirewallPlacement({ waf: true, webAclArn: arn }, 'us-east-1')).message).toMatch(/choose one/);
  });
});

describe('the deploy environment', () => {
  it('uses the configured account and region over the CLI’s', () => {
    expect(deployEnvironment({ account: '111122223333', region: 'eu-west-1' }, { CDK_DEFAULT_ACCOUNT: '999999999999', CDK_DEFAULT_REGION: 'us-east-1' })).toEqual({
      account: '111122223333',
      region: 'eu-west-1',
    });
  });

  it('falls back to the CLI’s account and region, and offline to placeholders', () => {
    expect(deployEnvironment({}, { CDK_DEFAULT_ACCOUNT: '999999999999', CDK_DEFAULT_REGION: 'us-east-1' })).toEqual({ account: '999999999999', region: 'us-east-1' });
    expect(deployEnvironment({}, {})).toEqual({ account: '123456789012', region: 'eu-central-1' });
  });
});

describe('the functions’ environment', () => {
  it('builds the app URL, the sender and the allowed domains from the deploy configuration', () => {
    const config = loadDeployConfig(fromContext({ ...complete, allowedDomains: 'uni.example,staff.uni.example' }), {});

    expect(functionEnvironment(config, 'the-table')).toEqual({
      TABLE_NAME: 'the-table',
      APP_URL: 'https://hamkor.uni.example',
      MAIL_FROM: 'Hamkor <hamkor@uni.example>',
      ALLOWED_DOMAINS: 'uni.example,staff.uni.example',
    });
  });

  it('derives the SES domain identity from the sender address', () => {
    expect(domainOf('noreply@mail.uni.example')).toBe('mail.uni.example');
  });
});
