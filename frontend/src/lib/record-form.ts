import type { FormInstance } from 'antd';
import { useState } from 'react';

import { useIdempotencyKey } from './api/idempotency';
import { ApiError } from './api/problem';
import { showViolations } from './form-errors';

/** The record being edited as its detail query gives it: the resource with its ETag. */
type RecordQuery<R> = {
  data: R | undefined;
  isPending: boolean;
  isFetching: boolean;
  isError: boolean;
  error: unknown;
  refetch: () => Promise<{ data?: R | undefined }>;
};

type Mutation = { error: unknown; isPending: boolean; reset: () => void };

export type RecordFormOptions<Values, Body, R, Saved> = {
  form: FormInstance<Values>;
  /** The id of the record being edited; a new record when absent. */
  editing: string | undefined;
  record: RecordQuery<R>;
  /** The mutation whose refusal shows by the save button (412 offers to reload). */
  mutation: Mutation;
  toRequest: (values: Values) => Body;
  toValues: (record: R) => Values;
  /** The fields the API's violations are placed on; the rest show in the ProblemAlert. */
  formFields: readonly string[];
  /** Places the violations when showViolations on formFields is not enough; answers the fields placed. */
  placeViolations?: (error: ApiError) => string[];
  /** POST with an Idempotency-Key (SYS-03), the same key while the body is the same. */
  create: (request: { body: Body; idempotencyKey: string }) => Promise<Saved>;
  /** PUT with If-Match (SYS-02) the ETag the record was read with. */
  update: (request: { id: string; etag: string; body: Body }) => Promise<Saved>;
  onSaved: (saved: Saved, how: 'created' | 'updated') => void;
};

export type RecordFormState<Values> = {
  submit: (values: Values) => Promise<void>;
  reload: () => Promise<void>;
  /** The form values of the record being edited, once it has loaded. */
  recordValues: Values | undefined;
  /** The refusal of the last save. */
  error: unknown;
  /** Violations placed on form fields, left out of the ProblemAlert. */
  fieldErrors: readonly string[];
  /** The record changed since it was read (412). */
  stale: boolean;
  saving: boolean;
  reloading: boolean;
  /** The record being edited is still loading. */
  loading: boolean;
  /** The record being edited could not be loaded. */
  loadError: unknown;
};

/**
 * Create (POST with Idempotency-Key) or edit (PUT with If-Match) a versioned record in a form:
 * violations of a 422 go onto the fields, a 412 offers the latest version.
 */
export function useRecordForm<Values, Body, R extends { etag: string }, Saved>({
  form,
  editing,
  record,
  mutation,
  toRequest,
  toValues,
  formFields,
  placeViolations,
  create,
  update,
  onSaved,
}: RecordFormOptions<Values, Body, R, Saved>): RecordFormState<Values> {
  const idempotency = useIdempotencyKey();
  const [fieldErrors, setFieldErrors] = useState<string[]>([]);

  const submit = async (values: Values) => {
    const body = toRequest(values);
    setFieldErrors([]);
    try {
      if (editing) {
        if (!record.data) return;
        const saved = await update({ id: editing, etag: record.data.etag, body });
        onSaved(saved, 'updated');
      } else {
        const saved = await create({ body, idempotencyKey: idempotency.keyFor(body) });
        idempotency.reset();
        onSaved(saved, 'created');
      }
    } catch (caught) {
      if (caught instanceof ApiError) {
        setFieldErrors(
          placeViolations
            ? placeViolations(caught)
            : showViolations(form, caught.problem.violations, formFields),
        );
      }
    }
  };

  const reload = async () => {
    const fresh = await record.refetch();
    if (fresh.data) {
      form.resetFields();
      form.setFieldsValue(toValues(fresh.data) as Parameters<typeof form.setFieldsValue>[0]);
    }
    mutation.reset();
  };

  return {
    submit,
    reload,
    recordValues: record.data ? toValues(record.data) : undefined,
    error: mutation.error,
    fieldErrors,
    stale: mutation.error instanceof ApiError && mutation.error.isStale,
    saving: mutation.isPending,
    reloading: record.isFetching,
    loading: Boolean(editing) && record.isPending,
    loadError: record.isError ? record.error : null,
  };
}
