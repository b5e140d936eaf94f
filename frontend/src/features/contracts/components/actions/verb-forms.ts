import type { ContractVerb } from '../../types';

import { addMilestoneForm } from './add-milestone-form';
import { approveAmendmentForm, approveForm } from './approve-form';
import { archiveForm } from './archive-form';
import { completeForm } from './complete-form';
import { completeMilestoneForm } from './complete-milestone-form';
import { proposeAmendmentForm } from './propose-amendment-form';
import { recordPaymentForm } from './record-payment-form';
import { signAmendmentForm, signForm } from './sign-form';
import { submitAmendmentForm, submitForReviewForm } from './submit-for-review-form';
import { terminateForm } from './terminate-form';
import type { VerbForm } from './verb-form';
import { waiveMilestoneForm } from './waive-milestone-form';

/** The form of each action on a contract; the dialog reads it and knows no verb itself. */
export const verbForms: { [V in ContractVerb]: VerbForm<V> } = {
  'submit-for-review': submitForReviewForm,
  approve: approveForm,
  sign: signForm,
  complete: completeForm,
  terminate: terminateForm,
  archive: archiveForm,
  'add-milestone': addMilestoneForm,
  'record-payment': recordPaymentForm,
  'propose-amendment': proposeAmendmentForm,
  'complete-milestone': completeMilestoneForm,
  'waive-milestone': waiveMilestoneForm,
  'submit-amendment': submitAmendmentForm,
  'approve-amendment': approveAmendmentForm,
  'sign-amendment': signAmendmentForm,
};
