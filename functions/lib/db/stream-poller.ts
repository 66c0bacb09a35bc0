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

/** How Lambda's event source mapping would go on after a batch, decided from what the handler said. */
type Retry = { sequenceNumber: string; attempts: number; notBefore: number; limit: number };

const BATCH = 100;

/** The lowest of the failed sequence numbers: they are decimal strings longer than a Number holds. */
const lowest = (sequenceNumbers: string[]) => sequenceNumbers.reduce((a, b) => (BigInt(b) < BigInt(a) ? b : a));

/**
 * Polls every shard of a DynamoDB Local stream from its start and hands each batch to
 * `deliver`, failing the way Lambda's event source mapping does (with `reportBatchItemFailures`
 * and `bisectBatchOnError`, as infra/constructs/notifier.ts sets it):
 *  - reported failures: the shard is read again from the lowest failed sequence number (what
 *    came before it is done), after a backoff that doubles with each attempt at that record;
 *  - a thrown error (the whole batch failed): the front half of the batch is tried again, then
 *    halved again, down to one record, so a poison record is cornered;
 *  - after `maxRetries` attempts at the same record it is given up (`onDiscard`; in AWS it goes
 *    to the dead-letter queue) and the shard moves on from the record after it. Progress resets the count: a batch
 *    throttled part way through starts afresh from its new first failure, as a poison record
 *    never makes progress.
 */
export function pollStream(opts: {
  endpoint: string;
  region: string;
  streamArn: string;
  deliver: (event: DynamoDBStreamEvent) => Promise<{ batchItemFailures: { itemIdentifier: string }[] }>;
  intervalMs?: number;
  onError?: (error: unknown) => void;
  /** Records given up after their retries (in AWS: the dead-letter queue). */
  onDiscard?: (sequenceNumbers: string[]) => void;
  /** Attempts at one record after its first failure. @default 5, as the notifier's event source */
  maxRetries?: number;
  /** The first wait before a retry, doubled each attempt. @default 250 */
  backoffMs?: number;
  /** @default 8000 */
  maxBackoffMs?: number;
}): StreamPoller {
  const client = new DynamoDBStreamsClient({ region: opts.region, endpoint: opts.endpoint, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
  const maxRetries = opts.maxRetries ?? 5;
  const backoff = (attempt: number) => Math.min((opts.backoffMs ?? 250) * 2 ** (attempt - 1), opts.maxBackoffMs ?? 8000);
  const iterators = new Map<string, string | undefined>();
  const retries = new Map<string, Retry>();
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

  const readFrom = async (shardId: string, sequenceNumber: string) => {
    const { ShardIterator } = await client.send(
      new GetShardIteratorCommand({ StreamArn: opts.streamArn, ShardId: shardId, ShardIteratorType: 'AT_SEQUENCE_NUMBER', SequenceNumber: sequenceNumber }),
    );
    iterators.set(shardId, ShardIterator);
  };

  /**
   * Another attempt at `sequenceNumber`, or, its retries spent, nothing: the caller moves on.
   * Splitting a batch is not an attempt (as with Lambda's bisection) and is tried at once.
   */
  function retryAt(shardId: string, sequenceNumber: string, limit: number, split: boolean): boolean {
    const previous = retries.get(shardId);
    const before = previous?.sequenceNumber === sequenceNumber ? previous.attempts : 0;
    const attempts = split ? before : before + 1;
    if (attempts > maxRetries) {
      retries.delete(shardId);
      return false;
    }
    retries.set(shardId, { sequenceNumber, attempts, notBefore: split ? 0 : Date.now() + backoff(attempts), limit });
    return true;
  }

  /** Records seen, and whether a shard is waiting out a backoff (then the stream is not idle). */
  async function pollOnce(): Promise<{ seen: number; backingOff: boolean }> {
    await discover();
    let seen = 0;
    let backingOff = false;
    for (const [shardId, iterator] of iterators) {
      if (!iterator) continue;
      const retry = retries.get(shardId);
      if (retry && retry.notBefore > Date.now()) {
        backingOff = true;
        continue;
      }
      const out = await client.send(new GetRecordsCommand({ ShardIterator: iterator, Limit: retry?.limit ?? BATCH }));
      const records = out.Records ?? [];
      seen += records.length;
      if (records.length === 0) {
        iterators.set(shardId, out.NextShardIterator);
        continue;
      }
      const sequenceNumbers = records.map((r) => r.dynamodb?.SequenceNumber ?? '');
      let failed: string[];
      let thrown = false;
      try {
        const result = await opts.deliver({ Records: records.map((r) => toLambdaRecord(r, opts.streamArn, opts.region)) });
        failed = result.batchItemFailures.map((f) => f.itemIdentifier).filter((id) => sequenceNumbers.includes(id));
      } catch (error) {
        opts.onError?.(error);
        failed = sequenceNumbers;
        thrown = true;
      }
      if (failed.length === 0) {
        retries.delete(shardId);
        iterators.set(shardId, out.NextShardIterator);
        continue;
      }
      const first = thrown ? sequenceNumbers[0]! : lowest(failed);
      // Bisect a batch that failed as a whole; a partial failure is retried from its first failed record.
      const limit = thrown ? Math.max(1, Math.ceil(records.length / 2)) : BATCH;
      if (retryAt(shardId, first, limit, thrown && records.length > 1)) {
        backingOff = true;
        await readFrom(shardId, first);
        continue;
      }
      // Retries spent: this record is given up (in AWS, described in the dead-letter queue) and
      // the shard goes on from the record after it; later failures get attempts of their own.
      opts.onDiscard?.([first]);
      const after = sequenceNumbers[sequenceNumbers.indexOf(first) + 1];
      if (after) await readFrom(shardId, after);
      else iterators.set(shardId, out.NextShardIterator);
    }
    return { seen, backingOff };
  }

  const loop = async () => {
    while (!stopped) {
      const poll = ++polls;
      let result: { seen: number; backingOff: boolean } | undefined;
      try {
        result = await pollOnce();
      } catch (error) {
        opts.onError?.(error);
      }
      if (result && result.seen === 0 && !result.backingOff) {
        const ready = waiting.filter((w) => w.after < poll);
        waiting = waiting.filter((w) => w.after >= poll);
        ready.forEach((w) => w.resolve());
      }
      if (!result || result.seen === 0 || result.backingOff) await new Promise((r) => setTimeout(r, opts.intervalMs ?? 100));
    }
    waiting.forEach((w) => w.resolve());
  };
  const running = loop();
  return {
    async stop() {
      stopped = true;
      await running;
    },
    /** Resolves after a poll finds nothing new and no retry pending: everything written before has been handed over. */
    idle: () => new Promise<void>((resolve) => (stopped ? resolve() : waiting.push({ after: polls, resolve }))),
  };
}
