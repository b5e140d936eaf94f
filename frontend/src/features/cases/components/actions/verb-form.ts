import type { FormInstance } from 'antd';
import type { ComponentType } from 'react';

import type { ActionBodies, CaseVerb, EnforcementCaseView } from '../../types';

import type { ActionValues } from './values';

export type VerbFieldsProps = { township: string; record: EnforcementCaseView };

/** One action's form: its fields, its first values and the body it sends (POST .../actions/{verb}). */
export type VerbForm<V extends CaseVerb> = {
  /** The hints and fields inside the dialog's form. */
  Fields: ComponentType<VerbFieldsProps>;
  initialValues: (record: EnforcementCaseView) => ActionValues;
  toBody: (values: ActionValues) => ActionBodies[V];
  width?: number;
  danger?: boolean;
  /** Called as the officer changes a field, to fill in another one. */
  onValuesChange?: (
    changed: ActionValues,
    all: ActionValues,
    form: FormInstance<ActionValues>,
    record: EnforcementCaseView,
  ) => void;
};
