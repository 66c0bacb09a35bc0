/**
 * The emails name the item in the reader's language: the partner under its name in that
 * language, the dates as that language writes them; and the nominee, who has no account,
 * hears of the final approval in the submitter's language.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { approveSteps } from '../support/chains';
import { memorandumBody, nominationBody, startHarness, to, type Harness } from '../support/harness';

let h: Harness;
let faculty: string;

beforeAll(async () => {
  h = await startHarness('email-languages', { LOG_LEVEL: 'silent' });
  faculty = await h.signIn('faculty@uni.example');
});
afterAll(() => h?.stop());

describe('the title an email gives an item', () => {
  it('is the memorandum’s partner and term in Russian for a submitter who reads Russian', async () => {
    expect((await h.fetchPut('/api/me/language', { language: 'ru' }, faculty)).status).toBe(200);
    const created = await h.post('/api/agreements', memorandumBody(), { cookie: faculty });
    expect(created.status).toBe(201);
    const { reference } = (await created.json()) as { reference: string };
    const receipt = await h.waitForEmail((e) => to('faculty@uni.example')(e) && e.subject.includes(reference), 'the receipt');
    expect(receipt.body.text).toContain('«Уханьский университет науки и технологий — с 1 января 2027 г. по 31 декабря 2031 г.»');
    expect(receipt.body.text).not.toContain('2027-01-01');
    expect(receipt.body.text).not.toContain('Wuhan');
    // The international office reads English: the same item, in English words.
    const request = await h.waitForEmail((e) => to('iro@uni.example')(e) && e.subject.includes(reference), 'the action request');
    expect(request.body.text).toContain('Wuhan University of Science and Technology — 1 January 2027 to 31 December 2031');
    expect((await h.fetchPut('/api/me/language', { language: 'en' }, faculty)).status).toBe(200);
  });

  it('is the nomination’s partner in Uzbek for an approver who reads Uzbek', async () => {
    const created = await h.post('/api/nominations', nominationBody(), { cookie: faculty });
    const { reference } = (await created.json()) as { reference: string };
    const request = await h.waitForEmail((e) => to('head.physics@uni.example')(e) && e.subject.includes(reference), 'the action request');
    expect(request.body.text).toContain('O‘sh davlat universiteti, 2027/2028');
    expect(request.body.text).not.toContain('Osh State University');
  });
});

describe('the nominee’s email on final approval', () => {
  it('is in the submitter’s language, since the nominee has no profile of their own', async () => {
    expect((await h.fetchPut('/api/me/language', { language: 'ru' }, faculty)).status).toBe(200);
    const created = await h.post('/api/nominations', nominationBody(), { cookie: faculty });
    const { id, reference } = (await created.json()) as { id: string; reference: string };
    await approveSteps(h, 'nomination', id);
    const nominee = (nominationBody().nominee as { email: string }).email;
    const mail = await h.waitForEmail((e) => to(nominee)(e) && e.subject.includes(reference), 'the nominee’s email');
    expect(mail.subject).toBe(`Ваше выдвижение на обмен одобрено: ${reference}`);
    expect(mail.body.text).toContain('Ошский государственный университет');
    expect((await h.fetchPut('/api/me/language', { language: 'en' }, faculty)).status).toBe(200);
  });
});
