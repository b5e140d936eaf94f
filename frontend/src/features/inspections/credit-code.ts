/**
 * The unified social credit code (统一社会信用代码) of GB 32100-2015, checked before sending so a typo
 * shows on the field at once; the API checks it again (422 on `enterprise.creditCode`).
 */
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const SHAPE = /^[0-9A-HJ-NPQRTUWXY]{18}$/;

export type CreditCodeCheck = 'ok' | 'format' | 'checkCharacter';

/** The check character of the first 17 characters. */
export function checkCharacter(code: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i += 1) {
    sum += ALPHABET.indexOf(code.charAt(i)) * (WEIGHTS[i] ?? 0);
  }
  return ALPHABET.charAt((31 - (sum % 31)) % 31);
}

/** Whether `input` (trimmed, upper-cased) is a well-formed code with the right check character. */
export function checkCreditCode(input: string): CreditCodeCheck {
  const code = input.trim().toUpperCase();
  if (!SHAPE.test(code)) return 'format';
  return checkCharacter(code) === code.charAt(17) ? 'ok' : 'checkCharacter';
}
