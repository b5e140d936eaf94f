import type { CaseVerb } from '../../types';

import { approveExtensionForm } from './approve-extension-form';
import { closeForm } from './close-form';
import { decideForm } from './decide-form';
import { deliverForm } from './deliver-form';
import { executeForm } from './execute-form';
import { holdHearingForm } from './hold-hearing-form';
import { investigateForm } from './investigate-form';
import { notifyForm } from './notify-form';
import { publishForm } from './publish-form';
import { recordProcessForm } from './record-process-form';
import { requestHearingForm } from './request-hearing-form';
import { requestLegalReviewForm } from './request-legal-review-form';
import { revokeForm } from './revoke-form';
import { waiveHearingForm } from './waive-hearing-form';
import type { VerbForm } from './verb-form';

/** The form of each action on a case; the dialog reads it and knows no verb itself. */
export const verbForms: { [V in CaseVerb]: VerbForm<V> } = {
  investigate: investigateForm,
  notify: notifyForm,
  'waive-hearing': waiveHearingForm,
  'request-hearing': requestHearingForm,
  'hold-hearing': holdHearingForm,
  'request-legal-review': requestLegalReviewForm,
  'approve-extension': approveExtensionForm,
  decide: decideForm,
  deliver: deliverForm,
  execute: executeForm,
  'record-process': recordProcessForm,
  close: closeForm,
  publish: publishForm,
  revoke: revokeForm,
};
