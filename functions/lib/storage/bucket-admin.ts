/**
 * Creating the documents bucket, for the local stack and the tests only: in AWS the CDK stack
 * owns the bucket (private, encrypted, versioned, with the same CORS rule) and the API may not
 * create or configure buckets.
 */
import { CreateBucketCommand, PutBucketCorsCommand } from '@aws-sdk/client-s3';
import type { Storage } from './s3';

/**
 * The browser uploads and downloads straight from S3, so the bucket must let the app's own origin
 * PUT (with its Content-Type, and the If-None-Match that makes the upload write-once) and GET; no
 * other origin, no other method.
 */
export function documentsCorsRule(origins: string[]) {
  return { AllowedOrigins: origins, AllowedMethods: ['PUT', 'GET'], AllowedHeaders: ['content-type', 'if-none-match'], ExposeHeaders: ['ETag'], MaxAgeSeconds: 3000 };
}

export async function ensureBucket(storage: Storage, opts: { corsOrigins: string[] }): Promise<void> {
  try {
    await storage.client.send(new CreateBucketCommand({ Bucket: storage.bucket }));
  } catch (error) {
    const name = (error as { name?: string }).name;
    // Kept from the last `npm start` (DATA_DIR/s3): nothing to do.
    if (name !== 'BucketAlreadyOwnedByYou' && name !== 'BucketAlreadyExists') throw error;
  }
  await storage.client.send(new PutBucketCorsCommand({ Bucket: storage.bucket, CORSConfiguration: { CORSRules: [documentsCorsRule(opts.corsOrigins)] } }));
}
