/**
 * Documents in S3, reached by the browser through presigned URLs: the app never streams a file
 * itself (API Gateway and Lambda cap bodies far below a scanned agreement). The only module that
 * speaks S3. Locally it points at s3rver with its fixed throwaway credentials; in AWS it uses the
 * API function's role, which may put and get objects under `documents/` and nothing else.
 */
import { GetObjectCommand, HeadObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { documentsBucketOf, type Config } from '../config';

export type Storage = {
  client: S3Client;
  bucket: string;
};

/** Long enough to pick a 20 MB file and send it on a slow line; short enough that a leaked URL soon dies. */
export const UPLOAD_URL_SECONDS = 10 * 60;
/** A download starts right after the click; a copied link must not keep working for long. */
export const DOWNLOAD_URL_SECONDS = 5 * 60;

/** s3rver knows one hard-coded key pair and refuses any other access key id. */
const LOCAL_CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };

export function createStorage(opts: { bucket: string; region?: string; endpoint?: string }): Storage {
  const client = new S3Client({
    region: opts.region,
    // Without this, the SDK puts a CRC32 of the (empty) body of the request being presigned into
    // the upload URL, and S3 then refuses the real file for not matching it; and download URLs
    // would carry a checksum mode that a browser's download does nothing with.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
    ...(opts.endpoint ? { endpoint: opts.endpoint, forcePathStyle: true, credentials: LOCAL_CREDENTIALS, maxAttempts: 3 } : {}),
  });
  return { client, bucket: opts.bucket };
}

export type PresignedUpload = { url: string; method: 'PUT'; headers: Record<string, string>; expiresAt: string };

/**
 * A URL for one PUT of exactly this content type and this many bytes, to a key that holds nothing
 * yet: all three headers are part of the signature, so S3 refuses a body of another length or
 * another type before storing anything, and `If-None-Match: *` makes the URL write once. Without
 * it the URL stays good for its ten minutes after the file was checked, and a second PUT through it
 * would replace the checked file with anything (issue 14). S3 answers that second PUT 412 (or 409
 * while the first is still arriving); a request that leaves the header out no longer matches the
 * signature and gets 403.
 */
export async function presignUpload(
  storage: Storage,
  opts: { key: string; contentType: string; size: number; now: Date; expiresInSeconds?: number },
): Promise<PresignedUpload> {
  const expiresIn = opts.expiresInSeconds ?? UPLOAD_URL_SECONDS;
  const command = new PutObjectCommand({ Bucket: storage.bucket, Key: opts.key, ContentType: opts.contentType, ContentLength: opts.size, IfNoneMatch: '*' });
  // The presigner leaves content-type out of the signature unless asked; content-length and
  // if-none-match are signed whenever the request carries them, and naming them keeps that so if
  // the presigner ever changes.
  const url = await getSignedUrl(storage.client, command, {
    expiresIn,
    signingDate: opts.now,
    signableHeaders: new Set(['content-type', 'content-length', 'if-none-match']),
  });
  // Content-Length is not listed: browsers set it from the body (and refuse to let a page set it).
  return {
    url,
    method: 'PUT',
    headers: { 'Content-Type': opts.contentType, 'If-None-Match': '*' },
    expiresAt: new Date(opts.now.getTime() + expiresIn * 1000).toISOString(),
  };
}

/**
 * A short-lived URL that downloads the object as an attachment under its original name (never
 * rendered inline, whatever is inside), with the content type recorded when it was checked; with
 * `versionId`, that version of it.
 */
export async function presignDownload(
  storage: Storage,
  opts: { key: string; versionId?: string; fileName: string; contentType: string; now: Date; expiresInSeconds?: number },
): Promise<{ url: string; expiresAt: string }> {
  const expiresIn = opts.expiresInSeconds ?? DOWNLOAD_URL_SECONDS;
  const command = new GetObjectCommand({
    Bucket: storage.bucket,
    Key: opts.key,
    // The version that was checked, in the query (a link cannot carry an If-Match header): S3 serves
    // exactly those bytes, whatever was written under the key since.
    VersionId: opts.versionId,
    ResponseContentDisposition: attachmentDisposition(opts.fileName),
    ResponseContentType: opts.contentType,
  });
  const url = await getSignedUrl(storage.client, command, { expiresIn, signingDate: opts.now });
  return { url, expiresAt: new Date(opts.now.getTime() + expiresIn * 1000).toISOString() };
}

/**
 * One write of an object: its ETag, and its version id where the bucket keeps versions (S3 in AWS;
 * s3rver keeps none and answers without one).
 */
export type ObjectVersion = { etag: string; versionId?: string };

export type StoredObject = { size: number; contentType?: string; version?: ObjectVersion };

/**
 * What S3 holds under a key, or undefined if nothing was uploaded. Without s3:ListBucket (the API
 * is not given it), S3 answers 403 rather than 404 for a key that does not exist, so both mean
 * "not there".
 */
export async function headObject(storage: Storage, key: string): Promise<StoredObject | undefined> {
  try {
    const out = await storage.client.send(new HeadObjectCommand({ Bucket: storage.bucket, Key: key }));
    return {
      size: Number(out.ContentLength ?? 0),
      contentType: out.ContentType,
      version: out.ETag ? { etag: out.ETag, ...(out.VersionId && out.VersionId !== 'null' ? { versionId: out.VersionId } : {}) } : undefined,
    };
  } catch (error) {
    if (isMissing(error)) return undefined;
    throw error;
  }
}

/**
 * The first bytes of an object (its file signature), read with one ranged GET; with `version`, of
 * exactly that write (its version id where there is one, and If-Match on its ETag either way), so
 * what is read is what was measured before. Undefined when S3 answers that the ETag no longer
 * matches (the object was replaced in between).
 */
export async function readFirstBytes(storage: Storage, key: string, count: number, version?: ObjectVersion): Promise<Uint8Array | undefined> {
  try {
    const out = await storage.client.send(
      new GetObjectCommand({ Bucket: storage.bucket, Key: key, Range: `bytes=0-${count - 1}`, IfMatch: version?.etag, VersionId: version?.versionId }),
    );
    return out.Body ? out.Body.transformToByteArray() : new Uint8Array();
  } catch (error) {
    if ((error as { $metadata?: { httpStatusCode?: number } })?.$metadata?.httpStatusCode === 412) return undefined;
    throw error;
  }
}

function isMissing(error: unknown): boolean {
  const e = error as { name?: string; $metadata?: { httpStatusCode?: number } };
  return e?.name === 'NotFound' || e?.name === 'NoSuchKey' || e?.$metadata?.httpStatusCode === 404 || e?.$metadata?.httpStatusCode === 403;
}

/**
 * `attachment` with the original name (RFC 6266): a plain-ASCII `filename` for old clients, with
 * quotes, backslashes and anything outside printable ASCII replaced, and the exact UTF-8 name in
 * `filename*` (RFC 5987), so a Cyrillic or Uzbek file name survives and no name can break the header.
 */
export function attachmentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]|["\\]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

/** The documents storage an entry point's config names; a config without the bucket fails here, at cold start. */
export function storageFor(config: Config): Storage {
  return createStorage({ bucket: documentsBucketOf(config), region: config.region, endpoint: config.s3Endpoint });
}
