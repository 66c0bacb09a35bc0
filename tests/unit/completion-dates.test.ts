/** A completed mobility is recorded after the fact: its dates, all checked at once. */
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../shared/errors';
import type { Nomination } from '../../shared/schemas';
import { recordCompletion } from '../../shared/workflow';

const iro = { email: 'iro@uni.example', name: 'Nodira Alimova' };
const accepted = { kind: 'nomination', id: 'n1', reference: 'NOM-2026-0001', status: 'accepted_by_partner', version: 4, content: {} } as unknown as Nomination;
const now = '2026-11-22T10:00:00.000Z';

/** The field errors a completion with these dates is refused with (none: it is recorded). */
function refusals(actualStartDate: string, actualEndDate: string): { path: string; message: string }[] {
  try {
    recordCompletion(accepted, { actor: iro, asOffice: true, actualStartDate, actualEndDate, now });
    return [];
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    return error.fields;
  }
}

describe('recording a completed mobility', () => {
  it('refuses an end date still to come, on the end date', () => {
    expect(refusals('2026-09-01', '2027-01-31')).toEqual([{ path: 'actualEndDate', message: 'Must not be in the future' }]);
  });

  it('reports a start to come and an end before it together', () => {
    expect(refusals('2026-12-10', '2026-12-01')).toEqual([
      { path: 'actualStartDate', message: 'Must not be in the future' },
      { path: 'actualEndDate', message: 'Must be on or after the start date' },
    ]);
  });

  it('records a mobility that ended today or before', () => {
    expect(refusals('2026-09-01', '2026-11-22')).toEqual([]);
    expect(recordCompletion(accepted, { actor: iro, asOffice: true, actualStartDate: '2026-02-02', actualEndDate: '2026-06-26', now }).entity.status).toBe('completed');
  });
});
