/**
 * Garbage sent to what the international office does after an approval chain: override the
 * places, the partner's answer, completion, an incoming student's arrival and invitation data;
 * signatures, termination, renewal. Always a 4xx.
 */
import { afterAll, beforeAll } from 'vitest';
import { describeBadInput, type BodyRoute } from '../support/bad-input';
import { nominationBody, startHarness, type Harness } from '../support/harness';

let h: Harness;
let iro: string;
let nominationId: string;

beforeAll(async () => {
  h = await startHarness('office-bad-input');
  iro = await h.signIn('iro@uni.example');
  const faculty = await h.signIn('faculty@uni.example');
  nominationId = ((await (await h.post('/api/nominations', nominationBody(), { cookie: faculty })).json()) as { id: string }).id;
});
afterAll(() => h?.stop());

const office = { cookie: () => iro, method: 'POST' as const };
const routes: BodyRoute[] = [
  { ...office, name: '/api/nominations/:id/quota-override', path: () => `/api/nominations/${nominationId}/quota-override`, valid: () => ({ reason: 'Agreed with the partner by letter.' }) },
  { ...office, name: '/api/nominations/:id/partner-response', path: () => `/api/nominations/${nominationId}/partner-response`, valid: () => ({ accepted: false, reason: 'No supervisor.' }) },
  { ...office, name: '/api/nominations/:id/completion', path: () => `/api/nominations/${nominationId}/completion`, valid: () => ({ actualStartDate: '2026-02-02', actualEndDate: '2026-06-26' }) },
  { ...office, name: '/api/nominations/:id/arrival', path: () => `/api/nominations/${nominationId}/arrival`, valid: () => ({ arrivalDate: '2026-08-30' }) },
  {
    cookie: () => iro,
    method: 'PUT',
    name: '/api/nominations/:id/invitation-data',
    path: () => `/api/nominations/${nominationId}/invitation-data`,
    valid: () => ({ nationality: 'KZ', dateOfBirth: '2004-05-17', passportNumber: 'N12345678', passportExpiry: '2031-03-01' }),
  },
  { ...office, name: '/api/agreements/:id/signatures', path: () => '/api/agreements/agr-osh-2024/signatures', valid: () => ({ party: 'home', date: '2026-10-01', signatoryName: 'Rustam Nazarov', signatoryPosition: 'Rector' }) },
  { ...office, name: '/api/agreements/:id/termination', path: () => '/api/agreements/agr-osh-2024/termination', valid: () => ({ reason: 'No exchanges.', noticeDate: '2026-11-01', effectiveDate: '2027-08-31' }) },
  { ...office, name: '/api/agreements/:id/partner-signatory', path: () => '/api/agreements/agr-osh-2024/partner-signatory', valid: () => ({ contact: { email: 'rector@oshsu.example.org', name: 'Kanybek Izakov' } }), emptyBodyAccepted: true },
  { ...office, name: '/api/agreements/:id/renewal', path: () => '/api/agreements/agr-osh-2024/renewal', valid: () => ({ endDate: '2034-08-31', summary: 'Five more years.' }), emptyBodyAccepted: true },
];

describeBadInput(() => h, routes);
