import { describe, expect, it } from 'vitest';

import { accessFor } from './access';

const me = (roles: string[], townships: string[]) => ({
  username: 'u',
  name: null,
  roles,
  townships,
});

describe('accessFor', () => {
  it('lets staff register and edit officers but not suspend them', () => {
    const access = accessFor(me(['staff'], ['jinhe']), 'jinhe');
    expect(access).toMatchObject({
      canRead: true,
      canEditOfficers: true,
      canSuspendOfficers: false,
    });
  });

  it('lets a leader suspend', () => {
    expect(accessFor(me(['leader'], ['jinhe']), 'jinhe').canSuspendOfficers).toBe(true);
  });

  it('gives an auditor read access only', () => {
    const access = accessFor(me(['auditor'], ['*']), 'gaocun');
    expect(access).toMatchObject({
      canRead: true,
      canRegisterOfficers: false,
      canEditOfficers: false,
    });
  });

  it('gives nothing in a township the caller does not belong to', () => {
    expect(accessFor(me(['leader'], ['jinhe']), 'gaocun').canRead).toBe(false);
  });
});

describe('accessFor in the legality review areas', () => {
  it('lets a legal reviewer give opinions and assign, but not submit or keep registers', () => {
    expect(accessFor(me(['legal-reviewer'], ['jinhe']), 'jinhe')).toMatchObject({
      username: 'u',
      canReviewLegality: true,
      canAssignReviews: true,
      canSubmitReviews: false,
      canKeepRegisters: false,
      canDecide: false,
    });
  });

  it('lets staff keep the registers and submit, and leaves issuing to a leader', () => {
    expect(accessFor(me(['staff'], ['jinhe']), 'jinhe')).toMatchObject({
      canKeepRegisters: true,
      canSubmitReviews: true,
      canDecide: false,
      canReviewLegality: false,
    });
    expect(accessFor(me(['leader'], ['jinhe']), 'jinhe')).toMatchObject({
      canDecide: true,
      canAssignReviews: true,
    });
  });

  it('lets only an administrator keep the holiday calendar', () => {
    expect(accessFor(me(['admin'], ['*']), 'jinhe').canEditCalendar).toBe(true);
    expect(accessFor(me(['leader'], ['jinhe']), 'jinhe').canEditCalendar).toBe(false);
  });
});
