/**
 * The templates in force for the memorandum's text and the invitation letter: the office's upload
 * where there is one (functions/lib/db/templates.ts), else the built-in file. An upload is
 * checked when it is sent (its shape, every placeholder known and in its place, and lined up with
 * the English or the other languages in force), so a misspelt placeholder is refused then, with
 * its name, and never found in a letter already made.
 */
import { ConflictError, ForbiddenError, ValidationError } from '../../../shared/errors';
import type { Person } from '../../../shared/schemas';
import type { Language } from '../../../shared/schemas/common';
import type { TemplateDocument } from '../../../shared/schemas/templates';
import type { Deps } from '../deps';
import { deleteUploadedTemplate, getUploadedTemplate, putUploadedTemplate } from '../db/templates';
import { checkInvitationPair, checkInvitationTemplate, type InvitationTemplate } from '../memorandum/invitation';
import { checkPair, checkTemplate, TemplateError, type MemorandumTemplate } from '../memorandum/template';
import { INVITATION_TEMPLATES, MEMORANDUM_TEMPLATES } from '../memorandum/templates';
import { isOffice } from './identity';

type Template<D extends TemplateDocument> = D extends 'memorandum' ? MemorandumTemplate : InvitationTemplate;

const BUILT_IN = { memorandum: MEMORANDUM_TEMPLATES, invitation: INVITATION_TEMPLATES };

function check<D extends TemplateDocument>(document: D, raw: unknown, language: Language): Template<D> {
  return (document === 'memorandum' ? checkTemplate(raw, language) : checkInvitationTemplate(raw, language)) as Template<D>;
}

function pair(document: TemplateDocument, english: MemorandumTemplate | InvitationTemplate, other: MemorandumTemplate | InvitationTemplate): void {
  if (document === 'memorandum') checkPair(english as MemorandumTemplate, other as MemorandumTemplate);
  else checkInvitationPair(english as InvitationTemplate, other as InvitationTemplate);
}

async function inForce<D extends TemplateDocument>(deps: Deps, document: D, language: Language): Promise<Template<D>> {
  const uploaded = await getUploadedTemplate(deps.db, document, language);
  // Checked again when read: what was valid when uploaded stays valid, but the check is cheap
  // and a hand-edited item must not reach a letter.
  return uploaded ? check(document, uploaded.template, language) : (BUILT_IN[document][language] as Template<D>);
}

/** English and the other language in force, lined up; a pair that no longer lines up (one side replaced since) is a 409 saying which. */
export async function templatePair<D extends TemplateDocument>(deps: Deps, document: D, other: 'ru' | 'uz'): Promise<[Template<D>, Template<D>]> {
  try {
    const [english, theirs] = await Promise.all([inForce(deps, document, 'en'), inForce(deps, document, other)]);
    pair(document, english, theirs);
    return [english, theirs];
  } catch (e) {
    if (e instanceof TemplateError) throw new ConflictError('template_mismatch', `The ${document} templates in force do not line up: ${e.message}. Upload matching templates, or return to the built-in ones`, { document, language: other });
    throw e;
  }
}

function requireOffice(person: Person): void {
  if (!isOffice(person)) throw new ForbiddenError('Only the international office replaces templates');
}

export type TemplateView = { document: TemplateDocument; language: Language; source: 'uploaded' | 'built_in'; updatedAt?: string; updatedBy?: string; template: Record<string, unknown> };

export async function templateView(deps: Deps, person: Person, document: TemplateDocument, language: Language): Promise<TemplateView> {
  requireOffice(person);
  const uploaded = await getUploadedTemplate(deps.db, document, language);
  if (uploaded) return { document, language, source: 'uploaded', updatedAt: uploaded.updatedAt, updatedBy: uploaded.updatedBy, template: uploaded.template as Record<string, unknown> };
  return { document, language, source: 'built_in', template: BUILT_IN[document][language] };
}

/** The languages a template of this language is printed beside. */
const partnersOf = (language: Language): Language[] => (language === 'en' ? ['ru', 'uz'] : ['en']);

export async function uploadTemplate(deps: Deps, person: Person, document: TemplateDocument, language: Language, raw: Record<string, unknown>): Promise<TemplateView> {
  requireOffice(person);
  try {
    const template = check(document, raw, language);
    for (const other of partnersOf(language)) {
      const theirs = await inForce(deps, document, other);
      if (language === 'en') pair(document, template, theirs);
      else pair(document, theirs, template);
    }
  } catch (e) {
    if (e instanceof TemplateError) throw new ValidationError(e.message, [{ path: e.path || '(template)', message: e.message, ...(e.placeholder ? { values: { placeholder: e.placeholder } } : {}) }]);
    throw e;
  }
  const updatedAt = deps.clock().toISOString();
  await putUploadedTemplate(deps.db, { document, language, template: raw, updatedAt, updatedBy: person.email });
  deps.log.info('template uploaded', { document, language, by: person.email });
  return { document, language, source: 'uploaded', updatedAt, updatedBy: person.email, template: raw };
}

/** Back to the built-in template; the answer is the template now in force. */
export async function restoreTemplate(deps: Deps, person: Person, document: TemplateDocument, language: Language): Promise<TemplateView> {
  requireOffice(person);
  await deleteUploadedTemplate(deps.db, document, language);
  deps.log.info('template restored to the built-in one', { document, language, by: person.email });
  return templateView(deps, person, document, language);
}
