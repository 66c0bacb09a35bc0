/**
 * An incoming student's invitation letter (GET /api/nominations/{id}/invitation-letter.pdf):
 * English beside Russian or Uzbek, for the office to sign and send. A files route: in AWS the
 * files function serves it, given the PDF writer (pdf-lib, the font). Office only: it carries the
 * passport, so it is never cached and never logged.
 */
import { NotFoundError } from '../../../shared/errors';
import { PDF_TYPE } from '../../../shared/media-types';
import { InvitationLetterQuerySchema } from '../../../shared/schemas/templates';
import type { InvitationWriter } from '../../lib/memorandum/writer';
import { invitationLetterText } from '../../lib/services/invitation-letter';
import { depsOf, signedIn } from '../context';
import type { ApiRouter } from '../router';

export function invitationLetterRoutes(r: ApiRouter, write?: InvitationWriter) {
  r.add(
    {
      method: 'get',
      operationId: 'downloadInvitationLetter',
      access: 'session',
      path: '/nominations/:id/invitation-letter.pdf',
      tag: 'nominations',
      summary: 'An incoming student’s invitation letter as a PDF, English beside Russian or Uzbek (the international office only)',
      description:
        'Made from the templates in force (`GET /api/templates/invitation/{language}`): the student’s name, nationality, date of birth and passport, the home institution, the host faculty, the planned dates, the room when one is given, our university, and the office’s member who downloads it as the signatory.',
      query: InvitationLetterQuerySchema,
      responses: {
        200: 'The PDF file, as an attachment',
        400: 'Not a valid id, or `language` is neither ru nor uz',
        401: 'Not signed in',
        403: 'Not the international office',
        404: 'No such nomination',
        409: 'Not incoming, no invitation data given yet, or the templates in force do not line up; the body says which',
      },
    },
    async (c, { id, query }) => {
      const { reference, letter } = await invitationLetterText(depsOf(c), id, await signedIn(c), query.language);
      if (!write) throw new NotFoundError('The invitation letter is served by the files function');
      return c.body((await write(letter)) as Uint8Array<ArrayBuffer>, 200, {
        'content-type': PDF_TYPE,
        'content-disposition': `attachment; filename="${reference.toLowerCase()}-invitation-en-${query.language}.pdf"`,
        'cache-control': 'no-store',
      });
    },
  );
}
