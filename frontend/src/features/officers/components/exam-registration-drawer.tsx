import { App, Form, Input, InputNumber, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';

import { DateInput } from '@/components/date-input';
import { FormDrawer } from '@/components/form-drawer';
import { useOfficers } from '@/lib/api/officers';
import { fromIsoDate, toIsoDate } from '@/lib/dates';
import { useRecordForm } from '@/lib/record-form';

import { useExamChange, useExamRegistration } from '../api/exam-registrations';
import {
  departments,
  type Department,
  type ExamRegistration,
  type ExamRegistrationRequest,
} from '../types';

export type ExamDrawerTarget = { mode: 'create' } | { mode: 'edit'; id: string };

type Values = {
  officerId?: string;
  personName?: string;
  department?: Department;
  examYear?: number;
  examDate?: Dayjs;
  registeredOn?: Dayjs;
};

const formFields = [
  'officerId',
  'personName',
  'department',
  'examYear',
  'examDate',
  'registeredOn',
];

function toValues(registration: ExamRegistration): Values {
  return {
    officerId: registration.officerId ?? undefined,
    personName: registration.personName,
    department: registration.department,
    examYear: registration.examYear,
    examDate: fromIsoDate(registration.examDate),
    registeredOn: fromIsoDate(registration.registeredOn),
  };
}

function toRequest(values: Values): ExamRegistrationRequest {
  return {
    personName: (values.personName ?? '').trim(),
    // the form requires them; the server answers 422 if one is still missing
    department: values.department as Department,
    officerId: values.officerId ?? null,
    examYear: values.examYear as number,
    examDate: toIsoDate(values.examDate) ?? '',
    registeredOn: toIsoDate(values.registeredOn) ?? '',
  };
}

/** Register someone for the certificate exam (POST), or edit the registration until its result is in. */
export function ExamRegistrationDrawer({
  township,
  target,
  onClose,
}: {
  township: string;
  target: ExamDrawerTarget;
  onClose: () => void;
}) {
  const { t } = useTranslation('officers');
  const { t: tc } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const editing = target.mode === 'edit' ? target.id : undefined;
  const record = useExamRegistration(township, editing);
  const officers = useOfficers(township, { page: 0, size: 200, sort: 'name,asc' });
  const change = useExamChange(township);
  const state = useRecordForm({
    form,
    editing,
    record,
    mutation: change,
    toRequest,
    toValues: (data) => toValues(data.registration),
    formFields,
    create: (request) => change.mutateAsync({ kind: 'register', ...request }),
    update: (request) => change.mutateAsync({ kind: 'revise', ...request }),
    onSaved: ({ registration }, how) => {
      void message.success(
        how === 'updated'
          ? t('exams.form.updated', { name: registration.personName })
          : t('exams.form.registered', {
              name: registration.personName,
              year: registration.examYear,
            }),
      );
      onClose();
    },
  });

  // choosing an officer of the register fills in the name and department
  const pickOfficer = (id: string | undefined) => {
    const officer = officers.data?.items.find((candidate) => candidate.id === id);
    if (officer) form.setFieldsValue({ personName: officer.name, department: officer.department });
  };

  const year = dayjs().year();

  return (
    <FormDrawer
      size={520}
      title={editing ? t('exams.form.editTitle') : t('exams.form.registerTitle')}
      onClose={onClose}
      form={form}
      state={state}
      name="exam-registration"
      initialValues={state.recordValues ?? { examYear: year, registeredOn: dayjs() }}
    >
      <Form.Item
        name="officerId"
        label={t('exams.form.officer')}
        extra={t('exams.form.officerHelp')}
      >
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={t('exams.form.officerPlaceholder')}
          loading={officers.isPending}
          onChange={pickOfficer}
          options={(officers.data?.items ?? []).map((officer) => ({
            value: officer.id,
            label: officer.certificate
              ? `${officer.name}（${officer.certificate.number}）`
              : officer.name,
          }))}
        />
      </Form.Item>
      <Form.Item
        name="personName"
        label={t('exams.form.personName')}
        rules={[
          { required: true, whitespace: true, message: t('exams.form.personNameRequired') },
          { max: 50, message: tc('form.tooLong', { max: 50 }) },
        ]}
      >
        <Input maxLength={50} autoComplete="off" />
      </Form.Item>
      <Form.Item
        name="department"
        label={t('exams.form.department')}
        rules={[{ required: true, message: t('exams.form.departmentRequired') }]}
      >
        <Select
          options={departments.map((value) => ({ value, label: t(`department.${value}`) }))}
        />
      </Form.Item>
      <Form.Item
        name="examYear"
        label={t('exams.form.examYear')}
        rules={[{ required: true, message: t('exams.form.examYearRequired') }]}
      >
        <InputNumber min={2000} max={2100} precision={0} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item
        name="examDate"
        label={t('exams.form.examDate')}
        rules={[{ required: true, message: t('exams.form.dateRequired') }]}
      >
        <DateInput />
      </Form.Item>
      <Form.Item
        name="registeredOn"
        label={t('exams.form.registeredOn')}
        dependencies={['examDate']}
        rules={[
          { required: true, message: t('exams.form.dateRequired') },
          ({ getFieldValue }) => ({
            validator: async (_, value: Dayjs | undefined) => {
              const exam = getFieldValue('examDate') as Dayjs | undefined;
              if (value && exam && value.isAfter(exam, 'day')) {
                throw new Error(t('exams.form.registeredAfterExam'));
              }
            },
          }),
        ]}
      >
        <DateInput />
      </Form.Item>
    </FormDrawer>
  );
}
