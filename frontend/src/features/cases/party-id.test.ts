import { describe, expect, it } from 'vitest';

import { checkCreditCode, checkIdNumber } from './party-id';

describe('party identifiers', () => {
  it('accepts valid resident identity numbers (GB 11643) and names what is wrong', () => {
    expect(checkIdNumber('11010519491231002X')).toBe('ok');
    expect(checkIdNumber('11010519491231002x')).toBe('ok');
    expect(checkIdNumber('440524188001010014')).toBe('ok');
    expect(checkIdNumber('110101199003074477')).toBe('ok');
    expect(checkIdNumber('110101199003074478')).toBe('checkDigit');
    expect(checkIdNumber('110105194912310021')).toBe('checkDigit');
    expect(checkIdNumber('110105194913310020')).toBe('birthDate');
    expect(checkIdNumber('1101051949123100')).toBe('format');
  });

  it('accepts valid unified social credit codes (GB 32100)', () => {
    expect(checkCreditCode('91350100M000100Y43')).toBe('ok');
    expect(checkCreditCode('91110108551385082Q')).toBe('ok');
    expect(checkCreditCode('91440300708461136T')).toBe('ok');
    expect(checkCreditCode('91110000100001707L')).toBe('checkDigit');
    expect(checkCreditCode('91350100M000100Y44')).toBe('checkDigit');
    expect(checkCreditCode('91350100M000100YI3')).toBe('format');
  });
});
