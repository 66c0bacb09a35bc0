/** Import files for the tests and the bench: past mobilities under the demo's agreement with Osh State University. */
import { IMPORT_COLUMNS } from '../../shared/imports/columns';

const YEARS = ['2016/2017', '2017/2018', '2018/2019', '2019/2020', '2020/2021', '2021/2022', '2022/2023', '2023/2024', '2024/2025'];

/** `n` mobility rows (nominee i), the header in `language`; `over(i)` changes cells of row i. */
export function mobilitiesCsv(n: number, opts: { language?: 'en' | 'ru' | 'uz'; over?: (i: number) => Record<string, string>; delimiter?: string; tag?: string } = {}): string {
  const d = opts.delimiter ?? ',';
  const columns = IMPORT_COLUMNS.mobilities;
  const lines = [columns.map((c) => c.headers[opts.language ?? 'en']).join(d)];
  for (let i = 0; i < n; i++) {
    const year = YEARS[i % YEARS.length]!;
    const a = Number(year.slice(0, 4));
    const base: Record<string, string> = {
      reference: '',
      nomineeName: `S ${i}`,
      nomineeEmail: `s${i}${opts.tag ?? ''}@st.uni.example`,
      role: 'student',
      level: 'bachelor',
      faculty: 'physics',
      department: 'general-physics',
      direction: i % 3 === 0 ? 'incoming' : 'outgoing',
      partner: 'Osh State University',
      country: 'KG',
      agreement: 'AGR-2024-0003',
      programme: 'bilateral',
      mobilityType: 'semester_study',
      academicYear: year,
      period: 'first_semester',
      language: 'ru',
      languageLevel: 'B2',
      // Empty: completed, the default (and a 20,000-row file stays under the 4 MB cap).
      status: '',
      actualStart: `02.09.${a}`,
      actualEnd: `31.01.${a + 1}`,
      ...opts.over?.(i),
    };
    lines.push(columns.map((c) => base[c.key] ?? '').join(d));
  }
  return `${lines.join('\r\n')}\r\n`;
}

export function agreementsCsv(rows: Record<string, string>[], language: 'en' | 'ru' | 'uz' = 'en'): string {
  const columns = IMPORT_COLUMNS.agreements;
  const quote = (v: string) => (/[",;\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  return [columns.map((c) => c.headers[language]).join(','), ...rows.map((r) => columns.map((c) => quote(r[c.key] ?? c.example)).join(','))].join('\r\n');
}
