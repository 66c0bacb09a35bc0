/**
 * The templates the office may replace (GET, PUT, DELETE /api/templates/{document}/{language}):
 * the memorandum's text and the invitation letter, each in English, Russian and Uzbek. An upload
 * is checked when it is sent (services/templates.ts): an unknown placeholder is a 400 naming it.
 */
import { TemplateDocumentSchema, TemplateLanguageSchema, TemplateUploadSchema, type TemplateDocument } from '../../../shared/schemas/templates';
import * as templates from '../../lib/services/templates';
import { depsOf, signedIn } from '../context';
import type { ApiRouter } from '../router';

const ANSWERS = { 400: 'Not a known document (memorandum, invitation) or language (en, ru, uz)', 401: 'Not signed in', 403: 'Not the international office' };

export function templateRoutes(r: ApiRouter) {
  const route = { access: 'session' as const, path: '/templates/:document/:language', tag: 'templates', params: { document: TemplateDocumentSchema, language: TemplateLanguageSchema } };
  const which = (params: Record<string, string>) => [params.document as TemplateDocument, params.language as 'en' | 'ru' | 'uz'] as const;
  r.add(
    { ...route, method: 'get', operationId: 'getTemplate', summary: 'The template in force for a document and language: the office’s upload, or the built-in one', responses: { 200: 'The template, and whether it is uploaded or built in', ...ANSWERS } },
    async (c, { params }) => c.json(await templates.templateView(depsOf(c), await signedIn(c), ...which(params)), 200),
  );
  r.add(
    {
      ...route,
      method: 'put',
      operationId: 'uploadTemplate',
      summary: 'Replace a document’s template in one language (the international office)',
      description:
        'The template as JSON, in the shape `GET` returns (its `template`). Refused with 400 when its shape is wrong, when it names a placeholder the document does not know (the field error names it, in `values.placeholder`, and says where), or when it does not line up with the templates in force in the other languages (they are printed side by side, paragraph for paragraph). Used for every file made after it.',
      body: TemplateUploadSchema,
      responses: { 200: 'The template now in force', ...ANSWERS, 400: 'A bad document or language, or a template the check refuses: the field names the place and the placeholder' },
    },
    async (c, { params, body }) => c.json(await templates.uploadTemplate(depsOf(c), await signedIn(c), ...which(params), body), 200),
  );
  r.add(
    { ...route, method: 'delete', operationId: 'restoreTemplate', summary: 'Return to the built-in template for a document and language (the international office)', responses: { 200: 'The built-in template, now in force', ...ANSWERS } },
    async (c, { params }) => c.json(await templates.restoreTemplate(depsOf(c), await signedIn(c), ...which(params)), 200),
  );
}
