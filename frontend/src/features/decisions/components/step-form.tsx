import { App, Button, Flex, Form } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { ProblemAlert } from '@/components/problem-alert';
import { StaleRecordAlert } from '@/components/stale-record-alert';
import { ApiError } from '@/lib/api/problem';
import { showViolations } from '@/lib/form-errors';

import type { VersionedDecision } from '../api/get-decision';
import { useChangeDecision, type DecisionChange } from '../api/save-decision';

/**
 * The form of one procedure step (PUT .../steps/{step} with If-Match): its fields, a save button, and the
 * API's refusal under it (LR-02 for a collective discussion before the other steps).
 */
export function StepForm<V extends object>({
  township,
  current,
  name,
  initialValues,
  fields,
  toChange,
  savedMessage,
  onReload,
  reloading,
  onSaved,
  onCancel,
  children,
}: {
  township: string;
  current: VersionedDecision;
  name: string;
  initialValues: Partial<V>;
  /** Fields a `violations[].field` can point at. */
  fields: readonly string[];
  /** The change to send, given the record's id and the ETag read. */
  toChange: (values: V, record: { id: string; etag: string }) => DecisionChange;
  savedMessage: string;
  onReload: () => Promise<unknown>;
  reloading: boolean;
  onSaved: () => void;
  onCancel?: () => void;
  children: ReactNode;
}) {
  const { t: tc } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<V>();
  const change = useChangeDecision(township);
  const [fieldErrors, setFieldErrors] = useState<string[]>([]);
  const stale = change.error instanceof ApiError && change.error.isStale;

  const submit = async (values: V) => {
    setFieldErrors([]);
    try {
      await change.mutateAsync(toChange(values, { id: current.decision.id, etag: current.etag }));
      void message.success(savedMessage);
      onSaved();
    } catch (caught) {
      if (caught instanceof ApiError) {
        setFieldErrors(showViolations(form, caught.problem.violations, fields));
      }
    }
  };

  return (
    <Form<V>
      form={form}
      layout="vertical"
      name={name}
      initialValues={initialValues}
      onFinish={(values) => void submit(values)}
      style={{ maxWidth: 720 }}
    >
      {children}
      <Flex gap={8}>
        <Button type="primary" htmlType="submit" loading={change.isPending} disabled={stale}>
          {tc('actions.save')}
        </Button>
        {onCancel && <Button onClick={onCancel}>{tc('actions.cancel')}</Button>}
      </Flex>
      {stale ? (
        <div style={{ marginTop: 16 }}>
          <StaleRecordAlert
            onReload={() => void onReload().then(() => change.reset())}
            reloading={reloading}
          />
        </div>
      ) : (
        <ProblemAlert error={change.error} hideFields={fieldErrors} style={{ marginTop: 16 }} />
      )}
    </Form>
  );
}
