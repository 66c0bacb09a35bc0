/**
 * Handler contracts: the Lambda entry points, imported as Lambda imports them (config read
 * from the environment at module load), invoked with events shaped exactly like API Gateway's,
 * DynamoDB Streams' and EventBridge's (tests/fixtures/events), against DynamoDB Local and the
 * local SES server. Every assertion is on a real effect: a response, an item, an email.
 *
 * The handlers use the harness's table. Its stream poller keeps running (it is what turns the
 * API's and the scheduler's event items into emails here), so the notifier tests never write
 * their event items to the table: they hand the handler a stream event built from a fixture,
 * and the poller, which only sees what is written, cannot send those emails a second time. The
 * handlers send from their own address, so their emails are told apart from the poller's.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { GetCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { APIGatewayProxyEventV2, DynamoDBStreamEvent, ScheduledEvent } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { keys } from '../../functions/lib/db/keys';
import { getSubmission } from '../../functions/lib/db/submissions';
import { nominationBody, startHarness, to, tokenFrom, type Harness, type StoredEmail } from '../support/harness';

type ApiHandler = (typeof import('../../functions/api/handler'))['handler'];
type NotifierHandler = (typeof import('../../functions/notifier/handler'))['handler'];
type SchedulerHandler = (typeof import('../../functions/scheduler/handler'))['handler'];
type ExportsHandler = (typeof import('../../functions/exports/handler'))['handler'];
type OfficeHandler = (typeof import('../../functions/office/handler'))['handler'];

/** What the deployed stack sets APP_URL to: the public https address, not the local server's. */
const APP_URL = 'https://hamkor.uni.example';
const SIGNIN_LINK = /\/signin#t=[A-Za-z0-9_-]{43}/;

let h: Harness;
let handlerTag: string;
let api: ApiHandler;
let notifier: NotifierHandler;
let scheduler: SchedulerHandler;
let files: ExportsHandler;
let office: OfficeHandler;
let facultyCookie: string;

beforeAll(async () => {
  h = await startHarness('handlers');
  handlerTag = `handlers-lambda-${randomBytes(4).toString('hex')}`;
  // The variables the CDK stack gives every function; config.ts reads them once, at import.
  vi.stubEnv('TABLE_NAME', h.config.tableName);
  vi.stubEnv('AWS_REGION', h.config.region);
  vi.stubEnv('DYNAMODB_ENDPOINT', h.config.dynamoEndpoint!);
  vi.stubEnv('SES_ENDPOINT', h.sesUrl);
  // The api and office functions' own: only they store documents.
  vi.stubEnv('S3_ENDPOINT', h.config.s3Endpoint!);
  vi.stubEnv('DOCUMENTS_BUCKET', h.config.documentsBucket!);
  vi.stubEnv('APP_URL', APP_URL);
  vi.stubEnv('MAIL_FROM', `Hamkor <hamkor+${handlerTag}@uni.example>`);
  vi.stubEnv('LOG_LEVEL', 'silent');
  vi.resetModules();
  ({ handler: api } = await import('../../functions/api/handler'));
  ({ handler: notifier } = await import('../../functions/notifier/handler'));
  ({ handler: scheduler } = await import('../../functions/scheduler/handler'));
  ({ handler: files } = await import('../../functions/exports/handler'));
  ({ handler: office } = await import('../../functions/office/handler'));
  facultyCookie = await h.signIn('faculty@uni.example');
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await h?.stop();
});

/** A fixture event with its `{{NAME}}` placeholders filled in (as JSON string content). */
function fixture<T>(path: string, values: Record<string, string> = {}): T {
  let text = readFileSync(new URL(`../fixtures/events/${path}`, import.meta.url), 'utf8');
  for (const [name, value] of Object.entries(values)) text = text.replaceAll(`{{${name}}}`, JSON.stringify(value).slice(1, -1));
  const left = /\{\{[A-Z_]+\}\}/.exec(text);
  if (left) throw new Error(`${path}: placeholder ${left[0]} not filled`);
  return JSON.parse(text) as T;
}

/** The placeholders of a stream fixture: an event item about `email`, written just now. */
function streamValues(email: string) {
  const at = new Date().toISOString();
  return {
    EMAIL: email,
    AT: at,
    NONCE: randomBytes(6).toString('hex'),
    GARBAGE_NONCE: randomBytes(6).toString('hex'),
    TTL: String(Math.floor(Date.parse(at) / 1000) + 7 * 86400),
    TABLE: h.config.tableName,
  };
}

/** Emails the handlers under test sent (their MAIL_FROM), as opposed to the harness's notifier. */
async function handlerEmailsTo(address: string): Promise<StoredEmail[]> {
  const store = (await (await fetch(`${h.sesUrl}/store`)).json()) as { emails: StoredEmail[] };
  return store.emails.filter((e) => e.from.includes(`hamkor+${handlerTag}@`) && to(address)(e));
}

async function signinEventsOf(email: string) {
  const out = await h.deps.db.doc.send(
    new QueryCommand({
      TableName: h.config.tableName,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :e)',
      ExpressionAttributeValues: { ':pk': keys.person(email).pk, ':e': keys.eventPrefix },
      ConsistentRead: true,
    }),
  );
  return (out.Items ?? []).filter((i) => i.type === 'signin_requested');
}

function deliveryOf(event: DynamoDBStreamEvent['Records'][number], template: string, email: string) {
  const { pk, sk } = event.dynamodb!.Keys as { pk: { S: string }; sk: { S: string } };
  return h.deps.db.doc.send(new GetCommand({ TableName: h.config.tableName, Key: keys.delivery({ pk: pk.S, sk: sk.S }, template, email), ConsistentRead: true }));
}

const jsonBody = <T>(result: { body: string }) => JSON.parse(result.body) as T;

/**
 * Invokes the API handler as Lambda does, with the event as API Gateway sends it. The cast is
 * only for hono's own event type, which wants `body: string | null` where real GET events have none.
 */
const invokeApi = (event: APIGatewayProxyEventV2) => api(event as unknown as Parameters<ApiHandler>[0]);

describe('the API handler, given API Gateway HTTP API (payload 2.0) events', () => {
  it('answers GET /api/health with 200, { ok: true }, a request id and the security headers', async () => {
    // Prepare
    const event = fixture<APIGatewayProxyEventV2>('apigateway/health.json');

    // Act
    const result = await invokeApi(event);

    // Assess
    expect(result.statusCode).toBe(200);
    expect(result.isBase64Encoded).toBe(false);
    expect(jsonBody(result)).toEqual({ ok: true });
    expect(result.headers?.['content-type']).toMatch(/^application\/json/);
    expect(result.headers?.['x-request-id']).toBeTruthy();
    expect(result.headers?.['x-content-type-options']).toBe('nosniff');
    expect(result.headers?.['referrer-policy']).toBe('no-referrer');
  });

  it('answers a sign-in link request for a directory address with 202, writes the request as an event, and the person gets a sign-in link', async () => {
    // Prepare
    const event = fixture<APIGatewayProxyEventV2>('apigateway/auth-link.json');
    expect(await signinEventsOf('iro@uni.example')).toHaveLength(0);

    // Act
    const result = await invokeApi(event);

    // Assess
    expect(result.statusCode).toBe(202);
    expect(jsonBody<{ message: string }>(result).message).toMatch(/link is on its way/);
    const events = await signinEventsOf('iro@uni.example');
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ itemType: 'event', event: { type: 'signin_requested', email: 'iro@uni.example' } });
    // The stream (here the harness's poller) carries the event to the notifier, which sends the link.
    const mail = await h.waitForEmail((e) => to('iro@uni.example')(e) && SIGNIN_LINK.test(e.body.text ?? ''), 'the sign-in email to iro@');
    expect(tokenFrom(mail, 'signin')).toHaveLength(43);
  });

  it('decodes a base64-encoded body (isBase64Encoded: true) before reading it', async () => {
    // Prepare
    const event = fixture<APIGatewayProxyEventV2>('apigateway/auth-link-base64.json');
    expect(event.isBase64Encoded).toBe(true);

    // Act
    const result = await invokeApi(event);

    // Assess
    expect(result.statusCode).toBe(202);
    expect(await signinEventsOf('legal@uni.example')).toHaveLength(1);
    const mail = await h.waitForEmail((e) => to('legal@uni.example')(e) && SIGNIN_LINK.test(e.body.text ?? ''), 'the sign-in email to legal@');
    expect(mail.subject).toBeTruthy();
  });

  it('answers malformed JSON with 400 and a field error, not 500, and writes nothing', async () => {
    // Prepare
    const event = fixture<APIGatewayProxyEventV2>('apigateway/malformed-json.json');
    const before = (await signinEventsOf('faculty@uni.example')).length;

    // Act
    const result = await invokeApi(event);

    // Assess
    expect(result.statusCode).toBe(400);
    const body = jsonBody<{ error: string; fields: { path: string; message: string }[]; requestId: string }>(result);
    expect(body.error).toBe('validation_failed');
    expect(body.fields.length).toBeGreaterThan(0);
    expect(body.fields[0]!.message).toMatch(/json/i);
    expect(body.requestId).toBe(result.headers?.['x-request-id']);
    expect(await signinEventsOf('faculty@uni.example')).toHaveLength(before);
  });

  it('answers with API Gateway’s request id, and ignores one the client sends', async () => {
    // Prepare
    const event = fixture<APIGatewayProxyEventV2>('apigateway/malformed-json.json');
    event.headers = { ...event.headers, 'x-request-id': 'forged-by-the-client' };

    // Act
    const result = await invokeApi(event);

    // Assess
    expect(result.headers?.['x-request-id']).toBe(event.requestContext.requestId);
    expect(jsonBody<{ requestId: string }>(result).requestId).toBe(event.requestContext.requestId);
  });

  it('answers GET /api/me with the signed-in person when the session cookie comes in the cookies array', async () => {
    // Prepare
    const event = fixture<APIGatewayProxyEventV2>('apigateway/me.json', { SESSION_COOKIE: facultyCookie });

    // Act
    const result = await invokeApi(event);

    // Assess
    expect(result.statusCode).toBe(200);
    expect(jsonBody(result)).toMatchObject({ email: 'faculty@uni.example', name: 'Aziz Rakhimov', roles: [{ role: 'submitter' }] });
  });

  it('answers GET /api/me with a session cookie the table does not know with 401', async () => {
    // Prepare
    const unknown = `${facultyCookie.split('=')[0]}=${randomBytes(32).toString('base64url')}`;
    const event = fixture<APIGatewayProxyEventV2>('apigateway/me.json', { SESSION_COOKIE: unknown });

    // Act
    const result = await invokeApi(event);

    // Assess
    expect(result.statusCode).toBe(401);
    expect(jsonBody<{ error: string }>(result).error).toBe('unauthenticated');
  });
});

describe('the exports (files) handler, given API Gateway events', () => {
  it('answers GET /api/agreements/{id}/memorandum.pdf with the PDF, base64-encoded as API Gateway wants a binary body', async () => {
    // Prepare
    const event = fixture<APIGatewayProxyEventV2>('apigateway/memorandum-pdf.json', { SESSION_COOKIE: facultyCookie });

    // Act
    const result = await files(event as unknown as Parameters<ExportsHandler>[0]);

    // Assess
    expect(result.statusCode).toBe(200);
    expect(result.isBase64Encoded).toBe(true);
    expect(result.headers?.['content-type']).toBe('application/pdf');
    expect(result.headers?.['content-disposition']).toBe('attachment; filename="agr-2024-0003-memorandum-en-uz.pdf"');
    expect(result.headers?.['memorandum-hash']).toMatch(/^[0-9a-f]{64}$/);
    expect(Buffer.from(result.body, 'base64').subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });
});

describe('the office handler, given API Gateway events', () => {
  const invokeOffice = (event: APIGatewayProxyEventV2) => office(event as unknown as Parameters<OfficeHandler>[0]);

  it('answers GET /api/people for an administrator with the people and their roles, in the API’s shell (request id, security headers)', async () => {
    // Prepare
    const event = fixture<APIGatewayProxyEventV2>('apigateway/people.json', { SESSION_COOKIE: await h.signIn('admin@uni.example') });

    // Act
    const result = await invokeOffice(event);

    // Assess
    expect(result.statusCode).toBe(200);
    expect(jsonBody<{ email: string }[]>(result).map((p) => p.email)).toContain('faculty@uni.example');
    expect(result.headers?.['x-request-id']).toBe('Hq4AbjKrliAEMjB=');
    expect(result.headers?.['x-content-type-options']).toBe('nosniff');
  });

  it('answers GET /api/people for a faculty member with 403, and without a session with 401', async () => {
    // Prepare
    const faculty = fixture<APIGatewayProxyEventV2>('apigateway/people.json', { SESSION_COOKIE: facultyCookie });
    const nobody = fixture<APIGatewayProxyEventV2>('apigateway/people.json', { SESSION_COOKIE: 'theme=light' });

    // Act
    const [refused, unsigned] = [await invokeOffice(faculty), await invokeOffice(nobody)];

    // Assess
    expect(refused.statusCode).toBe(403);
    expect(unsigned.statusCode).toBe(401);
  });

  it('answers a path that is the API function’s (GET /api/me) with 404: it serves the office’s routes alone', async () => {
    // Prepare
    const event = fixture<APIGatewayProxyEventV2>('apigateway/me.json', { SESSION_COOKIE: facultyCookie });

    // Act
    const result = await invokeOffice(event);

    // Assess
    expect(result.statusCode).toBe(404);
    expect(jsonBody<{ error: string }>(result).error).toBe('not_found');
  });
});

describe('the notifier handler, given DynamoDB Streams events', () => {
  it('sends the sign-in email of an inserted signin_requested event item once, records the delivery, and sends nothing more when the batch comes again', async () => {
    // Prepare
    const event = fixture<DynamoDBStreamEvent>('dynamodb/signin-requested-insert.json', streamValues('rector@uni.example'));

    // Act
    const first = await notifier(event);

    // Assess
    expect(first).toEqual({ batchItemFailures: [] });
    const sent = await handlerEmailsTo('rector@uni.example');
    expect(sent).toHaveLength(1);
    expect(sent[0]!.body.text).toContain(`${APP_URL}/signin#t=`);
    const delivery = await deliveryOf(event.Records[0]!, 'signin_link', 'rector@uni.example');
    expect(delivery.Item).toMatchObject({ itemType: 'delivery', email: 'rector@uni.example', messageId: sent[0]!.messageId });
    // The link it carries was minted in the table: it signs the rector in.
    const session = await h.post('/api/auth/session', { token: tokenFrom(sent[0]!, 'signin') });
    expect(session.status).toBe(200);
    expect(await session.json()).toMatchObject({ email: 'rector@uni.example' });

    // Act: Lambda retries the same batch.
    const again = await notifier(event);

    // Assess
    expect(again).toEqual({ batchItemFailures: [] });
    expect(await handlerEmailsTo('rector@uni.example')).toHaveLength(1);
  });

  it('reports a record whose NewImage is garbage by its sequence number, and still sends the record after it', async () => {
    // Prepare
    const event = fixture<DynamoDBStreamEvent>('dynamodb/garbage-then-signin-insert.json', streamValues('dean.physics@uni.example'));
    const [garbage, good] = event.Records;

    // Act
    const result = await notifier(event);

    // Assess
    expect(result).toEqual({ batchItemFailures: [{ itemIdentifier: garbage!.dynamodb!.SequenceNumber }] });
    const sent = await handlerEmailsTo('dean.physics@uni.example');
    expect(sent).toHaveLength(1);
    expect(sent[0]!.body.text).toMatch(SIGNIN_LINK);
    expect((await deliveryOf(good!, 'signin_link', 'dean.physics@uni.example')).Item).toBeDefined();
  });

  it('ignores MODIFY and REMOVE records, even of event items', async () => {
    // Prepare
    const event = fixture<DynamoDBStreamEvent>('dynamodb/modify-and-remove.json', streamValues('vicerector@uni.example'));
    expect(event.Records.map((r) => r.eventName)).toEqual(['MODIFY', 'REMOVE']);

    // Act
    const result = await notifier(event);

    // Assess
    expect(result).toEqual({ batchItemFailures: [] });
    expect(await handlerEmailsTo('vicerector@uni.example')).toHaveLength(0);
    expect((await deliveryOf(event.Records[0]!, 'signin_link', 'vicerector@uni.example')).Item).toBeUndefined();
  });
});

describe('the scheduler handler, given the EventBridge Scheduled Event', () => {
  it('reminds the approver of a nomination whose due date has passed, once, and the approver gets the reminder', async () => {
    // Prepare: a submitted nomination waiting on the head of department…
    const created = await h.post('/api/nominations', nominationBody(), { cookie: facultyCookie });
    expect(created.status).toBe(201);
    const nomination = (await created.json()) as { id: string; reference: string };
    await h.waitForEmail((e) => to('head.physics@uni.example')(e) && e.subject.includes(nomination.reference), 'the first action request');
    // …whose reminder is due. The handler reads the real clock, so the due date moves instead.
    const past = new Date(Date.now() - 60_000).toISOString();
    const key = keys.submission('nomination', nomination.id);
    await h.deps.db.doc.send(
      new UpdateCommand({
        TableName: h.config.tableName,
        Key: key,
        UpdateExpression: 'SET #review.#next = :past, dueAt = :dueAt',
        ConditionExpression: '#status = :inReview',
        ExpressionAttributeNames: { '#review': 'review', '#next': 'nextReminderAt', '#status': 'status' },
        ExpressionAttributeValues: { ':past': past, ':dueAt': keys.due(past, key.pk).dueAt, ':inReview': 'in_review' },
      }),
    );
    const event = fixture<ScheduledEvent>('eventbridge/scheduled.json');

    // Act
    const report = await scheduler(event);

    // Assess
    expect(report).toMatchObject({ due: 1, reminded: 1, escalated: 0, skipped: 0 });
    const reminder = await h.waitForEmail(
      (e) => to('head.physics@uni.example')(e) && e.subject.includes(nomination.reference) && /^(Eslatma|Reminder|Напоминание) 1/.test(e.subject),
      'the reminder to head.physics@',
    );
    expect(tokenFrom(reminder, 'act')).toHaveLength(43);
    const stored = await getSubmission(h.deps.db, 'nomination', nomination.id);
    expect(stored?.review?.reminders).toBe(1);
    expect(Date.parse(stored!.review!.nextReminderAt!)).toBeGreaterThan(Date.now() + 2 * 24 * 3600 * 1000);

    // Act: the next hourly tick.
    const next = await scheduler(event);

    // Assess: nothing is due again until the next reminder date.
    expect(next).toMatchObject({ due: 0, reminded: 0, escalated: 0 });
  });
});
