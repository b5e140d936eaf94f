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
