/**
 * The one table definition, as plain data. DynamoDB Local (`npm start`, tests) and the CDK
 * stack both build the table from this object, so the two can never drift apart.
 */
export const tableDefinition = {
  partitionKey: 'pk',
  sortKey: 'sk',
  /** Epoch seconds; DynamoDB deletes expired links, sessions and rate counters later. Expiry is always checked in code. */
  timeToLiveAttribute: 'ttl',
  /** The notifier needs the inserted image; old images are kept for audit tooling. */
  streamViewType: 'NEW_AND_OLD_IMAGES',
  indexes: [
    /** A submitter's own nominations and memoranda, newest first. */
    { name: 'byOwner', partitionKey: 'gsi1pk', sortKey: 'gsi1sk' },
    /** Every item of one kind (partners, agreements, nominations, people, role holders). */
    { name: 'byList', partitionKey: 'gsi2pk', sortKey: 'gsi2sk' },
    /** Sparse: only items in review carry `duePk`; the scheduler reads what is due without a Scan. */
    { name: 'byDue', partitionKey: 'duePk', sortKey: 'dueAt' },
    /**
     * Sparse: only report facts carry `factPk` (one partition per academic year of mobilities, one
     * for agreements); a report reads the years it asks for, never a Scan, never the items.
     */
    { name: 'byFactYear', partitionKey: 'factPk', sortKey: 'factSk' },
  ],
} as const;

export type TableDefinition = typeof tableDefinition;
export type IndexName = (typeof tableDefinition.indexes)[number]['name'];

/** Attribute names every key-bearing attribute uses; all are strings. */
export function keyAttributes(definition: TableDefinition = tableDefinition): string[] {
  const names = new Set<string>([definition.partitionKey, definition.sortKey]);
  for (const index of definition.indexes) {
    names.add(index.partitionKey);
    names.add(index.sortKey);
  }
  return [...names];
}
