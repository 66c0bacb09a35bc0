/**
 * The tags the notifier puts on every message, so a bounce can be traced to the email and the item
 * it was about. Apart from the SES client, so the bounces function needs no SES SDK to read them.
 */
export const MAIL_TAGS = { template: 'hamkor-template', kind: 'hamkor-kind', id: 'hamkor-id' } as const;

/** What `hamkor-kind` names: a nomination's or memorandum's email, or an international activity's (its confirmation). */
export type TaggedKind = 'nomination' | 'memorandum' | 'activity';
