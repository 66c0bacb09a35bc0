/**
 * The conditional requests S3 honours and s3rver 3.7.1 does not. s3rver stores a PUT whatever its
 * `If-None-Match: *` says (so a write-once upload URL could replace the file it wrote), and serves
 * a GET or HEAD whatever its `If-Match` says (it looks only at If-None-Match on reads). The local
 * stack answers these here, in front of s3rver, as S3 does: 412 PreconditionFailed, nothing stored
 * or served. Everything else goes on to s3rver untouched.
 */
import type { IncomingMessage } from 'node:http';

/** The part of s3rver's store this needs (s3rver/lib/stores/filesystem.js). */
export type S3rverStore = {
  existsObject(bucket: string, key: string): Promise<boolean>;
  getMetadata(bucket: string, key: string): Promise<{ etag: string }>;
};

export type Refusal = { status: number; code: string; message: string };

const PRECONDITION_FAILED: Refusal = { status: 412, code: 'PreconditionFailed', message: 'At least one of the pre-conditions you specified did not hold' };

/** `/bucket/some/key` (path-style, as the local clients address s3rver) → bucket and key. */
function objectOf(req: IncomingMessage): { bucket: string; key: string } | undefined {
  const path = new URL(req.url ?? '/', 'http://local').pathname;
  const m = /^\/([^/]+)\/(.+)$/.exec(path);
  if (!m) return undefined;
  try {
    return { bucket: decodeURIComponent(m[1]!), key: decodeURIComponent(m[2]!) };
  } catch {
    return undefined; // a malformed path: s3rver answers it
  }
}

/** The one header value of `name`, or undefined. */
function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value.join(',') : value;
}

/**
 * Why S3 would refuse this request on its conditions, or undefined to let s3rver answer it. A PUT
 * with `If-None-Match: *` to a key that holds an object, and a GET or HEAD whose `If-Match` names
 * another ETag than the object's, are refused. (A missing object on a read is s3rver's 404.)
 */
export async function conditionRefusal(req: IncomingMessage, store: S3rverStore): Promise<Refusal | undefined> {
  const ifNoneMatch = req.method === 'PUT' ? header(req, 'if-none-match') : undefined;
  const ifMatch = req.method === 'GET' || req.method === 'HEAD' ? header(req, 'if-match') : undefined;
  if (ifNoneMatch === undefined && ifMatch === undefined) return undefined;
  const object = objectOf(req);
  if (!object) return undefined;
  if (ifNoneMatch !== undefined) {
    // `*` is the one value S3 takes on a write, and the only one the app sends.
    return ifNoneMatch.trim() === '*' && (await store.existsObject(object.bucket, object.key)) ? PRECONDITION_FAILED : undefined;
  }
  if (!(await store.existsObject(object.bucket, object.key))) return undefined;
  const { etag } = await store.getMetadata(object.bucket, object.key);
  const wanted = ifMatch!.split(',').map((t) => t.trim());
  return wanted.includes('*') || wanted.includes(etag) ? undefined : PRECONDITION_FAILED;
}

/**
 * Runs `work` for one key after every earlier `work` for that key has finished, so that the check
 * of `If-None-Match: *` and the write it allows are one step, as in S3: of two PUTs racing through
 * the same URL, the second sees the first's object.
 */
export function oneAtATimePerKey() {
  const tails = new Map<string, Promise<void>>();
  return async function serialized(key: string, work: () => Promise<void>): Promise<void> {
    const before = tails.get(key) ?? Promise.resolve();
    const mine = before.then(work, work);
    const tail = mine.catch(() => undefined);
    tails.set(key, tail);
    try {
      await mine;
    } finally {
      if (tails.get(key) === tail) tails.delete(key);
    }
  };
}
