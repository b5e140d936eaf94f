import dayjs from 'dayjs';

/** ENF-11: the late surcharge is 3% of the fine a day after the due day. */
export const SURCHARGE_PER_DAY_PERCENT = 3;

/** ENF-06's hearing thresholds as configured by default; the API decides with its own settings. */
export const HEARING_THRESHOLD = { INDIVIDUAL: 10000, ORGANISATION: 100000 } as const;

const toCents = (amount: string | number): number => Math.round(Number(amount) * 100);
const fromCents = (cents: number): string => (cents / 100).toFixed(2);

/**
 * What a fine comes to when paid on `paidOn` (ENF-11): days late after `dueOn`, the surcharge (3% of
 * the fine a day, HALF_UP to the cent, never more than the fine) and the total; amounts as the API
 * writes them ("515.00"). The API computes the same and decides.
 */
export function amountDueOn(
  fine: string,
  dueOn: string,
  paidOn: string,
): { daysLate: number; surcharge: string; total: string } {
  const fineCents = toCents(fine);
  const daysLate = Math.max(
    0,
    dayjs(paidOn).startOf('day').diff(dayjs(dueOn).startOf('day'), 'day'),
  );
  const raw = Math.floor((fineCents * SURCHARGE_PER_DAY_PERCENT * daysLate + 50) / 100);
  const surchargeCents = Math.min(raw, fineCents);
  return {
    daysLate,
    surcharge: fromCents(surchargeCents),
    total: fromCents(fineCents + surchargeCents),
  };
}
