/**
 * The memorandum's text against DynamoDB Local: an agreement brought through its chain and signed
 * is downloaded as DOCX (unzipped: both languages in its body, the receipt's hash in its footer)
 * and as PDF (read back with pdftotext: both columns, the hash on every page); a seeded agreement
 * without receipts says so; who may not read the agreement cannot download it; bad input is a 4xx.
 * Without `pair` the text is in the pair the agreement chose (`textLanguage`), which the office
 * changes as a new version.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agreementInForce } from '../support/chains';
import { memorandumBody, startHarness, type Harness } from '../support/harness';
import { unzip } from '../support/zip';

let h: Harness;
let office: string;
let faculty: string;
let dean: string;
let approved: { id: string; reference: string; hash: string };

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

beforeAll(async () => {
  h = await startHarness('memorandum-text');
  [office, faculty, dean] = await Promise.all([h.signIn('iro@uni.example'), h.signIn('faculty@uni.example'), h.signIn('dean.physics@uni.example')]);
  const agreement = await agreementInForce(h, memorandumBody(), { proposer: faculty, office }, { home: 'Rustam Nazarov', partner: 'Li Wei' });
  // The hash every approver's receipt recorded: the agreement as they were shown it.
  const shown = (await (await h.get(`/api/agreements/${agreement.id}`, { cookie: office })).json()) as { review: { steps: { approvers: { receipt?: { snapshotHash: string } }[] }[] } };
  const hashes = new Set(shown.review.steps.flatMap((s) => s.approvers.map((a) => a.receipt?.snapshotHash)));
  expect(hashes.size).toBe(1);
  approved = { ...agreement, hash: [...hashes][0]! };
}, 120_000);
afterAll(() => h?.stop());

async function download(id: string, format: 'docx' | 'pdf', query = '', cookie = office): Promise<{ res: Response; bytes: Uint8Array }> {
  const res = await h.get(`/api/agreements/${id}/memorandum.${format}${query}`, { cookie });
  return { res, bytes: new Uint8Array(await res.arrayBuffer()) };
}

/** The PDF's text as pdftotext reads it, page by page (pages end with a form feed). */
function pdfPages(bytes: Uint8Array): string[] {
  const file = join(mkdtempSync(join(tmpdir(), 'hamkor-memorandum-')), 'memorandum.pdf');
  writeFileSync(file, bytes);
  return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).split('\f').filter((p) => p.trim() !== '');
}

describe('GET /api/agreements/{id}/memorandum.docx', () => {
  it('is a Word document with English and Russian side by side, and the receipt’s hash in its footer and header', async () => {
    const { res, bytes } = await download(approved.id, 'docx');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(DOCX);
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="${approved.reference.toLowerCase()}-memorandum-en-ru.docx"`);
    expect(res.headers.get('memorandum-hash')).toBe(approved.hash);
    const files = unzip(bytes);
    const body = files.get('word/document.xml')!;
    for (const text of ['Memorandum of cooperation', 'Меморандум о сотрудничестве', 'Демонстрационный государственный университет', 'Demo State University', 'Rustam Nazarov', 'Li Wei', '4 mobilities, 20 months', '4 участников, 20 мес.']) {
      expect(body, text).toContain(text);
    }
    // The final provisions name the hash in the text itself, too.
    expect(body).toContain(approved.hash);
    const footers = [...files].filter(([name]) => /^word\/footer\d*\.xml$/.test(name)).map(([, xml]) => xml).join('');
    expect(footers).toContain(approved.hash);
    expect(footers).toContain('Approved text, SHA-256 / Одобренный текст, SHA-256');
  });

  it('puts Uzbek beside English when the pair is uz', async () => {
    const { res, bytes } = await download(approved.id, 'docx', '?pair=uz');
    expect(res.status).toBe(200);
    const body = unzip(bytes).get('word/document.xml')!;
    expect(body).toContain('Hamkorlik to&apos;g&apos;risida memorandum');
    expect(body).toContain('Namunaviy davlat universiteti');
    expect(body).not.toContain('Меморандум о сотрудничестве');
  });
});

describe('GET /api/agreements/{id}/memorandum.pdf', () => {
  it('is a PDF whose every page carries the receipt’s hash, with both columns readable as text', async () => {
    const { res, bytes } = await download(approved.id, 'pdf', '?pair=ru');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const pages = pdfPages(bytes);
    expect(pages.length).toBeGreaterThanOrEqual(1);
    for (const [i, page] of pages.entries()) {
      expect(page, `page ${i + 1}`).toContain(approved.hash);
      expect(page, `page ${i + 1}`).toContain(`${approved.reference} · Approved text, SHA-256 / Одобренный текст, SHA-256:`);
      expect(page, `page ${i + 1}`).toContain(`Page / Стр. ${i + 1}/${pages.length}`);
    }
    const all = pages.join('\n');
    // (The Russian title is wider than its column at 14 pt: it wraps, so its words are looked for apart.)
    for (const text of ['English', 'Русский', 'Memorandum of cooperation', 'Меморандум о', 'сотрудничестве', '4. Term', '4. Срок действия', 'Name: Rustam Nazarov', 'ФИО: Li Wei']) expect(all, text).toContain(text);
  });

  it('writes Uzbek Latin with its own letters, and names the partner as it is named in Uzbek', async () => {
    const { res, bytes } = await download('agr-osh-2024', 'pdf', '?pair=uz');
    expect(res.status).toBe(200);
    const all = pdfPages(bytes).join('\n');
    expect(all).toContain('O‘sh davlat universiteti');
    expect(all).toContain("Hamkorlik to'g'risida");
    expect(all).toContain('Osh State University');
  });

  it('says, for a seeded agreement that no approver saw, that the hash has no receipt', async () => {
    const { res, bytes } = await download('agr-osh-2024', 'pdf');
    expect(res.status).toBe(200);
    const hash = res.headers.get('memorandum-hash')!;
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    const first = pdfPages(bytes)[0]!;
    expect(first).toContain('Text without an approval receipt, SHA-256 / Текст без квитанции об одобрении, SHA-256:');
    expect(first).toContain(hash);
  });
});

describe('who may download, and bad input', () => {
  it('lets the proposer download the text of a memorandum still in review, and not a dean outside its chain', async () => {
    const proposed = await h.post('/api/agreements', memorandumBody(), { cookie: faculty });
    expect(proposed.status).toBe(201);
    const { id } = (await proposed.json()) as { id: string };
    expect((await download(id, 'pdf', '', faculty)).res.status).toBe(200);
    expect((await download(id, 'docx', '', dean)).res.status).toBe(404);
  });

  it('answers an unknown agreement with 404, a pair other than ru or uz with 400 naming it, and no session with 401', async () => {
    const unknown = await download('does-not-exist', 'pdf');
    expect(unknown.res.status).toBe(404);
    const bad = await h.get(`/api/agreements/${approved.id}/memorandum.docx?pair=fr`, { cookie: office });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { fields: { path: string }[] }).fields.map((f) => f.path)).toEqual(['pair']);
    expect((await h.get(`/api/agreements/${approved.id}/memorandum.pdf?pair=ru&other=1`, { cookie: office })).status).toBe(400);
    expect((await h.get(`/api/agreements/${approved.id}/memorandum.pdf`)).status).toBe(401);
  });
});

describe('the pair the agreement chose', () => {
  type Version = { number: number; how: string; changes: { path: string; from?: unknown; to?: unknown }[] };
  const ID = 'agr-enu-2023';

  it('is Russian for an agreement stored before the choice existed, and Uzbek once the office chooses it, which is a new version', async () => {
    // Prepare: a seeded agreement, which names no pair.
    const before = (await (await h.get(`/api/agreements/${ID}`, { cookie: office })).json()) as { content: Record<string, unknown>; contentVersion?: number };
    expect(before.content.textLanguage).toBeUndefined();
    const russian = await download(ID, 'pdf');
    expect(russian.res.headers.get('content-disposition')).toMatch(/-memorandum-en-ru\.pdf"$/);

    // Act
    const changed = await h.post(`/api/agreements/${ID}/changes`, { content: { ...before.content, textLanguage: 'uz' }, note: 'The partner signs in Uzbek.' }, { cookie: office });

    // Assess: applied at once as a new version naming the change.
    expect(changed.status, await changed.clone().text()).toBe(200);
    const versions = (await (await h.get(`/api/agreements/${ID}/versions`, { cookie: office })).json()) as Version[];
    expect(versions.at(-1)).toMatchObject({ number: (before.contentVersion ?? 1) + 1, how: 'edited', changes: [{ path: 'textLanguage', to: 'uz' }] });
    // Without `pair`: English beside Uzbek, as pdftotext reads it.
    const { res, bytes } = await download(ID, 'pdf');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toMatch(/-memorandum-en-uz\.pdf"$/);
    const all = pdfPages(bytes).join('\n');
    expect(all).toContain("Hamkorlik to'g'risida");
    expect(all).not.toContain('Меморандум о');
    // `pair` still overrides the choice for one download.
    const docx = await download(ID, 'docx', '?pair=ru');
    expect(docx.res.headers.get('content-disposition')).toMatch(/-memorandum-en-ru\.docx"$/);
    expect(unzip(docx.bytes).get('word/document.xml')!).toContain('Меморандум о сотрудничестве');
  });

  it('refuses a language that is not one of the pairs with a field error, and changes nothing', async () => {
    const before = (await (await h.get(`/api/agreements/${ID}`, { cookie: office })).json()) as { content: Record<string, unknown>; contentVersion?: number };
    for (const textLanguage of ['en', 'RU', '', 7, null]) {
      const res = await h.post(`/api/agreements/${ID}/changes`, { content: { ...before.content, textLanguage } }, { cookie: office });
      expect(res.status, String(textLanguage)).toBe(400);
      expect(((await res.json()) as { fields: { path: string }[] }).fields.map((f) => f.path), String(textLanguage)).toEqual(['content.textLanguage']);
    }
    const submitted = await h.post('/api/agreements', memorandumBody({ textLanguage: 'kk' }), { cookie: faculty });
    expect(submitted.status).toBe(400);
    expect(((await submitted.json()) as { fields: { path: string }[] }).fields.map((f) => f.path)).toEqual(['textLanguage']);
    const after = (await (await h.get(`/api/agreements/${ID}`, { cookie: office })).json()) as { contentVersion?: number };
    expect(after.contentVersion).toBe(before.contentVersion);
  });
});
