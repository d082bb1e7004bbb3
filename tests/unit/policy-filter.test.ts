import { describe, expect, it } from 'vitest';
import { EMPTY_FILTER, fillCount, filterQuery, isEmptyFilter, matchesFilter, parseFilter } from '../../src/model/policies/filter';

const cityInvestment = { level: 'city', type: 'investment', sectors: ['cross-sector'] };
const provinceTalent = { level: 'province', type: 'talent', sectors: ['new-energy', 'logistics'] };

describe('policy filter', () => {
  it('reads the filter from the query string, dropping values that are not options', () => {
    const allowed = { level: ['city', 'province'], type: ['investment'], sector: ['new-energy', 'cross-sector'] };
    expect(parseFilter('?level=city&sector=new-energy', allowed)).toEqual({ level: 'city', type: '', sector: 'new-energy' });
    expect(parseFilter('?level=moon&type=investment', allowed)).toEqual({ level: '', type: 'investment', sector: '' });
    expect(parseFilter('', allowed)).toEqual(EMPTY_FILTER);
  });

  it('writes only chosen values to the query and keeps other parameters', () => {
    expect(filterQuery({ level: 'city', type: '', sector: '' })).toBe('?level=city');
    expect(filterQuery(EMPTY_FILTER, '?level=city&utm=x')).toBe('?utm=x');
    expect(filterQuery({ level: '', type: 'talent', sector: 'new-energy' }, '?level=city')).toBe('?type=talent&sector=new-energy');
    expect(filterQuery(EMPTY_FILTER)).toBe('');
  });

  it('matches on level and type', () => {
    expect(matchesFilter(cityInvestment, { ...EMPTY_FILTER, level: 'city' })).toBe(true);
    expect(matchesFilter(cityInvestment, { ...EMPTY_FILTER, level: 'province' })).toBe(false);
    expect(matchesFilter(provinceTalent, { level: 'province', type: 'talent', sector: '' })).toBe(true);
    expect(matchesFilter(provinceTalent, { level: 'province', type: 'investment', sector: '' })).toBe(false);
  });

  it('keeps cross-sector policies under any sector, and only them under cross-sector', () => {
    expect(matchesFilter(cityInvestment, { ...EMPTY_FILTER, sector: 'electronic-information' })).toBe(true);
    expect(matchesFilter(provinceTalent, { ...EMPTY_FILTER, sector: 'logistics' })).toBe(true);
    expect(matchesFilter(provinceTalent, { ...EMPTY_FILTER, sector: 'electronic-information' })).toBe(false);
    expect(matchesFilter(cityInvestment, { ...EMPTY_FILTER, sector: 'cross-sector' })).toBe(true);
    expect(matchesFilter(provinceTalent, { ...EMPTY_FILTER, sector: 'cross-sector' })).toBe(false);
  });

  it('matches everything with no filter, and fills the count message', () => {
    expect(isEmptyFilter(EMPTY_FILTER)).toBe(true);
    expect(matchesFilter(provinceTalent, EMPTY_FILTER)).toBe(true);
    expect(fillCount('Showing {shown} of {total} policies', 2, 4)).toBe('Showing 2 of 4 policies');
    expect(fillCount('显示 {shown} / {total} 项政策', 0, 4)).toBe('显示 0 / 4 项政策');
  });
});
