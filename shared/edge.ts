/**
 * The two headers between CloudFront and the API, named once for both sides: the stack that has
 * CloudFront send them (infra/constructs) and the API that reads them (functions/api/edge.ts).
 */

/** Carries the origin secret: a request without it did not come through CloudFront. */
export const ORIGIN_VERIFY_HEADER = 'X-Origin-Verify';

/** The viewer's own address and port (`ip:port`), added by CloudFront when a policy asks for it. */
export const VIEWER_ADDRESS_HEADER = 'CloudFront-Viewer-Address';
