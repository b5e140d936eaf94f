import { describe, expect, it } from 'vitest';

import { formatDate, formatMoney } from './format';

describe('format', () => {
  it('writes dates the Chinese way and the English way', () => {
    expect(formatDate('2025-06-30', 'zh-CN')).toBe('2025年6月30日');
    expect(formatDate('2025-06-30', 'en')).toBe('Jun 30, 2025');
    expect(formatDate(null, 'zh-CN')).toBe('');
  });

  it('writes money as yuan with two decimals', () => {
    expect(formatMoney('2000.00')).toBe('¥2,000.00');
    expect(formatMoney(1234567.5)).toBe('¥1,234,567.50');
    expect(formatMoney('-3.1')).toBe('-¥3.10');
  });
});
