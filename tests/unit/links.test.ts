/**
 * One-time link tokens and the configuration they are built with: tokens are long, random and
 * stored only as a hash; links carry them in the fragment; config has documented defaults.
 */
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, loadLocalConfig } from '../../functions/lib/config';
import { linkUrl, looksLikeToken, newToken, TOKEN_BYTES, tokenHash } from '../../functions/lib/links';

const minimalEnv = { TABLE_NAME: 'hamkor', APP_URL: 'https://hamkor.uni.example', MAIL_FROM: 'Hamkor <hamkor@uni.example>' };

describe('newToken', () => {
  it('is 43 base64url characters carrying at least 32 random bytes', () => {
    // Prepare
    const base64url = /^[A-Za-z0-9_-]{43}$/;

    // Act
    const token = newToken();

    // Assess
    expect(token).toMatch(base64url);
    expect(TOKEN_BYTES).toBeGreaterThanOrEqual(32);
    expect(Buffer.from(token, 'base64url').length).toBeGreaterThanOrEqual(32);
  });

  it('never repeats across 1000 tokens', () => {
    // Prepare
    const count = 1000;

    // Act
    const tokens = Array.from({ length: count }, () => newToken());

    // Assess
    expect(new Set(tokens).size).toBe(count);
  });
});

describe('tokenHash', () => {
  it('is 64 lower-case hex characters and the same for the same token', () => {
    // Prepare
    const token = newToken();

    // Act
    const [first, second] = [tokenHash(token), tokenHash(token)];

    // Assess
    expect(first).toMatch(/^[0-9a-f]{64}$/);
    expect(second).toBe(first);
    expect(first).not.toContain(token);
  });

  it('differs for tokens that differ in one character', () => {
    // Prepare
    const token = newToken();
    const last = token.at(-1) === 'A' ? 'B' : 'A';
    const neighbour = token.slice(0, -1) + last;

    // Act
    const [a, b] = [tokenHash(token), tokenHash(neighbour)];

    // Assess
    expect(neighbour).not.toBe(token);
    expect(a).not.toBe(b);
  });
});

describe('looksLikeToken', () => {
  it('accepts a fresh token', () => {
    // Prepare
    const token = newToken();

    // Act
    const result = looksLikeToken(token);

    // Assess
    expect(result).toBe(true);
  });

  it.each([
    ['an empty string', ''],
    ['a token one character short', 'a'.repeat(42)],
    ['a token one character long', 'a'.repeat(44)],
    ['standard base64 with + and /', `${'a'.repeat(41)}+/`],
    ['a token with padding', `${'a'.repeat(42)}=`],
    ['a token with a space', `${'a'.repeat(42)} `],
  ])('refuses %s', (_label, candidate) => {
    // Prepare
    const token = candidate;

    // Act
    const result = looksLikeToken(token);

    // Assess
    expect(result).toBe(false);
  });
});

describe('linkUrl', () => {
  it('puts an action token in the fragment of /act, never in the query', () => {
    // Prepare
    const token = newToken();

    // Act
    const url = new URL(linkUrl('https://hamkor.uni.example', 'action', token));

    // Assess
    expect(url.pathname).toBe('/act');
    expect(url.hash).toBe(`#t=${token}`);
    expect(url.search).toBe('');
  });

  it('puts a partner coordinator’s token in the fragment of /partner, with the email’s language', () => {
    const token = newToken();

    const url = new URL(linkUrl('https://hamkor.uni.example', 'partner', token, 'ru'));

    expect(url.pathname).toBe('/partner');
    expect(url.hash).toBe(`#t=${token}&l=ru`);
    expect(url.search).toBe('');
  });

  it('carries the email’s language after the token, still in the fragment', () => {
    const token = newToken();

    const url = new URL(linkUrl('https://hamkor.uni.example', 'action', token, 'ru'));

    expect(url.hash).toBe(`#t=${token}&l=ru`);
    expect(new URLSearchParams(url.hash.slice(1)).get('t')).toBe(token);
    expect(url.search).toBe('');
  });

  it('puts a sign-in token in the fragment of /signin, never in the query', () => {
    // Prepare
    const token = newToken();

    // Act
    const text = linkUrl('https://hamkor.uni.example', 'signin', token);

    // Assess
    expect(text).toBe(`https://hamkor.uni.example/signin#t=${token}`);
    expect(new URL(text).search).toBe('');
  });
});

describe('loadConfig', () => {
  it('fills in the documented defaults from a minimal environment', () => {
    // Prepare
    const env = { ...minimalEnv };

    // Act
    const config = loadConfig(env);

    // Assess
    expect(config).toMatchObject({
      tableName: 'hamkor',
      appUrl: 'https://hamkor.uni.example',
      mailFrom: 'Hamkor <hamkor@uni.example>',
      region: 'eu-central-1',
      allowedDomains: ['uni.example'],
      approvalLinkDays: 14,
      signinLinkMinutes: 15,
      sessionHours: 12,
      reminderEveryDays: 3,
      escalateAfterReminders: 2,
      logLevel: 'info',
    });
    expect(config.dynamoEndpoint).toBeUndefined();
    expect(config.sesEndpoint).toBeUndefined();
  });

  it('strips a trailing slash from APP_URL so links do not get a double slash', () => {
    // Prepare
    const env = { ...minimalEnv, APP_URL: 'https://hamkor.uni.example/' };

    // Act
    const config = loadConfig(env);

    // Assess
    expect(config.appUrl).toBe('https://hamkor.uni.example');
    expect(linkUrl(config.appUrl, 'action', 'x')).toBe('https://hamkor.uni.example/act#t=x');
  });

  it('reads numbers and lists from their string form', () => {
    // Prepare
    const env = { ...minimalEnv, APPROVAL_LINK_DAYS: '7', ALLOWED_DOMAINS: ' Uni.example , staff.uni.example,' };

    // Act
    const config = loadConfig(env);

    // Assess
    expect(config.approvalLinkDays).toBe(7);
    expect(config.allowedDomains).toEqual(['uni.example', 'staff.uni.example']);
  });

  it('refuses an APP_URL that is not a URL with a ConfigError naming APP_URL', () => {
    // Prepare
    const env = { ...minimalEnv, APP_URL: 'not a url' };

    // Act
    let error: unknown;
    try {
      loadConfig(env);
    } catch (e) {
      error = e;
    }

    // Assess
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).message).toContain('APP_URL');
  });

  it('refuses an environment without TABLE_NAME with a ConfigError naming TABLE_NAME', () => {
    // Prepare
    const { TABLE_NAME: _table, ...env } = minimalEnv;

    // Act
    const load = () => loadConfig(env);

    // Assess
    expect(load).toThrow(ConfigError);
    expect(load).toThrow(/TABLE_NAME/);
  });
});

describe('loadLocalConfig', () => {
  it('needs no environment at all on a laptop', () => {
    // Prepare
    const env = {};

    // Act
    const local = loadLocalConfig(env);

    // Assess
    expect(local).toMatchObject({ port: 3000, dynamoPort: 8000, sesPort: 8005, s3Port: 8010, dataDir: '.data' });
  });

  it('takes ports from the environment', () => {
    // Prepare
    const env = { PORT: '4000', DYNAMODB_PORT: '9000' };

    // Act
    const local = loadLocalConfig(env);

    // Assess
    expect(local).toMatchObject({ port: 4000, dynamoPort: 9000, sesPort: 8005 });
  });
});
