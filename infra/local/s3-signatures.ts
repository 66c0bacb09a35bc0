/**
 * The check S3 makes on a presigned URL, which s3rver skips. s3rver 3.7.1 looks only at the access
 * key id and the expiry of a SigV4 URL ("Signature version 4 calculation is unimplemented"), so on
 * its own it would store a PUT of another content type or another length than the URL was signed
 * for, and the local stack would not show what S3 refuses. Here the signature is computed again by
 * the AWS signer over the request as it arrived (method, path, query, and the actual values of the
 * headers the URL names as signed) and compared with the one in the URL, as S3 does.
 *
 * Only presigned (query-string) requests are checked: those are what a browser sends. The app's own
 * calls carry an Authorization header made by the same SDK and pass through, as before.
 */
import { SignatureV4 } from '@smithy/signature-v4';
import { createHash, createHmac, type Hash, type Hmac } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

type SourceData = string | ArrayBuffer | ArrayBufferView;

const bytes = (data: SourceData) =>
  typeof data === 'string' ? Buffer.from(data, 'utf8') : ArrayBuffer.isView(data) ? Buffer.from(data.buffer, data.byteOffset, data.byteLength) : Buffer.from(data);

/** SHA-256 and HMAC-SHA-256 from node:crypto, in the shape the signer takes. */
class Sha256 {
  private readonly hash: Hash | Hmac;
  constructor(secret?: SourceData) {
    this.hash = secret === undefined ? createHash('sha256') : createHmac('sha256', bytes(secret));
  }
  update(data: SourceData): void {
    this.hash.update(bytes(data));
  }
  async digest(): Promise<Uint8Array> {
    return new Uint8Array(this.hash.digest());
  }
}

/** The query parameters that carry the signature itself rather than signed content. */
const AUTH_PARAMS = new Set(['x-amz-algorithm', 'x-amz-credential', 'x-amz-date', 'x-amz-expires', 'x-amz-signedheaders', 'x-amz-signature']);

/** `20260105T101500Z` → that instant. */
function parseAmzDate(value: string): Date | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value);
  return m ? new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!)) : undefined;
}

/**
 * For a presigned request: whether its signature matches the request as it arrived. Undefined for
 * a request that is not presigned (and so not checked here). A malformed URL does not match.
 */
export async function presignedSignatureMatches(req: IncomingMessage, credentials: { accessKeyId: string; secretAccessKey: string }): Promise<boolean | undefined> {
  const url = new URL(req.url ?? '/', 'http://local');
  const given = url.searchParams.get('X-Amz-Signature');
  if (given === null || req.method === 'OPTIONS') return undefined; // a CORS preflight is never signed
  const credential = (url.searchParams.get('X-Amz-Credential') ?? '').split('/');
  const signingDate = parseAmzDate(url.searchParams.get('X-Amz-Date') ?? '');
  const expiresIn = Number(url.searchParams.get('X-Amz-Expires'));
  const signed = (url.searchParams.get('X-Amz-SignedHeaders') ?? '').split(';').filter(Boolean);
  if (credential.length !== 5 || credential[0] !== credentials.accessKeyId || !signingDate || !Number.isInteger(expiresIn) || !signed.includes('host')) return false;

  // What the SDK hoisted from headers into the query goes back into headers; the signer hoists it
  // again, and reads the payload hash (UNSIGNED-PAYLOAD) from there, as it did when presigning.
  const query: Record<string, string | string[]> = {};
  const headers: Record<string, string> = {};
  for (const [name, value] of url.searchParams) {
    const lower = name.toLowerCase();
    if (AUTH_PARAMS.has(lower)) continue;
    if (lower.startsWith('x-amz-')) headers[name] = value;
    else query[name] = name in query ? [...([] as string[]).concat(query[name]!), value] : value;
  }
  for (const name of signed) {
    const value = req.headers[name];
    if (value === undefined) return false; // a signed header that was not sent
    headers[name] = Array.isArray(value) ? value.join(',') : value;
  }

  const signer = new SignatureV4({ credentials, region: credential[2]!, service: credential[3]!, sha256: Sha256, uriEscapePath: false, applyChecksum: false });
  const again = await signer.presign(
    { method: req.method ?? 'GET', protocol: 'http:', hostname: 'local', path: url.pathname, query, headers },
    { signingDate, expiresIn, signableHeaders: new Set(signed) },
  );
  return again.query?.['X-Amz-Signature'] === given;
}
