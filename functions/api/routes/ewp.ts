/**
 * Erasmus Without Paper, IIAs API v7 (the office's): an agreement as an IIA get response (XML),
 * the same export's check (its hash, and what Hamkor could not fill), and a partner's IIA file
 * compared with ours. Not the EWP network's own endpoints: files the office downloads and uploads.
 */
import type { Context } from 'hono';
import { EWP_UPLOAD_TYPES, EWP_XML_TYPE } from '../../../shared/media-types';
import { IiaCreationQuerySchema } from '../../../shared/schemas/ewp-requests';
import * as ewp from '../../lib/services/ewp';
import type { AppEnv } from '../context';
import { depsOf, signedIn } from '../context';
import type { ApiRouter } from '../router';

/** A partner's file as the body: what is refused before anything is compared. */
const FILE_ANSWERS = {
  400: 'The file is not well-formed XML, declares a DOCTYPE, is not an IIAs v7 get response, or departs from the v7 XSD: the field error at `file` names the first problem and its line',
  401: 'Not signed in',
  403: 'Not the international office',
  413: 'The file is over 1 MB',
};

const ANSWERS = { 400: 'Not a valid id', 401: 'Not signed in', 403: 'Not the international office', 404: 'No such agreement' };

function xmlFile(c: Context<AppEnv>, exported: ewp.EwpExport): Response {
  return c.body(exported.xml, 200, {
    'content-type': `${EWP_XML_TYPE}; charset=utf-8`,
    'content-disposition': `attachment; filename="${exported.reference.toLowerCase()}-ewp-iia.xml"`,
    'cache-control': 'no-store',
    // What the file could not say (GET …/ewp-iia has each field's reason): never a broken file instead.
    'ewp-missing': exported.missing.map((m) => m.field).join(', '),
  });
}

export function ewpRoutes(r: ApiRouter) {
  const route = { method: 'get' as const, tag: 'ewp', access: 'session' as const };
  r.add(
    {
      ...route,
      operationId: 'exportAgreementIia',
      path: '/agreements/:id/ewp-iia.xml',
      summary: 'The agreement as an EWP IIAs API v7 get response (XML, valid against the v7 XSD) with its iia-hash',
      description: 'Our university is the first partner (its SCHAC id from the directory), the partner second. The `Ewp-Missing` header names the fields Hamkor could not fill; GET /agreements/{id}/ewp-iia says why.',
      responses: { 200: 'The XML file, as an attachment', ...ANSWERS },
    },
    async (c, { id }) => xmlFile(c, await ewp.agreementIia(depsOf(c), id, await signedIn(c))),
  );
  r.add(
    { ...route, operationId: 'checkAgreementIia', path: '/agreements/:id/ewp-iia', summary: 'The EWP export’s iia-hash, the two HEI ids, and each field it could not fill with the reason', responses: { 200: 'The check', ...ANSWERS } },
    async (c, { id }) => {
      const { xml: _xml, ...check } = await ewp.agreementIia(depsOf(c), id, await signedIn(c));
      return c.json(check, 200);
    },
  );
  r.add(
    {
      method: 'post',
      tag: 'ewp',
      access: 'session',
      operationId: 'compareIia',
      path: '/ewp/iias/compare',
      summary: 'Compare a partner’s IIAs v7 get response (the XML file as the body) with our agreement, field by field, with both hashes',
      description:
        'Each `<iia>` is matched to our agreement by the id the partner keeps for ours (its partner entry with our SCHAC id), else to a partner by its SCHAC id. A file with a DOCTYPE (DTD, entities) is refused unread.',
      file: EWP_UPLOAD_TYPES,
      responses: {
        200: 'One comparison per IIA in the file',
        400: 'The file is not well-formed XML, declares a DOCTYPE, is not an IIAs v7 get response, or departs from the v7 XSD: the field error at `file` names the first problem and its line',
        401: 'Not signed in',
        403: 'Not the international office',
        409: 'Our university has no SCHAC id in the directory (no_schac_id)',
        413: 'The file is over 1 MB',
      },
    },
    async (c) => c.json(await ewp.compareIiaFile(depsOf(c), await signedIn(c), await c.req.text()), 200),
  );
  r.add(
    {
      method: 'post',
      tag: 'ewp',
      access: 'session',
      operationId: 'createAgreementFromIia',
      path: '/ewp/iias/agreements',
      summary: 'Create our agreement from a partner’s IIAs v7 get response (the XML file as the body): it goes into the internal chain',
      description:
        'For an IIA no agreement of ours matches. Conditions, scopes and term come from the IIA; the partner is the one with the IIA’s SCHAC id, or `partnerId`; the office chooses the faculty and kind. `unmapped` lists each field of the IIA the agreement cannot hold (staff days, organisational units, a language without a CEFR level…), never converted.',
      file: EWP_UPLOAD_TYPES,
      query: IiaCreationQuerySchema,
      responses: {
        201: 'The agreement, in review, with the fields left out',
        ...FILE_ANSWERS,
        400: `${FILE_ANSWERS[400]}; or no partner has the IIA’s SCHAC id (choose one: \`partnerId\`), or a query parameter is not valid`,
        404: 'No partner with this partnerId',
        409: 'The IIA already names one of our agreements (agreement_exists), or our university has no SCHAC id (no_schac_id)',
      },
    },
    async (c, { query }) => c.json(await ewp.createFromIia(depsOf(c), await signedIn(c), await c.req.text(), query), 201),
  );
  r.add(
    {
      method: 'post',
      tag: 'ewp',
      access: 'session',
      operationId: 'recordPartnerIiaApproval',
      path: '/agreements/:id/ewp-approval',
      summary: 'Record that the partner approved our IIA’s iia-hash, from the partner’s file (the XML as the body)',
      description: 'Taken when the file’s IIA gives the iia-hash our export computes now; the same hash again changes nothing. Otherwise 409 with both hashes and the fields that differ.',
      file: EWP_UPLOAD_TYPES,
      responses: {
        200: 'The agreement, with `ewpApproval`',
        ...FILE_ANSWERS,
        404: 'No such agreement',
        409: 'The hashes differ (hash_differs: ourHash, theirHash, differences), or the agreement is no longer one to approve (wrong_status)',
      },
    },
    async (c, { id }) => c.json(await ewp.recordPartnerApproval(depsOf(c), id, await signedIn(c), await c.req.text()), 200),
  );
}
