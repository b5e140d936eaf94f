import { describe, expect, it } from 'vitest';
import { shownTotal } from './list-total';

describe('shownTotal', () => {
  it('shows an exact total as counted', () => {
    expect(shownTotal({ total: 137, totalIsExact: true })).toBe('137');
  });

  it('shows a bounded total as "at least"', () => {
    expect(shownTotal({ total: 10000, totalIsExact: false })).toBe('10,000+');
  });

  it('shows nothing loaded yet as 0', () => {
    expect(shownTotal(undefined)).toBe('0');
  });
});
