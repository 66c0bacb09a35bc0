/**
 * The memorandum's text (GET /api/agreements/{id}/memorandum.docx and .pdf): English beside
 * Russian or Uzbek (the agreement's own choice, or `pair`), with the hash at the foot of every
 * page. In AWS these paths go to the exports function, which is given the writer (docx, pdf-lib,
 * the font); the API function is not.
 */
import type { Context } from 'hono';
import { NotFoundError } from '../../../shared/errors';
import { DOCX_TYPE, PDF_TYPE } from '../../../shared/media-types';
import { MemorandumTextQuerySchema, type MemorandumPair } from '../../../shared/schemas/memorandum-text';
import type { MemorandumFormat, MemorandumWriter } from '../../lib/memorandum/writer';
import { memorandumText } from '../../lib/services/memorandum-text';
import { templatePair } from '../../lib/services/templates';
import type { AppEnv } from '../context';
import { depsOf, signedIn } from '../context';
import type { ApiRouter } from '../router';

const ANSWERS = {
  400: 'Not a valid id, or `pair` is neither ru nor uz',
  401: 'Not signed in',
  404: 'No such agreement (or not one this person may read)',
};

async function download(c: Context<AppEnv>, id: string, asked: MemorandumPair | undefined, format: MemorandumFormat, write: MemorandumWriter | undefined): Promise<Response> {
  const deps = depsOf(c);
  const { facts, pair } = await memorandumText(deps, id, await signedIn(c), asked);
  if (!write) throw new NotFoundError('The memorandum’s text is served by the exports function');
  // The office's uploaded templates where there are some (PUT /api/templates/memorandum/{language}).
  const bytes = await write(facts, pair, format, await templatePair(deps, 'memorandum', pair));
  return c.body(bytes as Uint8Array<ArrayBuffer>, 200, {
    'content-type': format === 'docx' ? DOCX_TYPE : PDF_TYPE,
    'content-disposition': `attachment; filename="${facts.reference.toLowerCase()}-memorandum-en-${pair}.${format}"`,
    'cache-control': 'no-store',
    // Either side compares it with the receipt without opening the file.
    'memorandum-hash': facts.hash,
  });
}

export function memorandumTextRoutes(r: ApiRouter, write?: MemorandumWriter) {
  const route = { method: 'get' as const, tag: 'agreements', access: 'session' as const, query: MemorandumTextQuerySchema };
  const description =
    'English in the left column, Russian or Uzbek in the right: the language the agreement chose (its content’s `textLanguage`, Russian when it names none), or the one `pair` asks for this once. From the templates in force (the office’s uploads, `GET /api/templates/memorandum/{language}`, else the files in functions/lib/memorandum/templates/): the conditions table, the term, the coordinators and signature blocks. ' +
    'The foot of every page (and the `Memorandum-Hash` header) carries SHA-256 of the canonical JSON of the agreement as its approvers were shown it: the hash their receipts record, once approved. Whoever may read the agreement may download it.';
  r.add(
    { ...route, operationId: 'downloadMemorandumDocx', path: '/agreements/:id/memorandum.docx', summary: 'The memorandum’s text as a Word document, two languages side by side', description, responses: { 200: 'The DOCX file, as an attachment', ...ANSWERS } },
    async (c, { id, query }) => download(c, id, query.pair, 'docx', write),
  );
  r.add(
    { ...route, operationId: 'downloadMemorandumPdf', path: '/agreements/:id/memorandum.pdf', summary: 'The memorandum’s text as a PDF, two languages side by side', description, responses: { 200: 'The PDF file, as an attachment', ...ANSWERS } },
    async (c, { id, query }) => download(c, id, query.pair, 'pdf', write),
  );
}
