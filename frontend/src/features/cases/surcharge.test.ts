import { describe, expect, it } from 'vitest';

import { amountDueOn } from './surcharge';

describe('ENF-11 amount due', () => {
  it('adds nothing on or before the due day', () => {
    expect(amountDueOn('500.00', '2025-07-15', '2025-07-15')).toEqual({
      daysLate: 0,
      surcharge: '0.00',
      total: '500.00',
    });
    expect(amountDueOn('500.00', '2025-07-15', '2025-07-01').daysLate).toBe(0);
  });

  it('adds 3% of the fine a day, rounded half up to the cent', () => {
    expect(amountDueOn('500.00', '2025-07-15', '2025-07-17')).toEqual({
      daysLate: 2,
      surcharge: '30.00',
      total: '530.00',
    });
    // 0.15 × 3% = 0.0045 → 0.00; 0.17 × 3% = 0.0051 → 0.01
    expect(amountDueOn('0.15', '2025-07-15', '2025-07-16').surcharge).toBe('0.00');
    expect(amountDueOn('0.17', '2025-07-15', '2025-07-16').surcharge).toBe('0.01');
    expect(amountDueOn('123.45', '2025-07-15', '2025-07-16').surcharge).toBe('3.70');
  });

  it('never adds more than the fine', () => {
    expect(amountDueOn('500.00', '2025-07-15', '2025-09-30')).toEqual({
      daysLate: 77,
      surcharge: '500.00',
      total: '1000.00',
    });
  });
});
