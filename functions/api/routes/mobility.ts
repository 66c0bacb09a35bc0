/**
 * What the international office does with a nomination outside its chain (override the places,
 * record the partner's answer, record the completed mobility), and an agreement's places.
 */
import { ArrivalRequestSchema, InvitationDataSchema } from '../../../shared/schemas/incoming';
import { CompletionRequestSchema, PartnerResponseRequestSchema, QuotaOverrideRequestSchema } from '../../../shared/schemas/office';
import * as incoming from '../../lib/services/incoming';
import type { Agreement } from '../../../shared/schemas/entities';
import * as mobility from '../../lib/services/mobility';
import { placesOfAgreement } from '../../lib/services/places';
import * as submissions from '../../lib/services/submissions';
import { depsOf, signedIn } from '../context';
import type { ApiRouter } from '../router';

const ANSWERS = {
  400: 'Bad input, with field errors',
  401: 'Not signed in',
  403: 'Not the international office',
  404: 'No such nomination (or not yours to see)',
  409: 'Wrong state; the body has the current state',
};

export function mobilityRoutes(r: ApiRouter) {
  r.add(
    {
      method: 'post',
      operationId: 'overrideQuota',
      access: 'session',
      path: '/nominations/:id/quota-override',
      tag: 'nominations',
      summary: 'Let the final approval take a place beyond the agreement’s places (international office, with a reason)',
      body: QuotaOverrideRequestSchema,
      responses: { 200: 'The nomination, with the override recorded', ...ANSWERS },
    },
    async (c, { id, body }) => c.json(await mobility.overrideQuota(depsOf(c), id, await signedIn(c), body.reason), 200),
  );

  r.add(
    {
      method: 'post',
      operationId: 'recordPartnerResponse',
      access: 'session',
      path: '/nominations/:id/partner-response',
      tag: 'nominations',
      summary: 'Record the partner university’s acceptance or decline (a decline needs a reason and frees the place)',
      body: PartnerResponseRequestSchema,
      responses: { 200: 'The nomination, accepted or declined by the partner', ...ANSWERS },
    },
    async (c, { id, body }) => c.json(await mobility.recordPartnerResponse(depsOf(c), id, await signedIn(c), body), 200),
  );

  r.add(
    {
      method: 'post',
      operationId: 'recordCompletion',
      access: 'session',
      path: '/nominations/:id/completion',
      tag: 'nominations',
      summary: 'Record that the mobility took place, with its actual dates',
      body: CompletionRequestSchema,
      responses: { 200: 'The nomination, completed', ...ANSWERS },
    },
    async (c, { id, body }) => c.json(await mobility.recordCompletion(depsOf(c), id, await signedIn(c), body), 200),
  );

  r.add(
    {
      method: 'post',
      operationId: 'recordArrival',
      access: 'session',
      path: '/nominations/:id/arrival',
      tag: 'nominations',
      summary: 'Record the day an incoming student arrived (approved or partner-accepted incoming nominations, once)',
      body: ArrivalRequestSchema,
      responses: { 200: 'The nomination, with its arrival', ...ANSWERS, 409: 'Not incoming, not approved, or arrived already; the body has the current state' },
    },
    async (c, { id, body }) => c.json(await incoming.recordArrival(depsOf(c), id, await signedIn(c), body.arrivalDate), 200),
  );

  r.add(
    {
      method: 'put',
      operationId: 'saveInvitationData',
      access: 'session',
      path: '/nominations/:id/invitation-data',
      tag: 'nominations',
      summary: 'Give an incoming student’s invitation-letter data: nationality, date of birth, passport (the submitter while it can change, or the office)',
      description:
        'Kept apart from the nomination, shown only to the international office and the nomination’s approvers, never in emails or ordinary exports, and deleted two years after completion (90 days after a rejection, withdrawal or decline). ' +
        'A passport that expires before the planned end of the stay is not refused: the answer lists it in `warnings`.',
      body: InvitationDataSchema,
      responses: { 200: 'The data as stored, with its warnings', 400: ANSWERS[400], 401: ANSWERS[401], 403: 'Sees the nomination (an approver) but is neither its submitter nor the international office', 404: ANSWERS[404], 409: 'Not incoming, or no longer open to changes; the body has the current state' },
    },
    async (c, { id, body }) => c.json(await incoming.saveInvitationData(depsOf(c), id, await signedIn(c), body), 200),
  );

  r.add(
    {
      method: 'get',
      operationId: 'getInvitationData',
      access: 'session',
      path: '/nominations/:id/invitation-data',
      tag: 'nominations',
      summary: 'An incoming student’s invitation-letter data (the international office and the nomination’s approvers only)',
      responses: { 200: 'The data, with its warnings', 400: 'Not a valid id', 401: ANSWERS[401], 403: 'The nomination’s submitter: once sent, the data is the office’s and the approvers’', 404: 'No such nomination (or not yours to see), or no data given' },
    },
    async (c, { id }) => c.json(await incoming.readInvitationData(depsOf(c), id, await signedIn(c)), 200),
  );

  r.add(
    {
      method: 'get',
      operationId: 'listAgreementPlaces',
      access: 'session',
      path: '/agreements/:id/places',
      tag: 'agreements',
      summary: 'Planned against used places, per academic year, direction and mobility type',
      responses: { 200: 'One row per cell', 400: 'Not a valid id', 401: 'Not signed in', 404: 'No such agreement (or not yours to see)' },
    },
    async (c, { id }) => {
      const deps = depsOf(c);
      const agreement = (await submissions.getVisible(deps, 'memorandum', id, await signedIn(c))) as Agreement;
      return c.json(await placesOfAgreement(deps, agreement), 200);
    },
  );
}
