/**
 * The API's description as a reader reaches it: `/api/openapi.json` leads to the file the web
 * build wrote beside the pages, and that file is the document the routes make today (not a stale
 * copy). Served by the local stack exactly as CloudFront serves the pages' files in AWS.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiDescription } from '../../functions/api/openapi';
import { startHarness, type Harness } from '../support/harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness('api-description');
});
afterAll(() => h?.stop());

describe('GET /api/openapi.json', () => {
  it('leads to /openapi.json, the document the routes make', async () => {
    const res = await fetch(`${h.url}/api/openapi.json`);
    expect(res.redirected).toBe(true);
    expect(new URL(res.url).pathname).toBe('/openapi.json');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await res.json()).toEqual(JSON.parse(JSON.stringify(apiDescription())));
  });
});
