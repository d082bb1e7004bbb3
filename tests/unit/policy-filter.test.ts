import { describe, expect, it } from 'vitest';
import { EMPTY_FILTER, fillCount, filterQuery, isEmptyFilter, matchesFilter, parseFilter } from '../../src/model/policies/filter';

const cityInvestment = { level: 'city', type: 'investment', status: 'in-force' };
const provinceReplaced = { level: 'province', type: 'investment', status: 'superseded' };

describe('policy filter', () => {
  it('reads the filter from the query string, dropping values that are not options (and the old sector key)', () => {
    const allowed = { level: ['city', 'province'], type: ['investment'], status: ['in-force', 'superseded'] };
    expect(parseFilter('?level=city&status=superseded', allowed)).toEqual({ level: 'city', type: '', status: 'superseded' });
    expect(parseFilter('?level=moon&type=investment&sector=new-energy', allowed)).toEqual({ level: '', type: 'investment', status: '' });
    expect(parseFilter('', allowed)).toEqual(EMPTY_FILTER);
  });

  it('writes only chosen values to the query and keeps other parameters', () => {
    expect(filterQuery({ level: 'city', type: '', status: '' })).toBe('?level=city');
    expect(filterQuery(EMPTY_FILTER, '?level=city&utm=x')).toBe('?utm=x');
    expect(filterQuery({ level: '', type: 'talent', status: 'in-force' }, '?level=city')).toBe('?type=talent&status=in-force');
    expect(filterQuery(EMPTY_FILTER)).toBe('');
  });

  it('matches on level, type and status', () => {
    expect(matchesFilter(cityInvestment, { ...EMPTY_FILTER, level: 'city' })).toBe(true);
    expect(matchesFilter(cityInvestment, { ...EMPTY_FILTER, level: 'province' })).toBe(false);
    expect(matchesFilter(provinceReplaced, { level: 'province', type: 'investment', status: '' })).toBe(true);
    expect(matchesFilter(provinceReplaced, { ...EMPTY_FILTER, status: 'superseded' })).toBe(true);
    expect(matchesFilter(cityInvestment, { ...EMPTY_FILTER, status: 'superseded' })).toBe(false);
    expect(matchesFilter(provinceReplaced, { ...EMPTY_FILTER, status: 'in-force' })).toBe(false);
  });

  it('matches everything with no filter, and fills the count message', () => {
    expect(isEmptyFilter(EMPTY_FILTER)).toBe(true);
    expect(matchesFilter(provinceReplaced, EMPTY_FILTER)).toBe(true);
    expect(fillCount('Showing {shown} of {total} policies', 2, 4)).toBe('Showing 2 of 4 policies');
    expect(fillCount('显示 {shown} / {total} 项政策', 0, 4)).toBe('显示 0 / 4 项政策');
  });
});
