import { describe, expect, it } from 'vitest';

import { checkCreditCode } from './credit-code';

describe('checkCreditCode (GB 32100)', () => {
  it.each(['91350100M000100Y43', '91110108551385082Q', '91440300708461136T', '91350100m000100y43'])(
    'accepts %s',
    (code) => expect(checkCreditCode(code)).toBe('ok'),
  );

  it.each(['91350100M000100Y44', '91110108551385082R', '91110000100001707L'])(
    'refuses the wrong check character of %s',
    (code) => expect(checkCreditCode(code)).toBe('checkCharacter'),
  );

  it.each(['91350100M000100Y4', '91350100I000100Y43', '9135 0100M000100Y43', ''])(
    'refuses the shape of "%s"',
    (code) => expect(checkCreditCode(code)).toBe('format'),
  );
});
