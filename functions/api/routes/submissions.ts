/**
 * Nominations (`/nominations`) and memoranda (`/agreements`) share one shape: submit, read,
 * list, withdraw, resubmit after changes were requested.
 */
import { MemorandumInputSchema } from '../../../shared/schemas/agreement';
import { WithdrawRequestSchema } from '../../../shared/schemas/api';
import type { SubmissionKind } from '../../../shared/schemas/entities';
import { MemorandumSubmissionSchema } from '../../../shared/schemas/memorandum-submission';
import { NominationInputSchema } from '../../../shared/schemas/nomination';
import * as submissions from '../../lib/services/submissions';
import { submitMemorandum } from '../../lib/services/proposals';
import { placesLeftFor } from '../../lib/services/places';
import { listNominations, nominationRegistry } from '../../lib/services/nomination-list';
import { NominationListQuerySchema } from '../../../shared/schemas/reports';
import { depsOf, signedIn } from '../context';
import type { ApiRouter } from '../router';

const BAD = { 400: 'Bad input, with field errors', 401: 'Not signed in' };
const MISSING = { 404: 'No such item (or not yours to see)' };
const CONFLICT = { 409: 'Wrong state; the body has the current state' };

export function submissionRoutes(r: ApiRouter, kind: SubmissionKind, path: '/nominations' | '/agreements') {
  const tag = path.slice(1);
  const noun = kind === 'nomination' ? 'nomination' : 'memorandum';
  const body = kind === 'nomination' ? NominationInputSchema : MemorandumInputSchema;
  // A new memorandum may propose a partner not yet registered; a resubmission names the one it has.
  const submission = kind === 'nomination' ? NominationInputSchema : MemorandumSubmissionSchema;
  // Operation ids name what the office calls the thing: a memorandum is submitted, an agreement listed.
  const [one, many] = kind === 'nomination' ? ['Nomination', 'Nominations'] : ['Memorandum', 'Agreements'];
  const item = kind === 'nomination' ? 'Nomination' : 'Agreement';
  const proposal: Record<number, string> = kind === 'memorandum' ? { 409: 'The proposed partner is already registered: {error: "partner_exists", partnerId, name}' } : {};

  r.add({ method: 'post', operationId: `submit${one}`, access: 'session', path, tag, summary: `Submit a ${noun}; it goes straight into review`, body: submission, responses: { 201: `The ${noun}, in review`, ...BAD, ...proposal } }, async (c, input) => {
    const person = await signedIn(c);
    const deps = depsOf(c);
    if (kind === 'memorandum') return c.json(await submitMemorandum(deps, input.body as never, person), 201);
    // Places left are a warning while in review; the final approval is what takes one.
    const { saved, places } = await submissions.submitNomination(deps, input.body as never, person);
    return c.json({ ...saved, places: places ?? null }, 201);
  });

  if (kind === 'nomination') {
    r.add(
      {
        method: 'get',
        operationId: 'listNominations',
        access: 'session',
        path,
        tag,
        summary: 'Nominations: your own; all of them for the international office and admins',
        description:
          'Filtered by what a statistics figure counts, so that the figure opens the list of exactly those: `academicYear`, `direction`, `type` (mobility type), `faculty` (the nominee’s), `partner`, `country` (the partner’s) and `status` (one or more, comma-separated). ' +
          'With an academic year, the whole year is read (the newest 200 that match); without one, the newest 200 nominations are filtered. ' +
          'Example: `GET /api/nominations?academicYear=2026/2027&direction=outgoing&type=semester_study&country=DE&status=approved,accepted_by_partner,completed`.',
        query: NominationListQuerySchema,
        responses: { 200: 'Newest first', 400: 'A query parameter is not valid (named): an unknown status, direction, type or country, a malformed year or id', 401: BAD[401] },
      },
      async (c, { query }) => c.json(await listNominations(depsOf(c), await signedIn(c), query), 200),
    );
    // Before `${path}/:id`, which would read `registry` as an id.
    r.add(
      {
        method: 'get',
        operationId: 'listNominationRegistry',
        access: 'session',
        path: `${path}/registry`,
        tag,
        summary: 'The international office’s nominations list, saying what it left out',
        description:
          'The same nominations and filters as `GET /api/nominations`, for the international office and admins, with `truncated` (more matched than the newest 200 shown) and `total` (how many match, where the server knows it: with an academic year; without one only the newest 200 are looked through, and `total` is null when there were more).',
        query: NominationListQuerySchema,
        responses: { 200: 'Newest first, with what was left out', 400: 'A query parameter is not valid (named)', 401: BAD[401], 403: 'Not the international office' },
      },
      async (c, { query }) => c.json(await nominationRegistry(depsOf(c), await signedIn(c), query), 200),
    );
  } else {
    r.add(
      { method: 'get', operationId: `list${many}`, access: 'session', path, tag, summary: 'Agreements in force and memoranda you can see (the international office and admins: all)', responses: { 200: 'Newest first', 401: BAD[401] } },
      async (c) => c.json(await submissions.listFor(depsOf(c), kind, await signedIn(c), 'all'), 200),
    );
  }

  r.add({ method: 'get', operationId: `get${item}`, access: 'session', path: `${path}/:id`, tag, summary: `One ${noun} with its history`, responses: { 200: `The ${noun} and its events`, ...BAD, ...MISSING } }, async (c, { id }) => {
    const deps = depsOf(c);
    const found = await submissions.getVisible(deps, kind, id, await signedIn(c));
    const [history, places] = await Promise.all([submissions.historyOf(deps, found), found.kind === 'nomination' ? placesLeftFor(deps, found) : undefined]);
    return c.json({ ...found, history, ...(found.kind === 'nomination' ? { places: places ?? null } : {}) }, 200);
  });

  r.add(
    {
      method: 'put',
      operationId: `resubmit${one}`,
      access: 'session',
      path: `${path}/:id`,
      tag,
      summary: `Resubmit a ${noun} that was sent back for changes (starts a new round)`,
      body,
      responses: { 200: `The ${noun}, in review again`, ...BAD, ...MISSING, ...CONFLICT },
    },
    async (c, input) => {
      const person = await signedIn(c);
      return c.json(await submissions.resubmit(depsOf(c), kind, input.id, input.body as never, person), 200);
    },
  );

  r.add(
    {
      method: 'post',
      operationId: `withdraw${one}`,
      access: 'session',
      path: `${path}/:id/withdraw`,
      tag,
      summary: `Withdraw your ${noun}`,
      body: WithdrawRequestSchema,
      bodyOptional: true,
      responses: { 200: `The ${noun}, withdrawn`, ...BAD, ...MISSING, ...CONFLICT },
    },
    async (c, { id, body: { reason } }) => {
      const person = await signedIn(c);
      return c.json(await submissions.withdraw(depsOf(c), kind, id, person, reason), 200);
    },
  );
}
