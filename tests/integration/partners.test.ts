/**
 * The partner registry against DynamoDB Local: admins register and edit partners; a name already
 * registered in the same country (in any language, any case or punctuation) is a 409 naming the
 * partner that has it, even when twenty admins press the button at once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleOf, partnerFormOf, PartnerInputSchema, PartnerUpdateSchema, type Partner } from '../../shared/schemas';
import { describeBadInput } from '../support/bad-input';
import { startHarness, type Harness } from '../support/harness';

let h: Harness;
let admin: string;
let faculty: string;

beforeAll(async () => {
  h = await startHarness('partners');
  admin = await h.signIn('admin@uni.example');
  faculty = await h.signIn('faculty@uni.example');
});
afterAll(() => h?.stop());

const kaznu = (overrides: Record<string, unknown> = {}) => ({
  name: 'Al-Farabi Kazakh National University',
  names: {
    ru: 'Казахский национальный университет имени аль-Фараби',
    own: { language: 'kk', name: 'Әл-Фараби атындағы Қазақ ұлттық университеті' },
  },
  country: 'KZ',
  city: 'Almaty',
  website: 'https://www.kaznu.kz',
  schacId: 'kaznu.kz',
  contacts: [{ name: 'Aigerim Nurlanova', email: 'a.nurlanova@kaznu.example', role: 'International cooperation department', phone: '+7 727 377 33 33' }],
  ...overrides,
});

/** A partner no other test uses, so each test stands alone. */
const fresh = (name: string, overrides: Record<string, unknown> = {}) => ({
  name,
  country: 'TR',
  city: 'Ankara',
  website: 'https://www.example.edu.tr',
  ...overrides,
});

async function create(body: unknown, cookie = admin): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = await h.post('/api/partners', body, { cookie });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

async function read(id: string): Promise<Partner> {
  const res = await h.get(`/api/partners/${id}`, { cookie: admin });
  expect(res.status).toBe(200);
  return (await res.json()) as Partner;
}

async function edit(id: string, body: unknown, cookie = admin): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = await h.fetchPut(`/api/partners/${id}`, body, cookie);
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

describe('an admin registering a partner', () => {
  let id: string;

  it('gets 201 with the partner, its id made from the name and its own name under its language', async () => {
    // Act
    const { status, body } = await create(kaznu());

    // Assess
    expect(status).toBe(201);
    id = String(body.id);
    expect(id).toBe('al-farabi-kazakh-national-university');
    expect(body).toMatchObject({
      name: 'Al-Farabi Kazakh National University',
      names: { ru: 'Казахский национальный университет имени аль-Фараби', kk: 'Әл-Фараби атындағы Қазақ ұлттық университеті' },
      country: 'KZ',
      version: 1,
    });
  });

  it('finds it in the list every signed-in person sees, by id, and reads it alone', async () => {
    const list = (await (await h.get('/api/partners', { cookie: faculty })).json()) as Partner[];
    expect(list.find((p) => p.id === id)?.name).toBe('Al-Farabi Kazakh National University');
    expect(list.some((p) => p.id === 'osh-state-university')).toBe(true);
    const names = list.map((p) => p.name.toLowerCase());
    expect(names).toEqual([...names].sort());

    const one = await read(id);
    expect(one).toMatchObject({ id, country: 'KZ', city: 'Almaty', schacId: 'kaznu.kz', version: 1 });
    expect(one.contacts[0]).toMatchObject({ name: 'Aigerim Nurlanova', phone: '+7 727 377 33 33' });
  });

  it('edits it at the version read, and reads the edit back at once (no stale cached copy)', async () => {
    // Prepare: read first, so this process has the partner in its reference cache
    const before = await read(id);

    // Act
    const { status, body } = await edit(id, { ...partnerFormOf(before), city: 'Almaty (Almaly)', names: { ...partnerFormOf(before).names, uz: 'Al-Farobiy nomidagi Qozog‘iston milliy universiteti' } });

    // Assess
    expect(status).toBe(200);
    expect(body).toMatchObject({ id, version: 2, city: 'Almaty (Almaly)' });
    const after = await read(id);
    expect(after).toMatchObject({ version: 2, city: 'Almaty (Almaly)' });
    expect(after.names.uz).toBe('Al-Farobiy nomidagi Qozog‘iston milliy universiteti');
    expect(after.createdAt).toBe(before.createdAt);
  });

  it('refuses an edit made against an older version with 409 and the current partner', async () => {
    const current = await read(id);
    const stale = { ...partnerFormOf(current), version: current.version - 1, city: 'Alma-Ata' };

    const { status, body } = await edit(id, stale);

    expect(status).toBe(409);
    expect(body.error).toBe('partner_changed');
    expect(body.partner).toMatchObject({ id, version: current.version, city: current.city });
    expect((await read(id)).city).toBe(current.city);
  });

  it('refuses the same name in another case and punctuation with 409 naming the existing partner', async () => {
    const { status, body } = await create(kaznu({ name: 'AL FARABI  kazakh national university.', names: {} }));

    expect(status).toBe(409);
    expect(body).toMatchObject({ error: 'partner_exists', partnerId: id, name: 'Al-Farabi Kazakh National University' });
  });

  it('refuses a partner whose Russian name is already another partner’s, however the English name is spelt', async () => {
    const { status, body } = await create(kaznu({ name: 'Kazakh National University', names: { ru: 'КАЗАХСКИЙ национальный университет  имени Аль Фараби' } }));

    expect(status).toBe(409);
    expect(body).toMatchObject({ error: 'partner_exists', partnerId: id });
  });

  it('accepts the same name in another country, with the next free id', async () => {
    const { status, body } = await create(kaznu({ country: 'KG', city: 'Bishkek', names: {}, schacId: undefined }));

    expect(status).toBe(201);
    expect(body.id).toBe('al-farabi-kazakh-national-university-2');
    expect(body.country).toBe('KG');
  });
});

describe('the seeded partners', () => {
  it('are protected too: Osh State University in Kyrgyzstan again is a 409 naming it', async () => {
    const { status, body } = await create(fresh('OSH STATE UNIVERSITY', { country: 'kg', city: 'Osh' }));

    expect(status).toBe(409);
    expect(body).toMatchObject({ error: 'partner_exists', partnerId: 'osh-state-university', name: 'Osh State University' });
  });

  it('are protected in every language they were seeded with (the Uzbek name typed with a plain apostrophe)', async () => {
    const { status, body } = await create(fresh('Osh University of Something Else', { country: 'KG', names: { uz: "O'sh davlat universiteti" } }));

    expect(status).toBe(409);
    expect(body.partnerId).toBe('osh-state-university');
  });

  it('can be edited from the form their stored shape gives, their other-language name becoming `own`', async () => {
    const knu = await read('knu-balasagyn');
    const form = partnerFormOf(knu);
    expect(form.names.own?.language).toBe('ky');

    const { status, body } = await edit('knu-balasagyn', { ...form, schacId: 'knu.kg' });

    expect(status).toBe(200);
    expect(body).toMatchObject({ version: knu.version + 1, schacId: 'knu.kg', names: knu.names });
  });
});

describe('a partner read and sent back unchanged', () => {
  it.each(['osh-state-university', 'enu-gumilyov', 'wuhan-university-of-science-and-technology', 'knu-balasagyn', 'auezov-south-kazakhstan'])(
    'is saved as it was: %s, names in every script kept, one version on',
    async (id) => {
      // Prepare
      const before = await read(id);

      // Act
      const { status, body } = await edit(id, before);

      // Assess
      expect(status).toBe(200);
      const after = await read(id);
      expect(body).toEqual(after);
      const { version: _v1, updatedAt: _u1, proposed: _p1, ...was } = before;
      const { version: _v2, updatedAt: _u2, proposed: _p2, ...is } = after;
      expect(is).toEqual(was);
      expect(after.version).toBe(before.version + 1);
    },
  );

  it('refuses it under another partner’s id with 400 on the id, and changes nothing', async () => {
    const osh = await read('osh-state-university');

    const { status, body } = await edit('enu-gumilyov', { ...osh, version: (await read('enu-gumilyov')).version });

    expect(status).toBe(400);
    expect(JSON.stringify(body)).toContain('"id"');
    expect((await read('enu-gumilyov')).name).toBe('L.N. Gumilyov Eurasian National University');
  });
});

describe('a likely duplicate', () => {
  it('is a 409 likely_duplicate naming the seeded partner, for its words in another order', async () => {
    const { status, body } = await create(fresh('Eurasian National University named after L.N. Gumilyov', { country: 'KZ', city: 'Astana' }));

    expect(status).toBe(409);
    expect(body).toMatchObject({
      error: 'likely_duplicate',
      candidates: [{ id: 'enu-gumilyov', name: 'L.N. Gumilyov Eurasian National University', country: 'KZ', why: 'same_words', yours: 'Eurasian National University named after L.N. Gumilyov' }],
    });
    expect((await h.get('/api/partners/eurasian-national-university-named-after-l-n-gumilyov', { cookie: admin })).status).toBe(404);
  });

  it('is found across scripts: the Russian name in Latin letters, and an abbreviation', async () => {
    const latin = await create(fresh('Oshskiy gosudarstvennyy universitet', { country: 'KG', city: 'Osh' }));
    expect(latin.status).toBe(409);
    expect(latin.body.candidates).toEqual([expect.objectContaining({ id: 'osh-state-university', why: 'same_words' })]);

    const cyrillic = await create(fresh('Государственный университет, г. Ош', { country: 'KG', city: 'Osh' }));
    expect(cyrillic.status).toBe(409);

    const abbreviation = await create(fresh('OshSU', { country: 'KG', city: 'Osh' }));
    expect(abbreviation.status).toBe(409);
    expect(abbreviation.body.candidates).toEqual([expect.objectContaining({ id: 'osh-state-university', why: 'abbreviation', yours: 'OshSU' })]);
  });

  it('is not looked for in other countries', async () => {
    const { status } = await create(fresh('OshSU', { country: 'TJ', city: 'Osh' }));
    expect(status).toBe(201);
  });

  it('is registered when the office confirms it is another university', async () => {
    const { status, body } = await create(fresh('Eurasian National University named after L.N. Gumilyov', { country: 'KZ', city: 'Astana', confirmNotDuplicate: true }));

    expect(status).toBe(201);
    expect(body).not.toHaveProperty('confirmNotDuplicate');
    expect((await read(String(body.id))).name).toBe('Eurasian National University named after L.N. Gumilyov');
  });

  it('still cannot take a name another partner holds exactly, confirmed or not', async () => {
    const { status, body } = await create(fresh('Osh State University', { country: 'KG', city: 'Osh', confirmNotDuplicate: true }));

    expect(status).toBe(409);
    expect(body.error).toBe('partner_exists');
  });

  it('is a 409 on a rename to a likely duplicate, and the rename goes on when confirmed', async () => {
    const { body: created } = await create(fresh('Jalal-Abad Institute of Something', { country: 'KG', city: 'Jalal-Abad' }));
    const id = String(created.id);
    const form = partnerFormOf(await read(id));

    const refused = await edit(id, { ...form, name: 'Кыргызский национальный университет имени Жусупа Баласагына Ж.' });
    expect(refused.status).toBe(409);
    expect(refused.body.candidates).toEqual([expect.objectContaining({ id: 'knu-balasagyn' })]);

    const unchanged = await edit(id, { ...form, city: 'Jalal-Abad (centre)' });
    expect(unchanged.status).toBe(200);

    const confirmed = await edit(id, { ...form, version: form.version + 1, name: 'Kyrgyz National University named after J. Balasagyn, Jalal-Abad branch', confirmNotDuplicate: true });
    expect(confirmed.status).toBe(200);
  });
});

describe('renaming', () => {
  it('gives up the old name and takes the new one in the same write', async () => {
    // Prepare
    const created = await create(fresh('Middle Anatolia Technical University'));
    expect(created.status).toBe(201);
    const id = String(created.body.id);

    // Act
    const renamed = await edit(id, { ...partnerFormOf(await read(id)), name: 'Central Anatolia Technical University' });

    // Assess
    expect(renamed.status).toBe(200);
    expect((await create(fresh('Middle Anatolia Technical University'))).status).toBe(201);
    const again = await create(fresh('central anatolia technical university'));
    expect(again).toMatchObject({ status: 409, body: { partnerId: id } });
  });

  it('to a name another partner in the country has is a 409 naming it, and changes nothing', async () => {
    // Prepare
    const first = await create(fresh('Black Sea Maritime University'));
    const second = await create(fresh('Aegean Maritime University'));
    const id = String(second.body.id);
    const before = await read(id);

    // Act
    const { status, body } = await edit(id, { ...partnerFormOf(before), names: { en: 'Black Sea Maritime University' } });

    // Assess
    expect(status).toBe(409);
    expect(body).toMatchObject({ error: 'partner_exists', partnerId: first.body.id });
    expect(await read(id)).toEqual(before);
  });

  it('to another country moves every name there', async () => {
    const created = await create(fresh('Silk Road University of Tourism'));
    const id = String(created.body.id);

    const moved = await edit(id, { ...partnerFormOf(await read(id)), country: 'UZ', city: 'Samarkand' });

    expect(moved.status).toBe(200);
    expect((await create(fresh('Silk Road University of Tourism'))).status).toBe(201);
    expect((await create(fresh('Silk Road University of Tourism', { country: 'UZ' }))).body.partnerId).toBe(id);
  });
});

describe('twenty admins registering the same new partner at the same moment', () => {
  it('make exactly one partner: one 201 and nineteen 409s naming it', async () => {
    // Act
    const answers = await Promise.all(Array.from({ length: 20 }, () => create(fresh('Eurasian Institute of Simultaneous Registration', { country: 'TJ', city: 'Dushanbe' }))));

    // Assess
    const created = answers.filter((a) => a.status === 201);
    const refused = answers.filter((a) => a.status === 409);
    expect(created).toHaveLength(1);
    expect(refused).toHaveLength(19);
    const winner = created[0]!.body.id;
    expect(refused.every((a) => a.body.error === 'partner_exists' && a.body.partnerId === winner)).toBe(true);
    const list = (await (await h.get('/api/partners', { cookie: admin })).json()) as Partner[];
    expect(list.filter((p) => p.name === 'Eurasian Institute of Simultaneous Registration')).toHaveLength(1);
  });
});

describe('who may do what', () => {
  it('refuses a faculty member registering or editing a partner with 403, and changes nothing', async () => {
    expect((await create(fresh('Faculty Member Polytechnic'), faculty)).status).toBe(403);
    const osh = await read('osh-state-university');
    expect((await edit('osh-state-university', { ...partnerFormOf(osh), city: 'Elsewhere' }, faculty)).status).toBe(403);
    expect(await read('osh-state-university')).toEqual(osh);
  });

  it('asks for a session before anything', async () => {
    expect((await h.get('/api/partners/osh-state-university')).status).toBe(401);
    expect((await h.post('/api/partners', fresh('Anonymous Academy'))).status).toBe(401);
  });

  it('answers an unknown id with 404, reading or editing', async () => {
    expect((await h.get('/api/partners/no-such-partner', { cookie: admin })).status).toBe(404);
    const body = exampleOf(PartnerUpdateSchema);
    expect((await edit('no-such-partner', body)).status).toBe(404);
  });
});

describeBadInput(
  () => h,
  [
    { name: '/api/partners', method: 'POST', path: () => '/api/partners', valid: () => exampleOf(PartnerInputSchema), cookie: () => admin },
    { name: '/api/partners/:id', method: 'PUT', path: () => '/api/partners/osh-state-university', valid: () => exampleOf(PartnerUpdateSchema), cookie: () => admin },
  ],
);
