/**
 * Locally, the table's stream read the way Lambda would: DynamoDB Local's stream polled into
 * Lambda-shaped `DynamoDBStreamEvent`s for the very same notifier handler.
 */
import {
  DescribeStreamCommand,
  DynamoDBStreamsClient,
  GetRecordsCommand,
  GetShardIteratorCommand,
  type _Record,
} from '@aws-sdk/client-dynamodb-streams';
import type { DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';

/** A stream record as Lambda delivers it (epoch seconds, `aws:dynamodb`, the stream ARN). */
function toLambdaRecord(r: _Record, streamArn: string, region: string): DynamoDBRecord {
  const d = r.dynamodb ?? {};
  return {
    eventID: r.eventID,
    eventName: r.eventName as DynamoDBRecord['eventName'],
    eventVersion: r.eventVersion ?? '1.1',
    eventSource: 'aws:dynamodb',
    awsRegion: r.awsRegion ?? region,
    eventSourceARN: streamArn,
    dynamodb: {
      ApproximateCreationDateTime: d.ApproximateCreationDateTime ? Math.floor(new Date(d.ApproximateCreationDateTime).getTime() / 1000) : undefined,
      Keys: d.Keys as never,
      NewImage: d.NewImage as never,
      OldImage: d.OldImage as never,
      SequenceNumber: d.SequenceNumber,
      SizeBytes: d.SizeBytes,
      StreamViewType: d.StreamViewType as never,
    },
  };
}

export type StreamPoller = { stop(): Promise<void>; idle(): Promise<void> };

/**
 * Polls every shard of a DynamoDB Local stream from its start and hands each batch to
 * `deliver`. Records the handler reports as failed are retried from that record, like Lambda does.
 */
export function pollStream(opts: {
  endpoint: string;
  region: string;
  streamArn: string;
  deliver: (event: DynamoDBStreamEvent) => Promise<{ batchItemFailures: { itemIdentifier: string }[] }>;
  intervalMs?: number;
  onError?: (error: unknown) => void;
  maxRetries?: number;
}): StreamPoller {
  const client = new DynamoDBStreamsClient({ region: opts.region, endpoint: opts.endpoint, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
  const iterators = new Map<string, string | undefined>();
  const attempts = new Map<string, number>();
  let stopped = false;
  let polls = 0;
  let waiting: { after: number; resolve: () => void }[] = [];

  async function discover() {
    const { StreamDescription } = await client.send(new DescribeStreamCommand({ StreamArn: opts.streamArn }));
    for (const shard of StreamDescription?.Shards ?? []) {
      if (!shard.ShardId || iterators.has(shard.ShardId)) continue;
      const { ShardIterator } = await client.send(
        new GetShardIteratorCommand({ StreamArn: opts.streamArn, ShardId: shard.ShardId, ShardIteratorType: 'TRIM_HORIZON' }),
      );
      iterators.set(shard.ShardId, ShardIterator);
    }
  }

  async function pollOnce(): Promise<number> {
    await discover();
    let seen = 0;
    for (const [shardId, iterator] of iterators) {
      if (!iterator) continue;
      const out = await client.send(new GetRecordsCommand({ ShardIterator: iterator, Limit: 100 }));
      const records = out.Records ?? [];
      seen += records.length;
      if (records.length === 0) {
        iterators.set(shardId, out.NextShardIterator);
        continue;
      }
      const result = await opts.deliver({ Records: records.map((r) => toLambdaRecord(r, opts.streamArn, opts.region)) });
      const failed = result.batchItemFailures[0]?.itemIdentifier;
      const count = (attempts.get(failed ?? '') ?? 0) + 1;
      if (failed && count <= (opts.maxRetries ?? 3)) {
        // Like Lambda: retry from the first failed record (later ones were already delivered; deliveries are idempotent).
        attempts.set(failed, count);
        const { ShardIterator } = await client.send(
          new GetShardIteratorCommand({ StreamArn: opts.streamArn, ShardId: shardId, ShardIteratorType: 'AT_SEQUENCE_NUMBER', SequenceNumber: failed }),
        );
        iterators.set(shardId, ShardIterator);
      } else {
        iterators.set(shardId, out.NextShardIterator);
      }
    }
    return seen;
  }

  const loop = async () => {
    while (!stopped) {
      const poll = ++polls;
      let seen = -1;
      try {
        seen = await pollOnce();
      } catch (error) {
        opts.onError?.(error);
      }
      if (seen === 0) {
        const ready = waiting.filter((w) => w.after < poll);
        waiting = waiting.filter((w) => w.after >= poll);
        ready.forEach((w) => w.resolve());
      }
      if (seen <= 0) await new Promise((r) => setTimeout(r, opts.intervalMs ?? 100));
    }
    waiting.forEach((w) => w.resolve());
  };
  const running = loop();
  return {
    async stop() {
      stopped = true;
      await running;
    },
    /** Resolves after a poll finds nothing new: everything written before has been handed over. */
    idle: () => new Promise<void>((resolve) => (stopped ? resolve() : waiting.push({ after: polls, resolve }))),
  };
}
