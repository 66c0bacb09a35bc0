/**
 * Who may call each route, as declared (`access` in its route, `security` in the OpenAPI document)
 * and as the server enforces it. Every route is called in process without a cookie, on an app
 * whose table and bucket are tripwires: a session route must answer 401 having touched neither
 * (its guard runs before its input is read); a link or open route must not answer 401, and does
 * get past any guard to its own work. Also: each route's operationId and the failures it lists.
 * A new route without these fails here, by name (routes are declared in functions/api/routes/).
 */
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { createApp } from '../../functions/api/app';
import { SESSION_COOKIE } from '../../functions/api/context';
import { apiDescription, SESSION_SCHEME } from '../../functions/api/openapi';
import { apiRoutes } from '../../functions/api/app';
import { pathParams, routeKey, type RouteSpec } from '../../functions/api/router';
import { loadConfig } from '../../functions/lib/config';
import { createLogger } from '../../functions/lib/log';
import type { ApiDeps } from '../../functions/lib/deps';

type Spec = RouteSpec<z.core.$ZodType | undefined, z.core.$ZodType | undefined>;
type Operation = { operationId?: string; security?: Record<string, string[]>[]; 'x-access'?: string; responses: Record<string, unknown> };
type Doc = { paths: Record<string, Record<string, Operation>>; components: { securitySchemes: Record<string, { type: string; in: string; name: string }> } };

const specs = apiRoutes().specs;
const doc = apiDescription() as unknown as Doc;
const where = (spec: Spec) => `${routeKey(spec)} (declared in functions/api/routes/)`;
const operationOf = (spec: Spec) => doc.paths[spec.path.replace(/:(\w+)/g, '{$1}')]![spec.method]!;

/** Table and bucket that record any use and refuse it: a route that touches them answers 500. */
function tripwireApp() {
  const touched: string[] = [];
  const tripwire = <T extends object>(name: string) =>
    new Proxy({} as T, {
      get(_target, prop) {
        touched.push(`${name}.${String(prop)}`);
        throw new Error(`the ${name} was touched`);
      },
    });
  const config = loadConfig({ TABLE_NAME: 'hamkor-tripwire', DOCUMENTS_BUCKET: 'hamkor-tripwire', APP_URL: 'http://localhost:3000', MAIL_FROM: 'hamkor@uni.example', LOG_LEVEL: 'silent' });
  const deps: ApiDeps = { config, db: tripwire('table'), storage: tripwire('bucket'), clock: () => new Date('2026-11-20T09:30:00Z'), log: createLogger('silent') };
  return { app: createApp(deps), touched };
}

/** The request a well-meaning client would send: its path's parameters filled, its body the schema's example. */
function requestFor(spec: Spec): { url: string; init: RequestInit } {
  const url = spec.path.replace(/:(\w+)/g, (_, name: string) => (spec.params?.[name] ? 'someone@uni.example' : name === 'kind' ? 'nomination' : name === 'from' || name === 'to' ? '1' : 'x1'));
  const example = spec.body ? (z.globalRegistry.get(spec.body)?.example ?? {}) : undefined;
  return {
    url: `http://localhost:3000/api${url}`,
    init: { method: spec.method.toUpperCase(), headers: { 'content-type': 'application/json', origin: 'http://localhost:3000' }, ...(example === undefined ? {} : { body: JSON.stringify(example) }) },
  };
}

describe('who may call each route', () => {
  it('is declared on every route as session, link or open, and the document says the same', () => {
    expect(specs.length).toBeGreaterThan(40);
    expect(doc.components.securitySchemes[SESSION_SCHEME]).toEqual(expect.objectContaining({ type: 'apiKey', in: 'cookie', name: SESSION_COOKIE }));
    for (const spec of specs) {
      expect(['session', 'link', 'open'], `${where(spec)} must declare access: 'session', 'link' or 'open'`).toContain(spec.access);
      const op = operationOf(spec);
      expect(op.security, `${where(spec)}: its security in the document`).toEqual(spec.access === 'session' ? [{ [SESSION_SCHEME]: [] }] : []);
      expect(op['x-access'], `${where(spec)}: x-access`).toBe(spec.access);
    }
    // The approver's and the sign-in link's operations, by name: the link is their only key.
    expect(specs.filter((s) => s.access === 'link').map(routeKey).sort()).toEqual(['POST /actions/decide', 'POST /actions/document', 'POST /actions/preview', 'POST /actions/refresh', 'POST /auth/session', 'POST /partner-links/answer', 'POST /partner-links/memorandum.pdf', 'POST /partner-links/preview', 'POST /partner-links/sign', 'POST /partner-links/signed-copy', 'POST /partner-links/signed-copy/complete', 'POST /study-plan-links/answer', 'POST /study-plan-links/preview']);
    expect(specs.filter((s) => s.access === 'open').map(routeKey).sort()).toEqual(['GET /health', 'POST /auth/link', 'POST /auth/signout']);
  });

  it.each(specs.filter((s) => s.access === 'session').map((s) => [routeKey(s), s] as const))('%s answers 401 without a session, before reading its input or touching the table', async (_key, spec) => {
    const { app, touched } = tripwireApp();
    const { url, init } = requestFor(spec);
    const res = await app.request(url, init);
    expect(res.status, `${where(spec)} is declared session but answered ${res.status} without a cookie`).toBe(401);
    expect(((await res.json()) as { error: string }).error).toBe('unauthenticated');
    expect(touched).toEqual([]);
    // And with a body that is not even JSON: still 401, not 400 (the guard comes first).
    if (spec.body) expect((await app.request(url, { ...init, body: '{' })).status).toBe(401);
  });

  it.each(specs.filter((s) => s.access !== 'session').map((s) => [routeKey(s), s.access, s] as const))('%s (%s) does not ask for a session', async (_key, access, spec) => {
    const { app, touched } = tripwireApp();
    const { url, init } = requestFor(spec);
    const res = await app.request(url, init);
    expect(res.status, `${where(spec)} is declared ${access} but answered 401 without a cookie`).not.toBe(401);
    // A link route reaches its own check of the token, in the table: past any session guard.
    if (access === 'link') expect(touched.length, `${where(spec)} got as far as its link check`).toBeGreaterThan(0);
  });
});

describe('operation ids', () => {
  it('are declared on every route, camelCase, unique, and in the document', () => {
    const seen = new Map<string, string>();
    for (const spec of specs) {
      expect(spec.operationId, `${where(spec)} has no operationId: declare one (a verb and a noun, e.g. listAgreements)`).toBeTruthy();
      expect(spec.operationId, `${where(spec)}'s operationId is camelCase`).toMatch(/^[a-z][a-zA-Z0-9]*$/);
      expect(seen.get(spec.operationId), `${where(spec)}'s operationId ${spec.operationId} is taken by ${seen.get(spec.operationId)}`).toBeUndefined();
      seen.set(spec.operationId, routeKey(spec));
      expect(operationOf(spec).operationId).toBe(spec.operationId);
    }
  });

  it('name the operations integrators call', () => {
    const ids = Object.fromEntries(specs.map((s) => [routeKey(s), s.operationId]));
    expect(ids).toMatchObject({
      'GET /agreements': 'listAgreements',
      'GET /nominations/:id': 'getNomination',
      'POST /agreements': 'submitMemorandum',
      'POST /actions/decide': 'decideAction',
      'POST /auth/session': 'startSession',
      'GET /agreements/:id/documents/:docId/download': 'downloadAgreementDocument',
    });
  });
});

describe('the failures each route lists', () => {
  it('include 401 exactly where a session is needed, 400 where there is input, and 404 and 410 for a link', () => {
    for (const spec of specs) {
      const listed = Object.keys(spec.responses).map(Number);
      const at = where(spec);
      expect(listed.some((s) => s >= 400 && s < 500), `${at} lists at least one 4xx`).toBe(true);
      if (spec.access === 'session') expect(listed, `${at} needs a session, so it lists 401`).toContain(401);
      else expect(listed, `${at} needs no session, so it does not list 401`).not.toContain(401);
      if (spec.body || spec.file || spec.query || pathParams(spec.path).length > 0) expect(listed, `${at} takes input, so it lists 400`).toContain(400);
      else expect(listed, `${at} takes no input, so it does not list 400`).not.toContain(400);
      if (spec.access === 'link') expect(listed, `${at} is reached by a link: unknown is 404, expired 410`).toEqual(expect.arrayContaining([404, 410]));
    }
  });

  it('are described with the shared error schema, field errors on a 400 (or a route’s own, which extends it)', () => {
    // A route's own failure schema (shared/api-contract.ts `failures`): the partners' 409 with its candidates, the rooms', the activities', the EWP approval's with both hashes.
    const OWN: Record<string, string> = {
      'POST /partners 409': 'PartnerConflict',
      'PUT /partners/:id 409': 'PartnerConflict',
      'PUT /residences/:id 409': 'RoomConflict',
      'POST /nominations/:id/accommodation 409': 'RoomConflict',
      'POST /nominations/:id/accommodation/cancel 409': 'RoomConflict',
      'PUT /activities/:id 409': 'ActivityConflict',
      'POST /activities/:id/cancel 409': 'ActivityConflict',
      'POST /activities/:id/confirm 409': 'ActivityConflict',
      'POST /activities/:id/return 409': 'ActivityConflict',
      'PUT /settings/activity-confirmation 409': 'ActivityConfirmationSettingConflict',
      'POST /agreements/:id/ewp-approval 409': 'EwpApprovalConflict',
    };
    for (const spec of specs) {
      for (const [status, response] of Object.entries(operationOf(spec).responses)) {
        if (Number(status) < 400) continue;
        const schema = (response as { content: Record<string, { schema: { $ref: string } }> }).content['application/json']!.schema;
        const expected = OWN[`${routeKey(spec)} ${status}`] ?? (status === '400' ? 'ValidationFailure' : 'Error');
        expect(schema.$ref, `${where(spec)} ${status}`).toBe(`#/components/schemas/${expected}`);
      }
    }
  });
});
