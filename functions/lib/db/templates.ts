/**
 * The templates the office uploaded (keys.template): one item per document and language, holding
 * the template as the office sent it (checked before it is written) with who and when. No item is
 * the built-in template in force.
 */
import { DeleteCommand, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { Db } from './client';
import { keys } from './keys';

export type StoredTemplate = { document: string; language: string; template: unknown; updatedAt: string; updatedBy: string };

export async function getUploadedTemplate(db: Db, document: string, language: string): Promise<StoredTemplate | undefined> {
  const out = await db.doc.send(new GetCommand({ TableName: db.table, Key: keys.template(document, language), ConsistentRead: true }));
  if (!out.Item) return undefined;
  // Kept as a JSON string: a template's words are data, not attributes to be read or indexed.
  return { document, language, template: JSON.parse(out.Item.body as string) as unknown, updatedAt: out.Item.updatedAt as string, updatedBy: out.Item.updatedBy as string };
}

export async function putUploadedTemplate(db: Db, stored: StoredTemplate): Promise<void> {
  await db.doc.send(
    new PutCommand({
      TableName: db.table,
      Item: { ...keys.template(stored.document, stored.language), itemType: 'template', body: JSON.stringify(stored.template), updatedAt: stored.updatedAt, updatedBy: stored.updatedBy },
    }),
  );
}

/** Deleting what is not there is no error: the built-in template is then in force, as asked. */
export async function deleteUploadedTemplate(db: Db, document: string, language: string): Promise<void> {
  await db.doc.send(new DeleteCommand({ TableName: db.table, Key: keys.template(document, language) }));
}
