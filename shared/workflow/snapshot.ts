/**
 * What an approver is shown, as plain data. Its canonical JSON is hashed into the receipt, and
 * a decision is refused when the hash no longer matches (the item changed under the approver).
 */
import { canonicalJson } from '../canonical';

export type Snapshot = {
  kind: string;
  reference: string;
  round: number;
  submitter: { email: string; name: string };
  content: unknown;
};

export function snapshotOf(entity: { kind: string; reference: string; submitter: { email: string; name: string }; content: unknown; review?: { round: number } }): Snapshot {
  return {
    kind: entity.kind,
    reference: entity.reference,
    round: entity.review?.round ?? 0,
    submitter: { email: entity.submitter.email, name: entity.submitter.name },
    content: entity.content,
  };
}

export function snapshotText(entity: Parameters<typeof snapshotOf>[0]): string {
  return canonicalJson(snapshotOf(entity));
}
