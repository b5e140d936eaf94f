import dayjs, { type Dayjs } from 'dayjs';

import type { Officer } from './types';

/** Certificates expiring within this many days are highlighted. */
export const EXPIRY_WARNING_DAYS = 30;

export type CertificateState =
  | { kind: 'none' }
  | { kind: 'notYetValid' }
  | { kind: 'expired' }
  | { kind: 'expiring'; daysLeft: number }
  | { kind: 'valid'; daysLeft: number };

/** Where an officer's certificate stands on a day (the reader's today by default). */
export function certificateState(
  certificate: Officer['certificate'],
  today: Dayjs = dayjs(),
): CertificateState {
  if (!certificate) return { kind: 'none' };
  const day = today.startOf('day');
  const expires = dayjs(certificate.expiresOn).startOf('day');
  const issued = dayjs(certificate.issuedOn).startOf('day');
  if (expires.isBefore(day)) return { kind: 'expired' };
  if (issued.isAfter(day)) return { kind: 'notYetValid' };
  const daysLeft = expires.diff(day, 'day');
  return daysLeft <= EXPIRY_WARNING_DAYS
    ? { kind: 'expiring', daysLeft }
    : { kind: 'valid', daysLeft };
}
