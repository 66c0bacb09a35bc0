/**
 * The memorandum's text as a PDF through the partner signatory's link (POST, the token in the
 * body, as every link call): the version the link was sent with, its hash in every page's foot and
 * in the `Memorandum-Hash` header. A files route: in AWS it goes to the files function, which has
 * the writer (file-routes.ts, infra/constructs/api.ts).
 */
import { NotFoundError } from '../../../shared/errors';
import { PDF_TYPE } from '../../../shared/media-types';
import { SignatoryTextRequestSchema } from '../../../shared/schemas/partner-signing';
import type { MemorandumWriter } from '../../lib/memorandum/writer';
import { textFacts } from '../../lib/services/partner-signing';
import { depsOf } from '../context';
import type { ApiRouter } from '../router';

export function signatoryTextRoutes(r: ApiRouter, write?: MemorandumWriter) {
  r.add(
    {
      method: 'post',
      operationId: 'downloadMemorandumPdfByLink',
      access: 'link',
      path: '/partner-links/memorandum.pdf',
      tag: 'approvals',
      summary: 'The text a partner signatory’s link was sent with, as a PDF (English beside Russian or Uzbek)',
      description:
        'Only while the link is live (not replaced, not expired), and only the text it was sent with: a text changed since is 409 `snapshot_changed`. ' +
        'English beside the language the office chose for the agreement (its `textLanguage`, Russian when it names none), whatever language the page is read in: the partner signs the text the office chose. Changes nothing.',
      body: SignatoryTextRequestSchema,
      responses: {
        200: 'The PDF file, as an attachment',
        400: 'Bad input',
        404: 'Unknown or tampered link',
        409: 'The text changed since the link was sent (`snapshot_changed`)',
        410: 'Expired or replaced link (`link_expired`, `link_replaced`)',
      },
    },
    async (c, { body }) => {
      const { facts, pair } = await textFacts(depsOf(c), body.token);
      if (!write) throw new NotFoundError('The memorandum’s text is served by the exports function');
      const bytes = await write(facts, pair, 'pdf');
      return c.body(bytes as Uint8Array<ArrayBuffer>, 200, {
        'content-type': PDF_TYPE,
        'content-disposition': `attachment; filename="${facts.reference.toLowerCase()}-memorandum-en-${pair}.pdf"`,
        'cache-control': 'no-store',
        'memorandum-hash': facts.hash,
      });
    },
  );
}
