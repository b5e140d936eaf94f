import { Modal } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { ApiError } from '@/lib/api/problem';

import { ProblemAlert } from './problem-alert';
import { StaleRecordAlert } from './stale-record-alert';

type Props = {
  title: ReactNode;
  okText: ReactNode;
  danger?: boolean;
  width?: number;
  /** The mutation's error: a refusal shows under the form, by the button that caused it. */
  error: unknown;
  pending: boolean;
  /** Violations already shown on the form's fields. */
  hideFields?: readonly string[];
  /** 412: reload the record (and reset the mutation) so the action can be tried on the latest version. */
  onReload: () => void;
  reloading?: boolean;
  okDisabled?: boolean;
  onOk: () => void;
  onCancel: () => void;
  children?: ReactNode;
};

/**
 * An action on a record (`POST .../actions/{verb}` with If-Match) in a dialog: its form, then the API's
 * refusal with title, detail, rule and legal basis, or the 412 notice with a reload, next to the OK button.
 */
export function ActionModal(props: Props) {
  const { t } = useTranslation();
  const stale = props.error instanceof ApiError && props.error.isStale;
  return (
    <Modal
      open
      title={props.title}
      width={props.width ?? 560}
      okText={props.okText}
      cancelText={t('actions.cancel')}
      okButtonProps={{ danger: props.danger, disabled: stale || props.okDisabled }}
      confirmLoading={props.pending}
      onOk={props.onOk}
      onCancel={props.onCancel}
      destroyOnHidden
    >
      {props.children}
      {stale ? (
        <StaleRecordAlert onReload={props.onReload} reloading={props.reloading} />
      ) : (
        <ProblemAlert error={props.error} hideFields={props.hideFields} style={{ marginTop: 8 }} />
      )}
    </Modal>
  );
}
