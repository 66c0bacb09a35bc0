/**
 * The registry of international activities (conferences, projects, delegations…): the international
 * office records and edits every one, a faculty member their own faculty's (confirmed first by its dean
 * or the office when the office's setting asks it); counted by the activities report.
 */
import {
  ActivityCancellationSchema,
  ActivityConfirmationSchema,
  ActivityConfirmationSettingUpdateSchema,
  ActivityInputSchema,
  ActivityListQuerySchema,
  ActivityReportQuerySchema,
  ActivityReturnSchema,
  ActivityUpdateSchema,
} from '../../../shared/schemas/activity';
import { ActivityDocumentRequestSchema, type DocumentRequest } from '../../../shared/schemas/document';
import * as activities from '../../lib/services/activities';
import * as documents from '../../lib/services/activity-documents';
import { depsOf, signedIn } from '../context';
import type { ApiRouter } from '../router';

const tag = 'activities';
const BAD = { 400: 'Bad input, with field errors (a partner, agreement or faculty the registry does not have is named on its field)', 401: 'Not signed in' };
const WHO = { 403: 'Neither the international office nor a member of the activity’s faculty' };
const MISSING = { 404: 'No such activity' };
const CONFLICT = { 409: 'The activity changed since it was read (activity_changed) or was cancelled (activity_cancelled); the body has the current activity' };

export function activityRoutes(r: ApiRouter) {
  r.add(
    {
      method: 'get',
      operationId: 'listActivities',
      access: 'session',
      path: '/activities',
      tag,
      summary: 'International activities, latest start first: all for the international office, a faculty member’s own faculty’s',
      description:
        'Filters: `year` (the calendar year it starts in), `kind`, `faculty`, `partner`, `format`, `status`. With a year, the whole year is read; without one, the latest-starting 200 are filtered (`truncated` when there were more). Example: `GET /api/activities?year=2026&kind=conference&format=virtual`.',
      query: ActivityListQuerySchema,
      responses: { 200: 'The activities, and whether the list was cut', 400: 'A query parameter is not valid (named)', 401: BAD[401], ...WHO },
    },
    async (c, { query }) => c.json(await activities.listActivities(depsOf(c), await signedIn(c), query), 200),
  );

  r.add(
    {
      method: 'post',
      operationId: 'recordActivity',
      access: 'session',
      path: '/activities',
      tag,
      summary: 'Record an international activity (the international office; a faculty member for their own faculty)',
      description:
        'An activity with no partner needs a description. The agreement, when named, must be with one of its partners. The office’s is `recorded` at once; a faculty member’s too, unless the setting (`/settings/activity-confirmation`) asks the faculty’s dean or the office to confirm it: then it is `proposed`, with its `confirmer`, and counted by no report until confirmed.',
      body: ActivityInputSchema,
      responses: { 201: 'The activity, at version 1: recorded, or proposed', ...BAD, ...WHO, 409: 'The faculty’s dean is asked to confirm and the faculty has no dean (no_confirmer)' },
    },
    async (c, { body }) => c.json(await activities.recordActivity(depsOf(c), body, await signedIn(c)), 201),
  );

  r.add(
    { method: 'get', operationId: 'getActivity', access: 'session', path: '/activities/:id', tag, summary: 'One international activity', responses: { 200: 'The activity', 400: 'Not a valid id', 401: BAD[401], ...WHO, ...MISSING } },
    async (c, { id }) => c.json(await activities.activityById(depsOf(c), id, await signedIn(c)), 200),
  );

  r.add(
    {
      method: 'put',
      operationId: 'editActivity',
      access: 'session',
      path: '/activities/:id',
      tag,
      summary: 'Edit an international activity: the whole form with the `version` it was read at',
      body: ActivityUpdateSchema,
      responses: { 200: 'The activity, one version on', ...BAD, ...WHO, ...MISSING, ...CONFLICT },
    },
    async (c, { id, body }) => c.json(await activities.editActivity(depsOf(c), id, body, await signedIn(c)), 200),
  );

  r.add(
    {
      method: 'post',
      operationId: 'cancelActivity',
      access: 'session',
      path: '/activities/:id/cancel',
      tag,
      summary: 'Cancel an international activity (kept in the registry, counted by no report)',
      body: ActivityCancellationSchema,
      responses: { 200: 'The activity, cancelled', ...BAD, ...WHO, ...MISSING, ...CONFLICT },
    },
    async (c, { id, body }) => c.json(await activities.cancelActivity(depsOf(c), id, body, await signedIn(c)), 200),
  );

  r.add(
    {
      method: 'post',
      operationId: 'confirmActivity',
      access: 'session',
      path: '/activities/:id/confirm',
      tag,
      summary: 'Confirm a proposed activity (its confirmer: the faculty’s dean or the international office, as the setting asked): it is recorded and counted',
      body: ActivityConfirmationSchema,
      responses: { 200: 'The activity, recorded', ...BAD, 403: 'Not whom the office asks to confirm this activity', ...MISSING, 409: 'Read at an older version (activity_changed) or not proposed (activity_not_proposed); the body has the current activity' },
    },
    async (c, { id, body }) => c.json(await activities.confirmActivity(depsOf(c), id, body, await signedIn(c)), 200),
  );

  r.add(
    {
      method: 'post',
      operationId: 'returnActivity',
      access: 'session',
      path: '/activities/:id/return',
      tag,
      summary: 'Return a proposed activity to its faculty with a comment (required): they edit it, which proposes it again',
      body: ActivityReturnSchema,
      responses: { 200: 'The activity, returned', ...BAD, 403: 'Not whom the office asks to confirm this activity', ...MISSING, 409: 'Read at an older version (activity_changed) or not proposed (activity_not_proposed); the body has the current activity' },
    },
    async (c, { id, body }) => c.json(await activities.returnActivity(depsOf(c), id, body, await signedIn(c)), 200),
  );

  r.add(
    {
      method: 'get',
      operationId: 'getActivityConfirmationSetting',
      access: 'session',
      path: '/settings/activity-confirmation',
      tag,
      summary: 'Who confirms the activities faculty members record: nobody, the faculty’s dean, or the international office (international office)',
      responses: { 200: 'The setting; version 0 while never set', 401: BAD[401], 403: 'Not the international office' },
    },
    async (c) => c.json(await activities.activityConfirmationSetting(depsOf(c), await signedIn(c)), 200),
  );

  r.add(
    {
      method: 'put',
      operationId: 'changeActivityConfirmationSetting',
      access: 'session',
      path: '/settings/activity-confirmation',
      tag,
      summary: 'Change who confirms the activities faculty members record (administrators)',
      description: 'With the `version` read. Applies to what is recorded from now on: a proposed activity keeps the confirmer it was proposed to.',
      body: ActivityConfirmationSettingUpdateSchema,
      responses: { 200: 'The setting, one version on', 400: 'Bad input, with field errors', 401: BAD[401], 403: 'Not an administrator', 409: 'The setting changed since it was read (setting_changed, with the current setting)' },
    },
    async (c, { body }) => c.json(await activities.changeActivityConfirmationSetting(depsOf(c), body, await signedIn(c)), 200),
  );

  r.add(
    {
      method: 'post',
      operationId: 'addActivityDocument',
      access: 'session',
      path: '/activities/:id/documents',
      tag,
      summary: 'Declare a document of an activity (programme, report, photo, other) and get a URL to upload it to',
      description:
        'PDF, DOCX, JPEG or PNG, at most 20 MB, as for nominations: send the file with exactly the answer’s `upload.headers` within ten minutes, then call `…/complete`.',
      body: ActivityDocumentRequestSchema,
      responses: { 201: 'The pending document and its upload URL', ...BAD, ...WHO, ...MISSING, 409: 'The activity was cancelled (activity_cancelled)' },
    },
    async (c, { id, body }) => c.json(await documents.requestActivityUpload(depsOf(c), id, body as DocumentRequest, await signedIn(c)), 201),
  );

  r.add(
    {
      method: 'post',
      operationId: 'completeActivityDocument',
      access: 'session',
      path: '/activities/:id/documents/:docId/complete',
      tag,
      summary: 'Confirm an activity document’s upload: the file is checked in storage against what was declared',
      responses: {
        200: 'The document, uploaded',
        400: 'The stored file is not what was declared (size, type or content); the document is refused',
        401: BAD[401],
        403: 'Not the office nor the activity’s faculty, or not who started the upload',
        404: 'No such activity or document',
        409: 'Nothing uploaded yet, or the upload was already refused',
      },
    },
    async (c, { id, params }) => c.json(await documents.completeActivityUpload(depsOf(c), id, params.docId!, await signedIn(c)), 200),
  );

  r.add(
    { method: 'get', operationId: 'listActivityDocuments', access: 'session', path: '/activities/:id/documents', tag, summary: 'The uploaded documents of an activity, oldest first', responses: { 200: 'The documents', 400: 'Not a valid id', 401: BAD[401], ...WHO, ...MISSING } },
    async (c, { id }) => c.json(await documents.activityDocuments(depsOf(c), id, await signedIn(c)), 200),
  );

  r.add(
    {
      method: 'get',
      operationId: 'downloadActivityDocument',
      access: 'session',
      path: '/activities/:id/documents/:docId/download',
      tag,
      summary: 'A download URL for one document of an activity, valid for five minutes',
      responses: { 200: '`{url, expiresAt}`', 400: 'Not a valid id', 401: BAD[401], ...WHO, 404: 'No such activity or uploaded document', 409: 'The stored file is no longer the one that was checked (document_changed)' },
    },
    async (c, { id, params }) => c.json(await documents.activityDocumentDownload(depsOf(c), id, params.docId!, await signedIn(c)), 200),
  );

  r.add(
    {
      method: 'get',
      operationId: 'countActivities',
      access: 'session',
      path: '/reports/activities',
      tag: 'reports',
      summary: 'Recorded international activities counted by kind, calendar year, faculty, format and partner country, with participants and funding summed (per currency)',
      description: '`years` (comma-separated, default this one) and `faculty`. Cancelled activities count nowhere. Example: `GET /api/reports/activities?years=2025,2026`.',
      query: ActivityReportQuerySchema,
      responses: { 200: 'The counts', 400: 'A query parameter is not valid (named)', 401: BAD[401], 403: 'Not the international office, an administrator or a dean (a dean: not their own faculty)' },
    },
    async (c, { query }) => c.json(await activities.activityReport(depsOf(c), await signedIn(c), query), 200),
  );
}
