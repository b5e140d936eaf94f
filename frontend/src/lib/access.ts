import { useMe, type Me } from './session';

/** What the caller may do in one township (ant-design-pro style `access`): the UI hides the rest. */
export type Access = {
  canRead: boolean;
  canRegisterOfficers: boolean;
  canEditOfficers: boolean;
  canSuspendOfficers: boolean;
};

const nothing: Access = {
  canRead: false,
  canRegisterOfficers: false,
  canEditOfficers: false,
  canSuspendOfficers: false,
};

export function accessFor(me: Me | undefined, township: string): Access {
  if (!me) return nothing;
  const inTownship = me.townships.includes('*') || me.townships.includes(township);
  if (!inTownship) return nothing;
  const has = (...roles: string[]) => roles.some((role) => me.roles.includes(role));
  return {
    canRead: true,
    canRegisterOfficers: has('staff', 'leader'),
    canEditOfficers: has('staff', 'leader'),
    canSuspendOfficers: has('leader'),
  };
}

export function useAccess(township: string): Access {
  const { data: me } = useMe();
  return accessFor(me, township);
}
