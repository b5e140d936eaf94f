import { Button, Drawer, Flex, Form, Skeleton, type FormInstance } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import type { RecordFormState } from '@/lib/record-form';

import { ProblemAlert } from './problem-alert';
import { StaleRecordAlert } from './stale-record-alert';

type Props<Values> = {
  title: ReactNode;
  size: number;
  onClose: () => void;
  form: FormInstance<Values>;
  /** From useRecordForm: submit, reload, the refusal and the loading states. */
  state: RecordFormState<NoInfer<Values>>;
  /** The antd form's name (ids of its fields). */
  name: string;
  initialValues: NoInfer<Values>;
  /** The label of the primary button; 保存 when absent. */
  saveLabel?: ReactNode;
  /** Shown below the form, e.g. related records of the one being edited. */
  after?: ReactNode;
  children: ReactNode;
};

/**
 * A drawer with a vertical form and, in its footer, the refusal of the last save (or the offer to
 * reload a record changed meanwhile) above the cancel and save buttons.
 */
export function FormDrawer<Values>({
  title,
  size,
  onClose,
  form,
  state,
  name,
  initialValues,
  saveLabel,
  after,
  children,
}: Props<Values>) {
  const { t } = useTranslation();
  return (
    <Drawer
      open
      size={size}
      title={title}
      onClose={onClose}
      destroyOnHidden
      footer={
        <>
          {state.stale ? (
            <StaleRecordAlert onReload={() => void state.reload()} reloading={state.reloading} />
          ) : (
            <ProblemAlert
              error={state.error}
              hideFields={state.fieldErrors}
              style={{ marginBottom: 12 }}
            />
          )}
          <Flex justify="flex-end" gap={8}>
            <Button onClick={onClose}>{t('actions.cancel')}</Button>
            <Button
              type="primary"
              loading={state.saving}
              disabled={state.loading || state.stale}
              onClick={() => form.submit()}
            >
              {saveLabel ?? t('actions.save')}
            </Button>
          </Flex>
        </>
      }
    >
      {state.loadError ? (
        <ProblemAlert error={state.loadError} />
      ) : state.loading ? (
        <Skeleton active />
      ) : (
        <Form<Values>
          form={form}
          layout="vertical"
          name={name}
          initialValues={initialValues as Record<string, unknown>}
          onFinish={(values) => void state.submit(values)}
          scrollToFirstError
        >
          {children}
        </Form>
      )}
      {after}
    </Drawer>
  );
}
