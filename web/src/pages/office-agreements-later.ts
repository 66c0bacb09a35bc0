/**
 * What the agreement's page loads after itself (a chunk of its own, so the registry never carries
 * it): the edit form (office-agreements-edit.tsx); the document upload's checks
 * (document-upload.ts); and the signatures, termination and renewal (office-agreements-life.tsx),
 * with the schemas and rules they check by. All of it is worded by the page's own words
 * (i18n/agreements-words.ts). Nothing but the agreement's page should import this module.
 */
export { AgreementEdit } from './office-agreements-edit';
export { AgreementLife } from './office-agreements-life';
export { ACCEPTED_FILES, fileRefusal, uploadDocument } from '../document-upload';
