import { useMe, type Me } from './session';

/** What the caller may do in one township (ant-design-pro style `access`): the UI hides the rest. */
export type Access = {
  /** The caller's username, to tell their own records (submissions, assigned reviews) from others'. */
  username: string | null;
  canRead: boolean;
  canRegisterOfficers: boolean;
  canEditOfficers: boolean;
  canSuspendOfficers: boolean;
  /** Hand a subject in for legality review, resubmit a rejected one (staff, officer, leader). */
  canSubmitReviews: boolean;
  /** Assign a review round to a legal reviewer (leader, legal reviewers among themselves). */
  canAssignReviews: boolean;
  /** Give an opinion: a legal reviewer, on the rounds assigned to them (LR-04 checks the rest). */
  canReviewLegality: boolean;
  /** Keep the governance registers: draft documents, record decision steps, advisers (staff, leader). */
  canKeepRegisters: boolean;
  /** Issue and repeal documents, close a clean-up, adopt a decision: the leadership. */
  canDecide: boolean;
  /** Keep the county's holiday calendar (admin). */
  canEditCalendar: boolean;
  /** Change a township's settings (admin); every township role reads them. */
  canEditSettings: boolean;
  /** Upload files to records (staff, officer, legal reviewers, leader); removal is per file (`removable`). */
  canUploadFiles: boolean;
  /** Plan, notify and record enterprise inspections (officer, leader); approving one is canDecide. */
  canInspect: boolean;
  /** File enforcement cases; the actions on one come from its `allowedActions` (officer, leader). */
  canActOnCases: boolean;
};

const nothing: Access = {
  username: null,
  canRead: false,
  canRegisterOfficers: false,
  canEditOfficers: false,
  canSuspendOfficers: false,
  canSubmitReviews: false,
  canAssignReviews: false,
  canReviewLegality: false,
  canKeepRegisters: false,
  canDecide: false,
  canEditCalendar: false,
  canEditSettings: false,
  canUploadFiles: false,
  canInspect: false,
  canActOnCases: false,
};

export function accessFor(me: Me | undefined, township: string): Access {
  if (!me) return nothing;
  const has = (...roles: string[]) => roles.some((role) => me.roles.includes(role));
  const inTownship = me.townships.includes('*') || me.townships.includes(township);
  // the calendar is county-wide: an administrator keeps it from any township's pages
  if (!inTownship) return { ...nothing, username: me.username, canEditCalendar: has('admin') };
  return {
    username: me.username,
    canRead: true,
    canRegisterOfficers: has('staff', 'leader'),
    canEditOfficers: has('staff', 'leader'),
    canSuspendOfficers: has('leader'),
    canSubmitReviews: has('staff', 'officer', 'leader'),
    canAssignReviews: has('leader', 'legal-reviewer'),
    canReviewLegality: has('legal-reviewer'),
    canKeepRegisters: has('staff', 'leader'),
    canDecide: has('leader'),
    canEditCalendar: has('admin'),
    canEditSettings: has('admin'),
    canUploadFiles: has('staff', 'officer', 'legal-reviewer', 'leader'),
    canInspect: has('officer', 'leader'),
    canActOnCases: has('officer', 'leader'),
  };
}

export function useAccess(township: string): Access {
  const { data: me } = useMe();
  return accessFor(me, township);
}
