// Check characters of the party's identifiers, as hints while typing; the API decides (it checks the
// same: fazhi.shared.model.ResidentIdNumber and CreditCode).

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

export type IdCheck = 'ok' | 'format' | 'birthDate' | 'checkDigit';

/** A resident identity number (GB 11643): 17 digits, a valid birth date, and the check character. */
export function checkIdNumber(raw: string): IdCheck {
  const value = raw.trim().toUpperCase();
  if (!/^\d{17}[\dX]$/.test(value)) return 'format';
  const year = Number(value.slice(6, 10));
  const month = Number(value.slice(10, 12));
  const day = Number(value.slice(12, 14));
  const birth = new Date(Date.UTC(year, month - 1, day));
  if (
    birth.getUTCFullYear() !== year ||
    birth.getUTCMonth() !== month - 1 ||
    birth.getUTCDate() !== day
  ) {
    return 'birthDate';
  }
  const sum = ID_WEIGHTS.reduce((total, weight, index) => total + weight * Number(value[index]), 0);
  return ID_CHECK[sum % 11] === value[17] ? 'ok' : 'checkDigit';
}

const CODE_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const CODE_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** A unified social credit code (GB 32100): 18 characters of its alphabet and the check character. */
export function checkCreditCode(raw: string): Exclude<IdCheck, 'birthDate'> {
  const value = raw.trim().toUpperCase();
  if (value.length !== 18 || [...value].some((char) => !CODE_CHARS.includes(char))) {
    return 'format';
  }
  const sum = CODE_WEIGHTS.reduce(
    (total, weight, index) => total + weight * CODE_CHARS.indexOf(value[index] ?? ''),
    0,
  );
  const check = (31 - (sum % 31)) % 31;
  return CODE_CHARS[check] === value[17] ? 'ok' : 'checkDigit';
}
