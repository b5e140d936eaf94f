import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';

import { certificateState } from './certificate';

const today = dayjs('2025-06-30');
const cert = (issuedOn: string, expiresOn: string) => ({ number: 'X', issuedOn, expiresOn });

describe('certificateState', () => {
  it('is expired the day after its expiry date', () => {
    expect(certificateState(cert('2020-01-01', '2025-06-29'), today)).toEqual({ kind: 'expired' });
  });

  it('is expiring within 30 days, the expiry day included', () => {
    expect(certificateState(cert('2020-01-01', '2025-06-30'), today)).toEqual({
      kind: 'expiring',
      daysLeft: 0,
    });
    expect(certificateState(cert('2020-01-01', '2025-07-30'), today)).toEqual({
      kind: 'expiring',
      daysLeft: 30,
    });
  });

  it('is valid further out', () => {
    expect(certificateState(cert('2020-01-01', '2025-07-31'), today)).toEqual({
      kind: 'valid',
      daysLeft: 31,
    });
  });

  it('knows an officer without certificate', () => {
    expect(certificateState(null, today)).toEqual({ kind: 'none' });
  });
});
