import type { ComponentType } from 'react';

import type { ActionBodies, ContractVerb, ContractView } from '../../types';

import type { ActionValues } from './values';

/** The form's subject: the contract, and for a milestone's or an amendment's action its number. */
export type VerbFieldsProps = { township: string; record: ContractView; number?: number };

/** One action's form: its fields, its first values and the body it sends. */
export type VerbForm<V extends ContractVerb> = {
  /** The hints and fields inside the dialog's form. */
  Fields: ComponentType<VerbFieldsProps>;
  initialValues: (record: ContractView, number?: number) => ActionValues;
  toBody: (values: ActionValues) => ActionBodies[V];
  width?: number;
  danger?: boolean;
};
