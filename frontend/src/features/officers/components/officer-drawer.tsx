import { App, Form } from 'antd';
import { useTranslation } from 'react-i18next';

import { FormDrawer } from '@/components/form-drawer';
import { useRecordForm } from '@/lib/record-form';

import { useOfficer } from '../api/get-officer';
import { useRegisterOfficer, useUpdateOfficer } from '../api/save-officer';

import { OfficerExams } from './officer-exams';
import { OfficerFormFields } from './officer-form-fields';
import {
  emptyOfficerForm,
  officerFormFields,
  toFormValues,
  toRequest,
  type OfficerFormValues,
} from './officer-form';

export type DrawerTarget = { mode: 'create' } | { mode: 'edit'; id: string };

type Props = {
  township: string;
  target: DrawerTarget;
  onClose: () => void;
};

/** Register (POST) or edit (PUT with If-Match) an officer. */
export function OfficerDrawer({ township, target, onClose }: Props) {
  const { t } = useTranslation('officers');
  const { message } = App.useApp();
  const [form] = Form.useForm<OfficerFormValues>();
  const editing = target.mode === 'edit' ? target.id : undefined;
  const record = useOfficer(township, editing);
  const register = useRegisterOfficer(township);
  const update = useUpdateOfficer(township);
  const state = useRecordForm({
    form,
    editing,
    record,
    mutation: editing ? update : register,
    toRequest,
    toValues: (data) => toFormValues(data.officer),
    formFields: officerFormFields,
    create: (request) => register.mutateAsync(request),
    update: (request) => update.mutateAsync(request),
    onSaved: ({ officer }, how) => {
      void message.success(t(`form.${how}`, { name: officer.name }));
      onClose();
    },
  });

  return (
    <FormDrawer
      size={560}
      title={editing ? t('form.editTitle') : t('form.registerTitle')}
      onClose={onClose}
      form={form}
      state={state}
      name="officer"
      initialValues={state.recordValues ?? emptyOfficerForm}
      after={editing && <OfficerExams township={township} officerId={editing} />}
    >
      <OfficerFormFields />
    </FormDrawer>
  );
}
