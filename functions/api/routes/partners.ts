/** The partner registry: read by everyone signed in (the forms choose from it), written by admins. */
import { PartnerInputSchema, PartnerUpdateSchema } from '../../../shared/schemas/partner';
import * as partners from '../../lib/services/partners';
import { depsOf, signedIn } from '../context';
import type { ApiRouter } from '../router';

const tag = 'partners';
const BAD = { 400: 'Bad input, with field errors', 401: 'Not signed in' };
const ADMIN = { 403: 'Not an administrator' };
const EXISTS = { 409: 'A partner in this country already has one of these names: {error: "partner_exists", partnerId, name}' };

export function partnerRoutes(r: ApiRouter) {
  r.add({ method: 'get', operationId: 'listPartners', access: 'session', path: '/partners', tag, summary: 'Partner universities, by name', responses: { 200: 'Partners', 401: 'Not signed in' } }, async (c) => {
    await signedIn(c);
    return c.json(await partners.allPartners(depsOf(c)), 200);
  });

  r.add({ method: 'get', operationId: 'getPartner', access: 'session', path: '/partners/:id', tag, summary: 'One partner university', responses: { 200: 'The partner', ...BAD, 404: 'No such partner' } }, async (c, { id }) => {
    await signedIn(c);
    return c.json(await partners.partnerById(depsOf(c), id), 200);
  });

  r.add(
    {
      method: 'post',
      operationId: 'registerPartner',
      access: 'session',
      path: '/partners',
      tag,
      summary: 'Register a partner university (admins)',
      description: 'The id is made from the name (`al-farabi-kazakh-national-university`, `-2` when taken). A name compares equal ignoring case, diacritics, punctuation and spacing.',
      body: PartnerInputSchema,
      responses: { 201: 'The partner, at version 1', ...BAD, ...ADMIN, ...EXISTS },
    },
    async (c, { body }) => c.json(await partners.createPartner(depsOf(c), body, await signedIn(c)), 201),
  );

  r.add(
    {
      method: 'put',
      operationId: 'editPartner',
      access: 'session',
      path: '/partners/:id',
      tag,
      summary: 'Edit a partner university (admins)',
      description: 'The whole form with the `version` it was read at. Renaming is checked for duplicates like registering.',
      body: PartnerUpdateSchema,
      responses: {
        200: 'The partner, one version on',
        ...BAD,
        ...ADMIN,
        404: 'No such partner',
        409: 'A partner in this country already has one of these names (partner_exists), or the partner changed since it was read (partner_changed, with the current partner)',
      },
    },
    async (c, { id, body }) => c.json(await partners.updatePartner(depsOf(c), id, body, await signedIn(c)), 200),
  );
}
