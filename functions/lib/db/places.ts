/**
 * The places ledger: per agreement and cell (academic year × sender × type), how many places
 * are taken. A final approval takes one inside the approval's own transaction, on the condition
 * that one is free — so two approvals racing for the last place cannot both win. Giving a place
 * back (withdrawal, the partner's decline) happens in the nomination's transition too.
 */
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { cellKey, type HeldPlace, type PlaceCell } from '../../../shared/workflow/quota';
import type { Db } from './client';
import { keys } from './keys';

export type PlaceTake = { kind: 'take'; agreementId: string; cell: PlaceCell; planned: number; overridden: boolean };
export type PlaceReturn = { kind: 'return'; place: HeldPlace };
export type LedgerChange = PlaceTake | PlaceReturn;

/** The last place was taken meanwhile (or there never was one): the approval did not happen. */
export class NoPlaceLeftError extends Error {
  override readonly name = 'NoPlaceLeftError';
}

/** The transaction item for one ledger change. */
export function ledgerItem(db: Db, change: LedgerChange) {
  if (change.kind === 'return') {
    const { place } = change;
    return {
      Update: {
        TableName: db.table,
        Key: keys.places(place.agreementId, cellKey(place)),
        // No condition: a withdrawal must never be blocked by the ledger; the count only moves back.
        UpdateExpression: place.overridden ? 'ADD used :minus, overridden :minus' : 'ADD used :minus',
        ExpressionAttributeValues: { ':minus': -1 },
      },
    };
  }
  const { cell } = change;
  return {
    Update: {
      TableName: db.table,
      Key: keys.places(change.agreementId, cellKey(cell)),
      UpdateExpression: `SET itemType = :t, academicYear = :y, sender = :s, mobilityType = :m ADD used :one${change.overridden ? ', overridden :one' : ''}`,
      // The guarantee against overbooking: checked by DynamoDB inside the transaction.
      ...(change.overridden ? {} : { ConditionExpression: 'attribute_not_exists(used) OR used < :planned' }),
      ExpressionAttributeValues: {
        ':t': 'places',
        ':y': cell.academicYear,
        ':s': cell.sender,
        ':m': cell.type,
        ':one': 1,
        ...(change.overridden ? {} : { ':planned': change.planned }),
      },
    },
  };
}

export type LedgerRow = { cell: PlaceCell; used: number; overridden: number };

export async function ledgerOf(db: Db, agreementId: string): Promise<LedgerRow[]> {
  const out = await db.doc.send(
    new QueryCommand({
      TableName: db.table,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :p)',
      ExpressionAttributeValues: { ':pk': keys.places(agreementId, '').pk, ':p': keys.placesPrefix },
      ConsistentRead: true,
    }),
  );
  return (out.Items ?? []).map((i) => ({
    cell: { academicYear: i.academicYear as string, sender: i.sender as PlaceCell['sender'], type: i.mobilityType as PlaceCell['type'] },
    used: Number(i.used ?? 0),
    overridden: Number(i.overridden ?? 0),
  }));
}
