/** Field-by-field differences between two versions of an agreement, and which ones are material. */
import { describe, expect, it } from 'vitest';
import { diffContent, isMaterial } from '../../shared/workflow';

const base = {
  partnerId: 'osh-state-university',
  scope: ['student_exchange', 'staff_exchange'],
  cooperationConditions: [{ type: 'student_studies', sender: 'home', mobilitiesPerYear: 5, subjectAreas: ['0533'] }],
  startDate: '2024-09-01',
  endDate: '2029-08-31',
  coordinator: { name: 'Nodira Alimova', email: 'iro@uni.example' },
  summary: 'Exchange.',
};

describe('the difference between two versions', () => {
  it('is empty for the same content, whatever the order of keys or of plain lists', () => {
    expect(diffContent(base, { ...base, scope: ['staff_exchange', 'student_exchange'] })).toEqual([]);
    expect(diffContent(base, JSON.parse(JSON.stringify(base)))).toEqual([]);
  });

  it('names each changed leaf by its path, with the value before and after', () => {
    const next = { ...base, summary: 'More.', coordinator: { ...base.coordinator, email: 'iro2@uni.example' }, cooperationConditions: [{ ...base.cooperationConditions[0]!, mobilitiesPerYear: 7 }] };
    expect(diffContent(base, next)).toEqual([
      { path: 'cooperationConditions.0.mobilitiesPerYear', from: 5, to: 7 },
      { path: 'coordinator.email', from: 'iro@uni.example', to: 'iro2@uni.example' },
      { path: 'summary', from: 'Exchange.', to: 'More.' },
    ]);
  });

  it('shows an added or removed condition, a changed plain list whole, and an open end', () => {
    const next = { ...base, endDate: null, scope: ['student_exchange'], cooperationConditions: [...base.cooperationConditions, { type: 'staff_teaching', sender: 'partner', mobilitiesPerYear: 1, subjectAreas: [] }] };
    expect(diffContent(base, next)).toEqual([
      { path: 'cooperationConditions.1', to: { type: 'staff_teaching', sender: 'partner', mobilitiesPerYear: 1, subjectAreas: [] } },
      { path: 'endDate', from: '2029-08-31', to: null },
      { path: 'scope', from: ['student_exchange', 'staff_exchange'], to: ['student_exchange'] },
    ]);
  });

  it('is material when it touches the cooperation conditions or the dates, and only then', () => {
    expect(isMaterial([{ path: 'cooperationConditions.0.mobilitiesPerYear' }])).toBe(true);
    expect(isMaterial([{ path: 'endDate' }])).toBe(true);
    expect(isMaterial([{ path: 'summary' }, { path: 'coordinator.email' }, { path: 'scope' }])).toBe(false);
    expect(isMaterial([{ path: 'startDateNote' }])).toBe(false);
  });
});
