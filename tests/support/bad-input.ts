/**
 * The garbage every body-taking route must survive: malformed JSON, wrong types, missing fields,
 * over-long strings, an oversize body, non-object JSON. Each answer is a 4xx with field errors
 * where there are fields; never a 5xx. A test file lists its routes and calls `describeBadInput`.
 */
import { describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES } from '../../functions/api/app';
import type { Harness } from './harness';

export type BodyRoute = {
  name: string;
  method: 'POST' | 'PUT';
  path: () => string;
  /** A body the route would accept: the garbage is made from it. */
  valid: () => unknown;
  /** The signed-in cookie to send (the garbage must be refused for what it is, not for lack of a session). */
  cookie?: () => string | undefined;
  /** Every field is optional: `{}` may be accepted (but never a 5xx). */
  emptyBodyAccepted?: boolean;
};

/** Replaces every string leaf with a number, every number with a string, every array with an object. */
export function wrongTypes(value: unknown): unknown {
  if (typeof value === 'string') return 12345;
  if (typeof value === 'number') return 'twelve';
  if (Array.isArray(value)) return { notAnArray: true };
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, wrongTypes(v)]));
  return 'wrong';
}

/** Makes every string leaf too long for its field (yet the body stays under the size cap). */
export function overLong(value: unknown): unknown {
  if (typeof value === 'string') return 'x'.repeat(2100);
  if (Array.isArray(value)) return value.map(overLong);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, overLong(v)]));
  return value;
}

export function describeBadInput(harness: () => Harness, routes: BodyRoute[]): void {
  const send = (route: BodyRoute, body: string, contentType = 'application/json') => {
    const h = harness();
    const cookie = route.cookie?.();
    return fetch(`${h.url}${route.path()}`, { method: route.method, headers: { 'content-type': contentType, origin: h.url, ...(cookie ? { cookie } : {}) }, body });
  };

  describe.each(routes.map((r) => [`${r.method} ${r.name}`, r] as const))('%s', (_name, route) => {
    it('answers malformed JSON with 400 and a field error', async () => {
      const res = await send(route, '{"email": "unterminated');
      expect(res.status).toBe(400);
      const body = (await res.json()) as { error: string; fields: unknown[] };
      expect(body.error).toBe('validation_failed');
      expect(body.fields.length).toBeGreaterThan(0);
    });

    it('answers wrong types with 400 listing the fields', async () => {
      const res = await send(route, JSON.stringify(wrongTypes(route.valid())));
      expect(res.status).toBe(400);
      const body = (await res.json()) as { fields: { path: string; message: string }[] };
      expect(body.fields.length).toBeGreaterThan(0);
      expect(body.fields.every((f) => typeof f.message === 'string')).toBe(true);
    });

    it('answers missing fields with 400, or accepts an empty body where every field is optional', async () => {
      const res = await send(route, '{}');
      if (route.emptyBodyAccepted) {
        expect(res.status).toBeLessThan(500);
      } else {
        expect(res.status).toBe(400);
        expect(((await res.json()) as { fields: unknown[] }).fields.length).toBeGreaterThan(0);
      }
    });

    it('answers over-long strings with 400', async () => {
      const res = await send(route, JSON.stringify(overLong(route.valid())));
      expect(res.status).toBe(400);
    });

    it('answers an oversize body with 413', async () => {
      const res = await send(route, JSON.stringify({ padding: 'x'.repeat(MAX_BODY_BYTES + 10) }));
      expect(res.status).toBe(413);
    });

    it('answers a non-JSON array or scalar body with 400', async () => {
      for (const body of ['[]', '42', 'null', '"text"']) {
        const res = await send(route, body);
        expect(res.status).toBeGreaterThanOrEqual(400);
        expect(res.status).toBeLessThan(500);
      }
    });
  });
}

/** A route that takes its input in the query string (the reports and their exports). */
export type QueryRoute = {
  name: string;
  path: string;
  /** A query the route accepts: the garbage is added to it. */
  valid: string;
  cookie?: () => string | undefined;
};

/** Query strings no route may answer with a 5xx: wrong types, unknown names, over-long, contradicting, unreal dates. */
export const GARBAGE_QUERIES = [
  'years=twenty',
  'years=2026,,,x',
  'from=1&to=99999',
  `by=${'x'.repeat(600)}`,
  'by=shoe_size',
  'period=lunar',
  'status=maybe',
  'unknown=1',
  'faculty=%E2%9C%93',
  `faculty=${'x'.repeat(200)}`,
  'at=2026-02-30',
  'days=-1',
  'year=abc',
  'from=2000&to=2030',
  'format=exe',
  '%ZZ=%ZZ',
];

export function describeBadQuery(harness: () => Harness, routes: QueryRoute[]): void {
  describe.each(routes.map((r) => [`GET ${r.name}`, r] as const))('%s', (_name, route) => {
    it('answers its valid query with 200', async () => {
      const cookie = route.cookie?.();
      const res = await fetch(`${harness().url}${route.path}?${route.valid}`, { headers: cookie ? { cookie } : {} });
      expect(res.status).toBe(200);
      await res.arrayBuffer();
    });

    it('answers garbage in the query with a 400 listing the fields, never a 5xx', async () => {
      const cookie = route.cookie?.();
      for (const garbage of GARBAGE_QUERIES) {
        const res = await fetch(`${harness().url}${route.path}?${garbage}`, { headers: cookie ? { cookie } : {} });
        if (res.status === 200) {
          // A parameter this route does not take is refused; one it takes and ignores would be a bug,
          // but a garbage value a route does not read (format on a JSON report) must not pass either.
          throw new Error(`${route.path}?${garbage} was accepted`);
        }
        expect(res.status, `${route.path}?${garbage}`).toBe(400);
        const body = (await res.json()) as { error: string; fields: unknown[] };
        expect(body.error).toBe('validation_failed');
        expect(body.fields.length).toBeGreaterThan(0);
      }
    });
  });
}

/** A route that takes a file as its body (the imports): garbage files, each a located 4xx, never a 5xx, nothing written. */
export type FileRoute = { name: string; path: string; cookie?: () => string | undefined };

/** Files no import may answer with a 5xx: each with the status it gets and a word its message must have. */
export const GARBAGE_FILES: { what: string; body: () => Uint8Array | string; status: number; says: RegExp }[] = [
  { what: 'an empty file', body: () => '', status: 400, says: /empty/ },
  { what: 'a PDF', body: () => '%PDF-1.7\n%âãÏÓ\n1 0 obj', status: 400, says: /PDF/ },
  { what: 'an Excel 97–2003 workbook', body: () => new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), status: 400, says: /\.xls/ },
  { what: 'a broken XLSX', body: () => new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 9, 9, 9]), status: 400, says: /XLSX/ },
  { what: 'binary bytes', body: () => new Uint8Array([0x00, 0x01, 0x02, 0x41, 0x00, 0x42]), status: 400, says: /not a text file/ },
  { what: 'Latin-1 text (neither UTF-8 nor Windows-1251)', body: () => new Uint8Array([0x6e, 0x61, 0x6d, 0x65, 0x0a, 0xe9, 0x74, 0xe9, 0xa9, 0xa3]), status: 400, says: /CSV UTF-8/ },
  { what: 'a quote never closed', body: () => 'partner,country\n"Osh State University,KG\n', status: 400, says: /never closed/ },
  { what: 'a file over 4 MB', body: () => 'x'.repeat(4 * 1024 * 1024 + 10), status: 413, says: /4 MB/ },
  { what: 'JSON', body: () => '{"nominee": {"name": "x"}}', status: 400, says: /quote/ },
];

export function describeBadFile(harness: () => Harness, routes: FileRoute[]): void {
  describe.each(routes.map((r) => [`POST ${r.name}`, r] as const))('%s', (_name, route) => {
    it.each(GARBAGE_FILES.map((g) => [g.what, g] as const))('answers %s with a located 4xx, never a 5xx', async (_what, g) => {
      const h = harness();
      const cookie = route.cookie?.();
      const res = await fetch(`${h.url}${route.path}`, { method: 'POST', headers: { 'content-type': 'application/octet-stream', origin: h.url, ...(cookie ? { cookie } : {}) }, body: g.body() as BodyInit });
      expect(res.status).toBe(g.status);
      const body = (await res.json()) as { message: string; fields?: { path: string; message: string }[] };
      expect([body.message, ...(body.fields ?? []).map((f) => f.message)].join(' ')).toMatch(g.says);
    });

    it('answers wrong headers with their errors on row 1 (a dry run) or 409 (an apply), never a 5xx', async () => {
      const h = harness();
      const cookie = route.cookie?.();
      const res = await fetch(`${h.url}${route.path}`, { method: 'POST', headers: { 'content-type': 'text/csv', origin: h.url, ...(cookie ? { cookie } : {}) }, body: 'colour,shoe size\nred,42\n' });
      expect([200, 409]).toContain(res.status);
      if (res.status === 200) expect(((await res.json()) as { errors: { row: number }[] }).errors.every((e) => e.row === 1)).toBe(true);
    });
  });
}
