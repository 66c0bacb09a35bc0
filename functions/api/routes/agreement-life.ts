/**
 * An agreement after its approval chain: record each side's signature, terminate, renew; and the
 * office's list of dormant agreements (in force, no mobility in 12 months).
 */
import { RenewalRequestSchema, SignatureRequestSchema, TerminationRequestSchema } from '../../../shared/schemas';
import * as agreements from '../../lib/services/agreements';
import { isOffice } from '../../lib/services/submissions';
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
      path: '/agreements/:id/signatures',
      tag: 'agreements',
      summary: 'Record the home or the partner signature; with both and the start date reached, the agreement is in force',
      body: SignatureRequestSchema,
      responses: { 200: 'The agreement, signed (and active when both sides have signed)', ...ANSWERS },
    },
    async (c, { id, body }) => c.json(await agreements.recordSignature(depsOf(c), id, await signedIn(c), body), 200),
  );

  r.add(
    {
      method: 'post',
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
      path: '/agreements/:id/renewal',
      tag: 'agreements',
      summary: 'Renew: a new memorandum pre-filled from this one, in review, linked to it both ways',
      body: RenewalRequestSchema,
      bodyOptional: true,
      responses: { 201: 'The renewal, in review', ...ANSWERS },
    },
    async (c, { id, body }) => c.json(await agreements.renew(depsOf(c), id, await signedIn(c), body), 201),
  );
}
