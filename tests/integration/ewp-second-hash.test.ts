/**
 * The README's "done when": every demo agreement downloaded as EWP XML states the iia-hash that a
 * second implementation computes. The second one (tests/support/iia-hash.py) is Python with its
 * standard library, written from ../shared/ewp/README.md §3 and sharing no code with ours; it is
 * first held to the verified vectors, so a disagreement points at our export, not at it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSeed } from '../../infra/local/seed';
import { readEwp, secondIiaHashes } from '../support/ewp-reference';
import { startHarness, type Harness } from '../support/harness';

let h: Harness;
let office: string;

beforeAll(async () => {
  h = await startHarness('ewp-second-hash');
  office = await h.signIn('iro@uni.example');
});
afterAll(() => h?.stop());

describe('the second iia-hash implementation', () => {
  it.each([
    ['iias-v7/resources/xsltKit/get-response-v7.xml', ['87b33170d7a6c6d894215641f39e7b7de36501265479e5ab3922f32d5b225033']],
    ['iias-v7/endpoints/get-response-example.xml', ['e950faa83a799cf45839e7915db88ed51575babe7845c1219dfde54ce30a61e4']],
    ['iias-v7/example-scenario/01-A-get-response.part.xml', ['dc05c99f62e2ceec395d0c3bc49c0760b03b0f71bba7326e1807aced0a10640f']],
    ['iias-v7/example-scenario/02-B-get-response.part.xml', ['aaedb42ed4dbc4437a4da2ae3836a92a5553b62028e51066b4f50dccd2deb3f9']],
    ['vectors/edge-two-iias.xml', ['3537c82d45607dd9c70e61e98d8efcdee783376aabc3bd32aae1c16ae5dd8fd1', 'a6e23789cdf3fa2a63073c179143ac4c03db6c4f411ee70aa85f46169ba4820e']],
  ])('gives the verified vectors of %s', (file, hashes) => {
    expect(secondIiaHashes(readEwp(file))).toEqual(hashes);
  });
});

describe('every demo agreement downloaded as EWP XML', () => {
  it.each(loadSeed().agreements.map((a) => a.id))('%s states the iia-hash the second implementation computes', async (id) => {
    const res = await h.get(`/api/agreements/${id}/ewp-iia.xml`, { cookie: office });
    expect(res.status).toBe(200);
    const xml = await res.text();
    const stated = /<iia-hash>([0-9a-f]{64})<\/iia-hash>/.exec(xml)?.[1];
    expect(stated).toMatch(/^[0-9a-f]{64}$/);
    expect(secondIiaHashes(xml)).toEqual([stated]);
  });
});
