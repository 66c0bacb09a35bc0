/**
 * The nominations list's address: made from a figure's grouping and filters (the statistics, the
 * dashboard), and read back by the list, where an address the API would refuse breaks nothing.
 */
import { describe, expect, it } from 'vitest';
import { activeFilters, nominationsExportHref, nominationsListHref, type NominationFilters } from '../../web/src/nominations-link';
import { readNominationFilters } from '../../web/src/nomination-filters';
import { figureFilters, listLink, readChoices } from '../../web/src/report-view';

const NOW = new Date(2026, 10, 20);
const COUNTED = 'approved%2Caccepted_by_partner%2Carrived%2Ccompleted';

describe('the nominations list’s address', () => {
  it('is the bare list without filters', () => {
    expect(nominationsListHref({})).toBe('/office/nominations');
  });

  it('names each filter in one stable order, statuses joined by commas', () => {
    expect(nominationsListHref({ status: ['approved', 'completed'], country: 'DE', partner: 'tu-berlin', faculty: 'physics', type: 'teaching', direction: 'incoming', academicYear: '2026/2027' })).toBe(
      '/office/nominations?academicYear=2026%2F2027&direction=incoming&type=teaching&faculty=physics&partner=tu-berlin&country=DE&status=approved%2Ccompleted',
    );
    expect(nominationsListHref({ status: ['in_review'] })).toBe('/office/nominations?status=in_review');
  });

  it('gives the export the same filters, with the file’s format', () => {
    expect(nominationsExportHref({}, 'csv')).toBe('/api/exports/nominations?format=csv');
    expect(nominationsExportHref({ status: ['approved', 'completed'], country: 'DE', academicYear: '2026/2027' }, 'xlsx')).toBe(
      '/api/exports/nominations?academicYear=2026%2F2027&country=DE&status=approved%2Ccompleted&format=xlsx',
    );
  });

  it('reads back what it wrote', () => {
    const filters: NominationFilters = { academicYear: '2026/2027', direction: 'outgoing', type: 'semester_study', faculty: 'physics', partner: 'osh', country: 'KG', status: ['approved', 'completed'] };
    expect(readNominationFilters(nominationsListHref(filters).split('?')[1]!)).toEqual(filters);
  });

  it('leaves out what the API would refuse, and reads an older address’s year', () => {
    expect(readNominationFilters('?status=lost&direction=sideways&type=holiday&country=XX&academicYear=2026&faculty=%E2%9C%93&partner=osh')).toEqual({ partner: 'osh' });
    expect(readNominationFilters('?year=2025/2026&status=approved')).toEqual({ academicYear: '2025/2026', status: ['approved'] });
    expect(readNominationFilters('?country=de')).toEqual({ country: 'DE' });
    expect(readNominationFilters('?mobilityFormat=blended&format=xlsx')).toEqual({ mobilityFormat: 'blended' });
    expect(readNominationFilters('?mobilityFormat=online')).toEqual({});
  });

  it('says which filters are set, in the address’s order', () => {
    expect(activeFilters({ status: ['approved', 'completed'], academicYear: '2026/2027' })).toEqual([
      ['academicYear', '2026/2027'],
      ['status', 'approved,completed'],
    ]);
    expect(activeFilters({})).toEqual([]);
  });
});

describe('a statistics figure’s link', () => {
  const row = (group?: string) => ({ year: '2025/2026', ...(group !== undefined ? { group } : {}), count: 3 });

  it('opens the year’s mobilities that count when not grouped', () => {
    expect(listLink(readChoices('', NOW), row())).toBe(`/office/nominations?academicYear=2025%2F2026&status=${COUNTED}`);
    expect(listLink(readChoices('?status=all', NOW), row())).toBe('/office/nominations?academicYear=2025%2F2026');
  });

  it('adds the row’s group under the list’s name for its dimension', () => {
    expect(listLink(readChoices('?by=status', NOW), row('completed'))).toBe('/office/nominations?academicYear=2025%2F2026&status=completed');
    expect(listLink(readChoices('?by=type', NOW), row('teaching'))).toBe(`/office/nominations?academicYear=2025%2F2026&type=teaching&status=${COUNTED}`);
    expect(figureFilters(readChoices('?by=partner', NOW), row('osh'))).toEqual({ academicYear: '2025/2026', partner: 'osh', status: ['approved', 'accepted_by_partner', 'arrived', 'completed'] });
    expect(figureFilters(readChoices('?by=country', NOW), row('KG'))?.country).toBe('KG');
    expect(figureFilters(readChoices('?by=faculty', NOW), row('physics'))?.faculty).toBe('physics');
    expect(figureFilters(readChoices('?by=direction', NOW), row('incoming'))?.direction).toBe('incoming');
    // The list's name for the format: `format` is the export's file format.
    expect(listLink(readChoices('?by=format', NOW), row('virtual'))).toBe(`/office/nominations?academicYear=2025%2F2026&mobilityFormat=virtual&status=${COUNTED}`);
  });

  it('carries the page’s filters: faculty, direction, type and country', () => {
    expect(figureFilters(readChoices('?by=status&faculty=physics&direction=outgoing&type=teaching&country=KG&status=all', NOW), row('approved'))).toEqual({
      academicYear: '2025/2026',
      faculty: 'physics',
      direction: 'outgoing',
      type: 'teaching',
      country: 'KG',
      status: ['approved'],
    });
  });

  it('links nowhere where the list cannot show exactly what it counts', () => {
    expect(listLink(readChoices('?by=role', NOW), row('student'))).toBeUndefined();
    expect(listLink(readChoices('?by=level', NOW), row('master'))).toBeUndefined();
    expect(listLink(readChoices('?by=programme', NOW), row('bilateral'))).toBeUndefined();
    expect(listLink(readChoices('?by=status&period=calendar', NOW), { year: '2025', group: 'completed', count: 3 })).toBeUndefined();
    expect(listLink(readChoices('?by=country', NOW), row(''))).toBeUndefined();
    expect(listLink(readChoices('?count=agreements&view=signed&by=country', NOW), { year: '2025', group: 'KG', count: 3 })).toBeUndefined();
  });
});
