/**
 * The invitation letter and the templates against DynamoDB Local: an incoming student's letter
 * downloaded by the office reads (pdftotext) the name and the passport's expiry in English and
 * Russian or Uzbek, and the room once one is given; a faculty member gets 403; an outgoing
 * nomination or one without data a 409; the passport is never logged. The office uploads a
 * template, the next letter uses it, a misspelt placeholder is refused with its name, and DELETE
 * returns to the built-in one. Garbage input is a 4xx.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keys } from '../../functions/lib/db/keys';
import { INVITATION_TEMPLATES } from '../../functions/lib/memorandum/templates';
import { createLogger } from '../../functions/lib/log';
import { describeBadInput, describeBadQuery } from '../support/bad-input';
import { nominationBody, startHarness, type Harness } from '../support/harness';

let h: Harness;
let faculty: string;
let iro: string;
const logLines: string[] = [];

beforeAll(async () => {
  h = await startHarness('invitation-letter', { LOG_LEVEL: 'debug' }, { deps: { log: createLogger('debug', (l) => logLines.push(l)) } });
  [faculty, iro] = await Promise.all([h.signIn('faculty@uni.example'), h.signIn('iro@uni.example')]);
});
afterAll(() => h?.stop());

const contacts = { homeContact: { name: 'Aigerim Nurlanovna', email: 'international@enu.kz.example' }, coordinator: { name: 'Yerlan Bekov', email: 'e.bekov@enu.kz.example' } };
const PASSPORT = 'QZ7654321';

let n = 0;
async function incoming(name: string, invitation = true): Promise<{ id: string; reference: string }> {
  n++;
  const nominee = { ...(nominationBody().nominee as object), name, email: `letter${n}@enu.kz.example` };
  const res = await h.post('/api/nominations', nominationBody({ direction: 'incoming', nominee, incoming: contacts, accommodation: { request: 'dormitory' } }), { cookie: faculty });
  expect(res.status).toBe(201);
  const created = (await res.json()) as { id: string; reference: string };
  if (invitation) {
    const saved = await h.fetchPut(`/api/nominations/${created.id}/invitation-data`, { nationality: 'KZ', dateOfBirth: '2004-05-17', passportNumber: PASSPORT, passportExpiry: '2031-03-01' }, faculty);
    expect(saved.status).toBe(200);
  }
  return created;
}

const letter = (id: string, query = '', cookie = iro) => h.get(`/api/nominations/${id}/invitation-letter.pdf${query}`, { cookie });

function pdfText(bytes: ArrayBuffer): string {
  const file = join(mkdtempSync(join(tmpdir(), 'hamkor-invitation-')), 'letter.pdf');
  writeFileSync(file, new Uint8Array(bytes));
  // Without -layout: each column's lines come whole, so a sentence is found as written.
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

describe('GET /api/nominations/{id}/invitation-letter.pdf', () => {
  it('is a PDF naming the student and the passport’s expiry in English and Russian', async () => {
    const { id, reference } = await incoming('Aliya Serikovna');
    const res = await letter(id);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="${reference.toLowerCase()}-invitation-en-ru.pdf"`);
    const text = pdfText(await res.arrayBuffer());
    for (const expected of ['Invitation letter', 'Приглашение на учёбу', 'Aliya Serikovna', PASSPORT, 'valid until 1 March 2031', 'действителен до 1 марта 2031', 'Demo State University', 'Kazakhstan', reference]) {
      expect(text, expected).toContain(expected);
    }
    expect(text).not.toContain('Accommodation');
    // The letter carries the passport; the log carries the reference only.
    expect(logLines.some((l) => l.includes(PASSPORT))).toBe(false);
  });

  it('writes Uzbek beside English when asked, and names the room once the office gives one', async () => {
    const { id } = await incoming('Dana Amanova');
    await h.deps.db.doc.send(
      new UpdateCommand({ TableName: h.deps.db.table, Key: keys.submission('nomination', id), UpdateExpression: 'SET #s = :a REMOVE duePk, dueAt', ExpressionAttributeNames: { '#s': 'status' }, ExpressionAttributeValues: { ':a': 'approved' } }),
    );
    const given = await h.post(`/api/nominations/${id}/accommodation`, { residenceId: 'residence-2', room: '101', from: '2027-08-30', to: '2028-02-01' }, { cookie: iro });
    expect(given.status).toBe(200);
    const res = await letter(id, '?language=uz');
    expect(res.status).toBe(200);
    const text = pdfText(await res.arrayBuffer());
    for (const expected of ['Taklifnoma', 'Dana Amanova', '2031', 'Accommodation:', 'room 101', 'xona 101', 'Yashash joyi']) expect(text, expected).toContain(expected);

    // The room is in the history, worded by the residence's name, and the submitter is told by email.
    const history = ((await (await h.get(`/api/nominations/${id}`, { cookie: iro })).json()) as { history: { type: string; residence?: string; room?: string }[] }).history;
    expect(history).toContainEqual(expect.objectContaining({ type: 'room_assigned', room: '101', from: '2027-08-30', to: '2028-02-01' }));
    const residence = history.find((e) => e.type === 'room_assigned')!.residence!;
    expect(residence).not.toBe('residence-2');
    const mail = await h.waitForEmail((e) => e.subject.includes('A room is given') && e.destination.to.some((t) => t.includes('faculty@uni.example')), 'the room email');
    expect(mail.body.text).toContain(`room 101 in ${residence}`);
    expect(mail.body.text).not.toContain(PASSPORT);
  });

  it('is the office’s only: a faculty member, even the submitter, gets 403', async () => {
    const { id } = await incoming('Timur Askarov');
    expect((await letter(id, '', faculty)).status).toBe(403);
  });

  it('is a 409 for an outgoing nomination and for one whose invitation data is not given, and a 404 for none', async () => {
    const outgoing = (await (await h.post('/api/nominations', nominationBody(), { cookie: faculty })).json()) as { id: string };
    const wrong = await letter(outgoing.id);
    expect(wrong.status).toBe(409);
    expect(await wrong.json()).toMatchObject({ error: 'not_incoming', direction: 'outgoing' });
    const { id } = await incoming('No Data Yet', false);
    const missing = await letter(id);
    expect(missing.status).toBe(409);
    expect(((await missing.json()) as { error: string }).error).toBe('no_invitation_data');
    expect((await letter('no-such-nomination')).status).toBe(404);
  });

  it('refuses garbage: a language other than ru or uz, an unknown parameter, a bad id', async () => {
    const { id } = await incoming('Garbage Check');
    for (const query of ['?language=de', '?language=', '?pair=ru', '?language=ru&language=uz']) {
      const res = await letter(id, query);
      expect(res.status, query).toBe(400);
    }
    expect((await letter('%00%ff', '')).status).toBe(400);
    expect((await letter(`${'x'.repeat(300)}`)).status).toBe(400);
  });
});

type TemplateView = { document: string; language: string; source: string; template: { paragraphs: string[]; title: string } & Record<string, unknown> };
const templatePath = (document: string, language: string) => `/api/templates/${document}/${language}`;
const del = (path: string, cookie: string) => fetch(`${h.url}${path}`, { method: 'DELETE', headers: { cookie, origin: h.url } });

describe('the templates the office replaces', () => {
  it('are read as built in, uploaded and used for the next letter, and restored by DELETE', async () => {
    const built = await h.get(templatePath('invitation', 'en'), { cookie: iro });
    expect(built.status).toBe(200);
    const view = (await built.json()) as TemplateView;
    expect(view).toMatchObject({ document: 'invitation', language: 'en', source: 'built_in' });

    const mine = { ...view.template, title: 'Letter of invitation for {{student.name}}' };
    const put = await h.fetchPut(templatePath('invitation', 'en'), mine, iro);
    expect(put.status).toBe(200);
    expect(await put.json()).toMatchObject({ source: 'uploaded', updatedBy: 'iro@uni.example' });
    const read = (await (await h.get(templatePath('invitation', 'en'), { cookie: iro })).json()) as TemplateView;
    expect(read).toMatchObject({ source: 'uploaded', template: mine });

    const { id } = await incoming('Uploaded Template');
    expect(pdfText(await (await letter(id)).arrayBuffer())).toContain('Letter of invitation for Uploaded Template');

    const restored = await del(templatePath('invitation', 'en'), iro);
    expect(restored.status).toBe(200);
    expect(await restored.json()).toMatchObject({ source: 'built_in', template: { title: 'Invitation letter' } });
    expect(pdfText(await (await letter(id)).arrayBuffer())).not.toContain('Letter of invitation for');
  });

  it('refuses at upload a template naming an unknown placeholder, with its name and place, and keeps the one in force', async () => {
    const { template } = (await (await h.get(templatePath('memorandum', 'ru'), { cookie: iro })).json()) as TemplateView & { template: { clauses: { heading: string; paragraphs: string[] }[] } };
    const clauses = (template.clauses as { heading: string; paragraphs: string[] }[]).map((c, i) => (i === 0 ? { ...c, paragraphs: ['{{partner.nmae}} и мы договорились.'] } : c));
    const res = await h.fetchPut(templatePath('memorandum', 'ru'), { ...template, clauses }, iro);
    expect(res.status).toBe(400);
    const body = (await res.json()) as { fields: { path: string; message: string; values?: { placeholder: string } }[] };
    expect(body.fields[0]).toMatchObject({ path: 'clauses.0.paragraphs.0', values: { placeholder: 'partner.nmae' } });
    expect(body.fields[0]!.message).toContain('{{partner.nmae}}');
    expect(((await (await h.get(templatePath('memorandum', 'ru'), { cookie: iro })).json()) as TemplateView).source).toBe('built_in');
  });

  it('refuses a template that does not line up with English, one of another language, and a malformed one', async () => {
    const { template } = (await (await h.get(templatePath('invitation', 'uz'), { cookie: iro })).json()) as TemplateView;
    const short = await h.fetchPut(templatePath('invitation', 'uz'), { ...template, paragraphs: template.paragraphs.slice(1) }, iro);
    expect(short.status).toBe(400);
    expect(((await short.json()) as { fields: { path: string }[] }).fields[0]!.path).toBe('paragraphs');
    expect((await h.fetchPut(templatePath('invitation', 'ru'), template, iro)).status).toBe(400);
    for (const garbage of [{}, { language: 'uz' }, { ...template, paragraphs: 'one' }, { ...template, extra: true }]) {
      expect((await h.fetchPut(templatePath('invitation', 'uz'), garbage, iro)).status).toBe(400);
    }
    for (const raw of ['not json', '[1,2]', 'null']) {
      const res = await fetch(`${h.url}${templatePath('invitation', 'uz')}`, { method: 'PUT', headers: { 'content-type': 'application/json', cookie: iro, origin: h.url }, body: raw });
      expect(res.status, raw).toBe(400);
    }
  });

  it('refuses an unknown document or language (400) and anyone but the office (403)', async () => {
    expect((await h.get(templatePath('contract', 'en'), { cookie: iro })).status).toBe(400);
    expect((await h.get(templatePath('invitation', 'de'), { cookie: iro })).status).toBe(400);
    expect((await del(templatePath('letters', 'en'), iro)).status).toBe(400);
    expect((await h.get(templatePath('invitation', 'en'), { cookie: faculty })).status).toBe(403);
    const { template } = (await (await h.get(templatePath('invitation', 'en'), { cookie: iro })).json()) as TemplateView;
    expect((await h.fetchPut(templatePath('invitation', 'en'), template, faculty)).status).toBe(403);
    expect((await del(templatePath('invitation', 'en'), faculty)).status).toBe(403);
    expect((await h.get(templatePath('invitation', 'en'))).status).toBe(401);
  });
});

// Garbage in the letter's query and in a template's upload: a 400 with fields, never a 5xx. (The
// memorandum's template, over-long in every string, is over the body cap: a 413, tested elsewhere.)
let garbageLetter = '';
beforeAll(async () => {
  garbageLetter = `/api/nominations/${(await incoming('Query Garbage')).id}/invitation-letter.pdf`;
});
describeBadQuery(() => h, [
  {
    cookie: () => iro,
    name: '/api/nominations/:id/invitation-letter.pdf',
    // Read when each test runs: the nomination is made in beforeAll.
    get path() {
      return garbageLetter;
    },
    valid: 'language=uz',
  },
]);
describeBadInput(() => h, [
  { cookie: () => iro, name: '/api/templates/:document/:language', method: 'PUT', path: () => templatePath('invitation', 'ru'), valid: () => INVITATION_TEMPLATES.ru },
]);
