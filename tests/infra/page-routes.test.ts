/**
 * The edge's page routes (the CloudFront function of infra/constructs/web.ts), run as CloudFront
 * would: an address naming no page is the app's page, which says so in the reader's language, as
 * the local server does; a file of the build, missing or not, is asked of the bucket as it is.
 */
import { describe, expect, it } from 'vitest';
import { pageRoutesFunctionCode } from '../../infra/constructs/web';

const handler = new Function(`${pageRoutesFunctionCode}; return handler;`)() as (event: { request: { uri: string } }) => { uri: string };
const rewrite = (uri: string) => handler({ request: { uri } }).uri;

describe('the edge’s page routes', () => {
  it('sends an unknown address to the app’s page and leaves files as they are', () => {
    // Act
    const seen = Object.fromEntries(['/foo/bar', '/foo', '/office/', '/nominations/x/edit', '/assets/missing.js', '/favicon.ico', '/signin'].map((uri) => [uri, rewrite(uri)]));

    // Assess
    expect(seen).toEqual({
      '/foo/bar': '/index.html',
      '/foo': '/index.html',
      '/office/': '/index.html',
      '/nominations/x/edit': '/index.html',
      '/assets/missing.js': '/assets/missing.js',
      '/favicon.ico': '/favicon.ico',
      '/signin': '/signin.html',
    });
  });
});
