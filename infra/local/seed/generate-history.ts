/**
 * Writes ten years of a fictional international office's history as import files
 * (history-agreements.csv, history-mobilities.csv, in the import templates' English headers),
 * which `npm start` loads into the demo through the import service (infra/local/history.ts), so
 * the statistics have something to show on the first start. Deterministic: a fixed seed, so the
 * committed files change only when this script does. Run with `npx tsx infra/local/seed/generate-history.ts`.
 */
import { writeFileSync } from 'node:fs';
import { IMPORT_COLUMNS } from '../../../shared/imports/columns';

/** mulberry32: a small seeded generator, so every run writes the same files. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rnd = random(20_16);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;

/** The demo's five partners (matched by name) and 35 more, registered by the import. */
const PARTNERS: [name: string, country: string, city: string][] = [
  ['Osh State University', 'KG', 'Osh'],
  ['L.N. Gumilyov Eurasian National University', 'KZ', 'Astana'],
  ['Wuhan University of Science and Technology', 'CN', 'Wuhan'],
  ['Kyrgyz National University named after J. Balasagyn', 'KG', 'Bishkek'],
  ['M. Auezov South Kazakhstan University', 'KZ', 'Shymkent'],
  ...([
    ['Caspian Riverside University', 'KZ', 'Atyrau'], ['Almaty Polytechnic Institute', 'KZ', 'Almaty'], ['Karaganda Mining University', 'KZ', 'Karaganda'],
    ['Issyk-Kul Regional University', 'KG', 'Karakol'], ['Naryn Highland University', 'KG', 'Naryn'], ['Dushanbe Technical University', 'TJ', 'Dushanbe'],
    ['Khujand Pedagogical University', 'TJ', 'Khujand'], ['Ashgabat University of Engineering', 'TM', 'Ashgabat'], ['Baku Economic University', 'AZ', 'Baku'],
    ['Tbilisi University of Natural Sciences', 'GE', 'Tbilisi'], ['Yerevan Physics Institute University', 'AM', 'Yerevan'], ['Kazan Volga University', 'RU', 'Kazan'],
    ['Novosibirsk Technical Academy', 'RU', 'Novosibirsk'], ['Tomsk Polytechnic College', 'RU', 'Tomsk'], ['Anatolian Plateau University', 'TR', 'Ankara'],
    ['Bosphorus Institute of Economics', 'TR', 'Istanbul'], ['Seoul Riverside University', 'KR', 'Seoul'], ['Daejeon Institute of Science', 'KR', 'Daejeon'],
    ['Xi’an Silk Road University', 'CN', 'Xi’an'], ['Urumqi University of Economics', 'CN', 'Urumqi'], ['Lanzhou Jiaotong Institute', 'CN', 'Lanzhou'],
    ['Hokkaido Northern University', 'JP', 'Sapporo'], ['Saxony University of Applied Sciences', 'DE', 'Dresden'], ['Baltic Technical University', 'LV', 'Riga'],
    ['Vilnius Gediminas Academy', 'LT', 'Vilnius'], ['Kraków University of Economics', 'PL', 'Kraków'], ['Brno University of Physics', 'CZ', 'Brno'],
    ['Danube University of Budapest', 'HU', 'Budapest'], ['Bologna Institute of Economics', 'IT', 'Bologna'], ['Valencia Polytechnic University', 'ES', 'Valencia'],
    ['Lyon University of Sciences', 'FR', 'Lyon'], ['Tampere University of Applied Physics', 'FI', 'Tampere'], ['Kuala Lumpur Technology University', 'MY', 'Kuala Lumpur'],
    ['Delhi Institute of Economics', 'IN', 'New Delhi'], ['Indiana Plains University', 'US', 'Bloomington'],
  ] as [string, string, string][]),
];

const KINDS = ['academic_mobility_agreement', 'cooperation_agreement', 'memorandum_of_understanding', 'erasmus_plus_iia'] as const;
const FIRST = ['Aziz', 'Dilnoza', 'Malika', 'Bobur', 'Sardor', 'Nodira', 'Jasur', 'Kamola', 'Rustam', 'Shahnoza', 'Timur', 'Zarina', 'Otabek', 'Madina', 'Farhod', 'Gulnora', 'Ulugbek', 'Sevara', 'Anvar', 'Feruza'];
const LAST = ['Karimov', 'Rakhimova', 'Yusupov', 'Tursunova', 'Ergashev', 'Alimova', 'Nazarov', 'Saidova', 'Mirzayev', 'Abdullayeva', 'Ismoilov', 'Qodirova', 'Hasanov', 'Rashidova'];
const PLACES: [faculty: string, department: string][] = [['physics', 'general-physics'], ['physics', 'theoretical-physics'], ['economics', 'world-economy']];

const quote = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
const csv = (kind: 'agreements' | 'mobilities', rows: Record<string, string>[]) =>
  `${[IMPORT_COLUMNS[kind].map((c) => c.headers.en).join(','), ...rows.map((r) => IMPORT_COLUMNS[kind].map((c) => quote(r[c.key] ?? '')).join(','))].join('\r\n')}\r\n`;
const dotted = (iso: string) => `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;

// Agreements: 60 over 2014–2024, each five years (a few open-ended); those ending by 2025 expired.
type Agreement = { reference: string; partner: (typeof PARTNERS)[number]; start: number; end: number | null };
const agreements: Agreement[] = [];
const counters = new Map<number, number>();
for (let i = 0; i < 60; i++) {
  const partner = PARTNERS[i % PARTNERS.length]!;
  const start = 2014 + Math.floor((i / 60) * 11);
  const sequence = (counters.get(start) ?? 100) + 1;
  counters.set(start, sequence);
  agreements.push({ reference: `AGR-${start}-${String(sequence).padStart(4, '0')}`, partner, start, end: rnd() < 0.1 ? null : start + 5 });
}
const agreementRows = agreements.map((a) => ({
  reference: a.reference,
  partner: a.partner[0],
  country: a.partner[1],
  city: a.partner[2],
  kind: pick(KINDS),
  scope: rnd() < 0.5 ? 'student_exchange; staff_exchange' : 'student_exchange',
  // 1 July: before the academic year it serves, and on no day the demo’s own agreements start (which would make one a duplicate).
  startDate: dotted(`${a.start}-07-01`),
  endDate: a.end === null ? '' : dotted(`${a.end}-06-30`),
  faculty: pick(PLACES)[0],
  coordinatorName: 'Aziz Rakhimov',
  coordinatorEmail: 'faculty@uni.example',
  summary: `Exchange with ${a.partner[0]}`,
}));

// Mobilities: ~2,000 over the academic years 2015/2016–2024/2025, growing year by year, each under
// an agreement in force that year.
const mobilityRows: Record<string, string>[] = [];
for (let year = 2015; year <= 2024; year++) {
  const inForce = agreements.filter((a) => a.start <= year && (a.end === null || a.end > year));
  const count = 120 + (year - 2015) * 18;
  for (let i = 0; i < count; i++) {
    const a = pick(inForce);
    const student = rnd() < 0.8;
    const [faculty, department] = pick(PLACES);
    const semester = rnd() < 0.5 ? 'first_semester' : 'second_semester';
    const type = student ? (rnd() < 0.85 ? 'semester_study' : 'short_term') : pick(['teaching', 'training'] as const);
    const period = type === 'short_term' || !student ? 'short_term' : semester;
    const status = rnd() < 0.92 ? 'completed' : pick(['withdrawn', 'declined_by_partner'] as const);
    const start = period === 'second_semester' ? `${year + 1}-02-0${1 + Math.floor(rnd() * 5)}` : `${year}-09-0${1 + Math.floor(rnd() * 5)}`;
    const end = period === 'short_term' ? `${start.slice(0, 8)}2${Math.floor(rnd() * 8)}` : period === 'first_semester' ? `${year + 1}-01-3${Math.floor(rnd() * 2)}` : `${year + 1}-06-2${Math.floor(rnd() * 9)}`;
    const n = mobilityRows.length;
    mobilityRows.push({
      nomineeName: `${pick(FIRST)} ${pick(LAST)}`,
      nomineeEmail: `p${n}.${year}@${student ? 'student.' : ''}uni.example`,
      role: student ? 'student' : 'academic_staff',
      level: student ? pick(['bachelor', 'bachelor', 'master', 'doctoral'] as const) : 'none',
      faculty,
      department,
      direction: rnd() < 0.65 ? 'outgoing' : 'incoming',
      partner: a.partner[0],
      country: a.partner[1],
      agreement: a.reference,
      programme: a.partner[1] === 'DE' || a.partner[1] === 'PL' || a.partner[1] === 'IT' || a.partner[1] === 'ES' ? 'erasmus_plus' : 'bilateral',
      mobilityType: type,
      academicYear: `${year}/${year + 1}`,
      period,
      language: a.partner[1] === 'KG' || a.partner[1] === 'KZ' || a.partner[1] === 'RU' || a.partner[1] === 'TJ' ? 'ru' : 'en',
      languageLevel: pick(['B1', 'B2', 'B2', 'C1'] as const),
      status,
      actualStart: status === 'completed' ? dotted(start) : '',
      actualEnd: status === 'completed' ? dotted(end) : '',
    });
  }
}

const here = new URL('.', import.meta.url);
writeFileSync(new URL('history-agreements.csv', here), csv('agreements', agreementRows));
writeFileSync(new URL('history-mobilities.csv', here), csv('mobilities', mobilityRows));
process.stdout.write(`wrote ${agreementRows.length} agreements and ${mobilityRows.length} mobilities\n`);
