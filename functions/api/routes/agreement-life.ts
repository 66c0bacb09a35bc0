/**
 * An agreement after its approval chain: record each side's signature, terminate, renew, change it
 * (a new version, or an amendment through the chain) and compare its versions; and the office's
 * list of dormant agreements (in force, no mobility in 12 months).
 */
import { AgreementChangeRequestSchema, RenewalRequestSchema, SignatureRequestSchema, TerminationRequestSchema } from '../../../shared/schemas/office';
import { SignatorySendRequestSchema } from '../../../shared/schemas/partner-signing';
import { ValidationError } from '../../../shared/errors';
import * as agreements from '../../lib/services/agreements';
import * as partnerSigning from '../../lib/services/partner-signing';
import { isOffice } from '../../lib/services/identity';
import { ForbiddenError } from '../../../shared/errors';
import { depsOf, signedIn } from '../context';
import type { ApiRouter } from '../router';

const ANSWERS = {
  400: 'Bad input, with field errors',
  401: 'Not signed in',
  403: 'Not the international office',
  404: 'No such agreement (or not yours to see)',
  409: 'Wrong state; the body has the current state',
};

export function agreementLifeRoutes(r: ApiRouter) {
  r.add(
    {
      method: 'get',
      operationId: 'listDormantAgreements',
      access: 'session',
      path: '/agreements/dormant',
      tag: 'agreements',
      summary: 'Agreements in force with no mobility in the last 12 months (international office)',
      responses: { 200: 'Longest inactive first', 401: 'Not signed in', 403: 'Not the international office' },
    },
    async (c) => {
      if (!isOffice(await signedIn(c))) throw new ForbiddenError('Only the international office sees the dormant agreements');
      return c.json(await agreements.dormantAgreements(depsOf(c)), 200);
    },
  );

  r.add(
    {
      method: 'post',
      operationId: 'recordSignature',
      access: 'session',
      path: '/agreements/:id/signatures',
      tag: 'agreements',
      summary: 'Record the home or the partner signature; with both and the start date reached, the agreement is in force. In force with a side not on record (imported): that side, once',
      body: SignatureRequestSchema,
      responses: { 200: 'The agreement, signed (and active when both sides have signed)', ...ANSWERS },
    },
    async (c, { id, body }) => c.json(await agreements.recordSignature(depsOf(c), id, await signedIn(c), body), 200),
  );

  r.add(
    {
      method: 'post',
      operationId: 'sendToPartnerSignatory',
      access: 'session',
      path: '/agreements/:id/partner-signatory',
      tag: 'agreements',
      summary: 'Send the approved text to the partner’s signatory (or again, after changing it): a new link by email, and the last one dead',
      description:
        'To `contact`, else to whom the last sending went, else to the partner’s contact whose role names a signatory. After the signatory asked for changes, the text must have changed first (409 `not_edited`). International office only.',
      body: SignatorySendRequestSchema,
      responses: { 200: 'The agreement, with `partnerSigning` of the new round', ...ANSWERS },
    },
    async (c, { id, body }) => c.json(await partnerSigning.sendToSignatory(depsOf(c), id, await signedIn(c), body), 200),
  );

  r.add(
    {
      method: 'post',
      operationId: 'terminateAgreement',
      access: 'session',
      path: '/agreements/:id/termination',
      tag: 'agreements',
      summary: 'Terminate with a reason and a notice date (Erasmus+ inter-institutional agreements: one academic year’s notice)',
      body: TerminationRequestSchema,
      responses: { 200: 'The agreement, terminated or with its termination scheduled', ...ANSWERS },
    },
    async (c, { id, body }) => c.json(await agreements.terminate(depsOf(c), id, await signedIn(c), body), 200),
  );

  r.add(
    {
      method: 'post',
      operationId: 'renewAgreement',
      access: 'session',
      path: '/agreements/:id/renewal',
      tag: 'agreements',
      summary: 'Renew: a new memorandum pre-filled from this one, in review, linked to it both ways (not one with a termination recorded)',
      body: RenewalRequestSchema,
      bodyOptional: true,
      responses: { 201: 'The renewal, in review', ...ANSWERS },
    },
    async (c, { id, body }) => c.json(await agreements.renew(depsOf(c), id, await signedIn(c), body), 201),
  );

  r.add(
    {
      method: 'post',
      operationId: 'changeAgreement',
      access: 'session',
      path: '/agreements/:id/changes',
      tag: 'agreements',
      summary: 'Change an agreement after approval: conditions or dates → an amendment through the chain (202); anything else → a new version now (200)',
      body: AgreementChangeRequestSchema,
      responses: {
        200: '`{applied: true, agreement}`: the new version is in force',
        202: '`{applied: false, amendment}`: the amendment is in review; this version stays in force',
        ...ANSWERS },
    },
    async (c, { id, body }) => {
      const result = await agreements.proposeChange(depsOf(c), id, await signedIn(c), body);
      return c.json(result, result.applied ? 200 : 202);
    },
  );

  r.add(
    { method: 'get', operationId: 'listAgreementVersions', access: 'session', path: '/agreements/:id/versions', tag: 'agreements', summary: 'Every version of an agreement, oldest first', responses: { 200: 'The versions', 400: 'Not a valid id', 401: 'Not signed in', 404: ANSWERS[404] } },
    async (c, { id }) => c.json(await agreements.versionsOf(depsOf(c), id, await signedIn(c)), 200),
  );

  r.add(
    {
      method: 'get',
      operationId: 'diffAgreementVersions',
      access: 'session',
      path: '/agreements/:id/versions/:from/diff/:to',
      tag: 'agreements',
      summary: 'What changed between two versions, field by field',
      responses: { 200: '`{from, to, changes: [{path, from, to}]}`', 400: 'A version number that is not a number', 401: 'Not signed in', 404: 'No such agreement or version' },
    },
    async (c, { id, params }) => {
      const [from, to] = [Number(params.from), Number(params.to)];
      const bad = (['from', 'to'] as const).filter((k) => !/^[1-9]\d{0,4}$/.test(params[k] ?? ''));
      if (bad.length > 0) throw new ValidationError('Versions are numbered from 1', bad.map((k) => ({ path: k, message: 'A version number, from 1' })));
      return c.json(await agreements.diffVersions(depsOf(c), id, await signedIn(c), from, to), 200);
    },
  );
}
