import {
  Alert,
  App,
  AutoComplete,
  Checkbox,
  Flex,
  Form,
  Input,
  InputNumber,
  Select,
  Typography,
} from 'antd';
import type { Rule } from 'antd/es/form';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ActionModal } from '@/components/action-modal';
import { DateInput } from '@/components/date-input';
import { PersonSelect } from '@/components/people/person-select';
import { ApiError } from '@/lib/api/problem';
import { toIsoDate } from '@/lib/dates';
import { showViolations } from '@/lib/form-errors';
import { useFormat } from '@/lib/format';

import type { VersionedCase } from '../api/get-case';
import { useCaseAction, type CaseAction } from '../api/save-case';
import {
  outcomeKinds,
  type CaseVerb,
  type EnforcementCaseView,
  type OutcomeKind,
  type CaseOutcomeRequest,
} from '../types';

import { CaseFileFields } from './case-file-fields';
import { CloseChecklist } from './close-checklist';
import { useOutcomeText } from './case-tags';

type Values = {
  date?: Dayjs;
  summary?: string;
  kind?: OutcomeKind;
  fineAmount?: number | null;
  measure?: string;
  educationGiven?: string;
  reason?: string;
  hearingOffered?: boolean;
  statementAndDefenceNotified?: boolean;
  method?: string;
  reviewer?: string;
  until?: Dayjs;
  partyPresent?: boolean;
  lateReason?: string;
  amountPaid?: number | null;
  recorderFootageRef?: string;
  recorderFootageFile?: string;
  documentFiles?: string[];
  documentsComplete?: boolean;
  certificatesShown?: boolean;
  uniformWorn?: boolean;
};

/** The fields of this form a violation can be shown on. */
const formFields = [
  'date',
  'summary',
  'kind',
  'fineAmount',
  'measure',
  'educationGiven',
  'reason',
  'hearingOffered',
  'statementAndDefenceNotified',
  'method',
  'reviewer',
  'until',
  'partyPresent',
  'lateReason',
  'amountPaid',
  'recorderFootageRef',
  'recorderFootageFile',
  'documentFiles',
  'documentsComplete',
  'certificatesShown',
  'uniformWorn',
];
/** Where a violation of the body shows on this form. */
const formFieldOf: Record<string, string> = {
  startedOn: 'date',
  notifiedOn: 'date',
  waivedOn: 'date',
  requestedOn: 'date',
  heldOn: 'date',
  decidedOn: 'date',
  deliveredOn: 'date',
  executedOn: 'date',
  closedOn: 'date',
  publishedOn: 'date',
  revokedOn: 'date',
  'outcome.kind': 'kind',
  'outcome.fineAmount': 'fineAmount',
  'outcome.measure': 'measure',
  'outcome.educationGiven': 'educationGiven',
  'outcome.reason': 'reason',
  'intendedOutcome.kind': 'kind',
  'intendedOutcome.fineAmount': 'fineAmount',
  'intendedOutcome.measure': 'measure',
};

const dateLabel: Partial<Record<CaseVerb, string>> = {
  investigate: 'action.startedOn',
  notify: 'action.notifiedOn',
  'waive-hearing': 'action.waivedOn',
  'request-hearing': 'action.requestedOn',
  'hold-hearing': 'action.heldOn',
  decide: 'action.decidedOn',
  deliver: 'action.deliveredOn',
  execute: 'action.executedOn',
  close: 'action.closedOn',
  publish: 'action.publishedOn',
  revoke: 'action.revokedOn',
};

const money = (value: number | null | undefined) =>
  value === null || value === undefined ? null : value.toFixed(2);
const blank = (text: string | undefined) => text?.trim() || null;

function outcomeOf(values: Values): CaseOutcomeRequest {
  const kind = values.kind ?? 'WARNING';
  return {
    kind,
    fineAmount: kind === 'FINE' ? money(values.fineAmount) : null,
    measure: kind === 'OTHER' ? blank(values.measure) : null,
    educationGiven: kind === 'NO_PENALTY_FIRST_VIOLATION' ? blank(values.educationGiven) : null,
    reason: kind === 'NO_PENALTY_MINOR' ? blank(values.reason) : null,
  };
}

function toAction(verb: CaseVerb, current: VersionedCase, values: Values): CaseAction {
  const record = { id: current.record.id, etag: current.etag };
  const date = toIsoDate(values.date) ?? '';
  switch (verb) {
    case 'investigate':
      return { ...record, verb, body: { startedOn: date, summary: blank(values.summary) } };
    case 'notify':
      return {
        ...record,
        verb,
        body: {
          notifiedOn: date,
          intendedOutcome: outcomeOf(values),
          hearingOffered: Boolean(values.hearingOffered),
          statementAndDefenceNotified: Boolean(values.statementAndDefenceNotified),
          method: blank(values.method),
        },
      };
    case 'waive-hearing':
      return { ...record, verb, body: { waivedOn: date } };
    case 'request-hearing':
      return { ...record, verb, body: { requestedOn: date } };
    case 'hold-hearing':
      return { ...record, verb, body: { heldOn: date, summary: (values.summary ?? '').trim() } };
    case 'request-legal-review':
      return {
        ...record,
        verb,
        body: { reviewer: blank(values.reviewer), summary: (values.summary ?? '').trim() },
      };
    case 'approve-extension':
      return {
        ...record,
        verb,
        body: { reason: (values.reason ?? '').trim(), until: toIsoDate(values.until) ?? '' },
      };
    case 'decide':
      return {
        ...record,
        verb,
        body: {
          decidedOn: date,
          outcome: outcomeOf(values),
          partyPresent: Boolean(values.partyPresent),
        },
      };
    case 'deliver':
      return {
        ...record,
        verb,
        body: {
          deliveredOn: date,
          method: blank(values.method),
          lateReason: blank(values.lateReason),
        },
      };
    case 'execute':
      return { ...record, verb, body: { executedOn: date, amountPaid: money(values.amountPaid) } };
    case 'record-process':
      return {
        ...record,
        verb,
        body: {
          recorderFootageRef: blank(values.recorderFootageRef),
          recorderFootageFile: values.recorderFootageFile ?? null,
          documentsComplete: Boolean(values.documentsComplete),
          documentFiles: values.documentFiles ?? [],
          certificatesShown: Boolean(values.certificatesShown),
          uniformWorn: Boolean(values.uniformWorn),
        },
      };
    case 'close':
      return { ...record, verb, body: { closedOn: date } };
    case 'publish':
      return { ...record, verb, body: { publishedOn: date } };
    case 'revoke':
      return { ...record, verb, body: { revokedOn: date, reason: (values.reason ?? '').trim() } };
  }
}

function initialValues(verb: CaseVerb, record: EnforcementCaseView): Values {
  const today = dayjs();
  const intended = record.notice?.intendedOutcome;
  const decided = record.decision?.outcome;
  switch (verb) {
    case 'notify':
      return {
        date: today,
        kind: 'FINE',
        hearingOffered: false,
        statementAndDefenceNotified: true,
      };
    case 'decide':
      return {
        date: today,
        kind: intended?.kind ?? 'FINE',
        fineAmount: intended?.fineAmount ? Number(intended.fineAmount) : null,
        measure: intended?.measure ?? undefined,
        partyPresent: true,
      };
    case 'deliver':
      return {
        date:
          record.decision?.partyPresent && record.decision.decidedOn
            ? dayjs(record.decision.decidedOn)
            : today,
      };
    case 'execute': {
      // ENF-11: what the API computed as due today (the fine and its surcharge)
      const due = decided?.kind === 'FINE' ? record.deadlines.amountDueToday : null;
      return { date: today, amountPaid: due ? Number(due) : null };
    }
    case 'record-process':
      return {
        recorderFootageRef: record.processRecord?.recorderFootageRef ?? undefined,
        recorderFootageFile: record.processRecord?.recorderFootageFile ?? undefined,
        documentsComplete: record.processRecord?.documentsComplete ?? false,
        documentFiles: record.processRecord?.documentFiles ?? [],
        certificatesShown: record.processRecord?.certificatesShown ?? false,
        uniformWorn: record.processRecord?.uniformWorn ?? false,
      };
    case 'approve-extension':
      return {
        until: record.deadlines.decisionDueOn
          ? dayjs(record.deadlines.decisionDueOn).add(30, 'day')
          : today.add(30, 'day'),
      };
    default:
      return { date: today };
  }
}

/** One action on a case in a dialog: its form, then the API's refusal with rule and legal basis. */
export function CaseActionModal({
  township,
  current,
  verb,
  onReload,
  reloading,
  onClose,
}: {
  township: string;
  current: VersionedCase;
  verb: CaseVerb;
  onReload: () => Promise<unknown>;
  reloading: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation('cases');
  const { t: tc } = useTranslation();
  const { message } = App.useApp();
  const format = useFormat();
  const outcomeText = useOutcomeText();
  const [form] = Form.useForm<Values>();
  const action = useCaseAction(township);
  const [fieldErrors, setFieldErrors] = useState<string[]>([]);
  const { record } = current;
  const kind = Form.useWatch('kind', form);
  const fineAmount = Form.useWatch('fineAmount', form);
  const date = Form.useWatch('date', form);
  const partyPresent = Form.useWatch('partyPresent', form);

  const required = { required: true, message: tc('form.required') };
  const text = (max: number, mandatory = true): Rule[] => [
    ...(mandatory ? [{ required: true, whitespace: true, message: tc('form.required') }] : []),
    { max, message: tc('form.tooLong', { max }) },
  ];

  const submit = async (values: Values) => {
    setFieldErrors([]);
    try {
      await action.mutateAsync(toAction(verb, current, values));
      void message.success(t(`done.${verb}`));
      onClose();
    } catch (caught) {
      if (caught instanceof ApiError) {
        // the body's field names (outcome.fineAmount, decidedOn) to this form's (fineAmount, date)
        const bare = (field: string) => field.replace(/^(body|request)\./, '');
        const onForm = (field: string) => formFieldOf[bare(field)] ?? bare(field);
        const violations = caught.problem.violations ?? [];
        const placed = showViolations(
          form,
          violations.map((violation) =>
            violation.field ? { ...violation, field: onForm(violation.field) } : violation,
          ),
          formFields,
        );
        setFieldErrors(
          violations
            .map((violation) => violation.field ?? '')
            .filter((field) => field && placed.includes(onForm(field))),
        );
      }
    }
  };

  const outcomeFields = (intended: boolean) => {
    const threshold = Number(record.hearingThreshold);
    const reachesThreshold = kind === 'FINE' && (fineAmount ?? 0) >= threshold;
    return (
      <>
        <Form.Item
          name="kind"
          label={intended ? t('action.intendedOutcome') : t('action.outcome')}
          rules={[required]}
        >
          <Select
            aria-label={intended ? t('action.intendedOutcome') : t('action.outcome')}
            options={outcomeKinds.map((value) => ({ value, label: t(`outcome.${value}`) }))}
          />
        </Form.Item>
        {kind === 'FINE' && (
          <Form.Item
            name="fineAmount"
            label={t('action.fineAmount')}
            rules={[
              required,
              {
                validator: async (_, value?: number | null) => {
                  if (value !== null && value !== undefined && !(value > 0)) {
                    throw new Error(t('action.amountInvalid'));
                  }
                },
              },
            ]}
          >
            <InputNumber<number>
              min={0}
              precision={2}
              step={100}
              prefix="¥"
              style={{ width: '100%' }}
            />
          </Form.Item>
        )}
        {kind === 'OTHER' && (
          <Form.Item name="measure" label={t('action.measure')} rules={text(200)}>
            <Input maxLength={200} placeholder={t('action.measurePlaceholder')} />
          </Form.Item>
        )}
        {kind === 'NO_PENALTY_FIRST_VIOLATION' && !intended && (
          <>
            <EarlierViolations record={record} />
            <Form.Item name="educationGiven" label={t('action.educationGiven')} rules={text(500)}>
              <Input.TextArea
                rows={3}
                maxLength={500}
                placeholder={t('action.educationPlaceholder')}
              />
            </Form.Item>
          </>
        )}
        {kind === 'NO_PENALTY_FIRST_VIOLATION' && intended && <EarlierViolations record={record} />}
        {kind === 'NO_PENALTY_MINOR' && !intended && (
          <Form.Item name="reason" label={t('action.reason')} rules={text(500)}>
            <Input.TextArea rows={2} maxLength={500} />
          </Form.Item>
        )}
        {intended && reachesThreshold && (
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 16 }}
            title={t('action.hearingSuggested', {
              threshold: format.money(record.hearingThreshold),
            })}
          />
        )}
      </>
    );
  };

  const methodField = (
    <Form.Item name="method" label={t('action.method')} rules={text(100, false)}>
      <AutoComplete
        options={(['onSpot', 'direct', 'post', 'electronic', 'leftAtAddress'] as const).map(
          (key) => ({ value: t(`action.methodOptions.${key}`) }),
        )}
        maxLength={100}
      />
    </Form.Item>
  );

  const deliveryDueOn = record.deadlines.deliveryDueOn;
  const late =
    verb === 'deliver' && deliveryDueOn && date ? date.isAfter(dayjs(deliveryDueOn), 'day') : false;
  const fine = record.decision?.outcome.kind === 'FINE' ? record.decision.outcome.fineAmount : null;
  const { paymentDueOn, paymentOverdue, asOf, surchargeToday, amountDueToday } = record.deadlines;

  const labelKey = dateLabel[verb];
  return (
    <ActionModal
      title={t(`actionTitle.${verb}`)}
      okText={t(`verb.${verb}`)}
      danger={verb === 'revoke'}
      width={verb === 'notify' || verb === 'decide' ? 640 : 560}
      error={action.error}
      pending={action.isPending}
      hideFields={fieldErrors}
      onReload={() => void onReload().then(() => action.reset())}
      reloading={reloading}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <Typography.Paragraph type="secondary">
        {record.caseNumber} · {record.party.name}
      </Typography.Paragraph>
      <Form<Values>
        form={form}
        layout="vertical"
        name={`case-${verb}`}
        initialValues={initialValues(verb, record)}
        onValuesChange={(changed: Values, all: Values) => {
          // a fine at the threshold must offer a hearing (ENF-06): tick it for the officer
          if (verb === 'notify' && ('fineAmount' in changed || 'kind' in changed)) {
            // the township's threshold for this party, as the API read it (ENF-06 decides there)
            if (all.kind === 'FINE' && (all.fineAmount ?? 0) >= Number(record.hearingThreshold)) {
              form.setFieldValue('hearingOffered', true);
            }
          }
        }}
        onFinish={(values) => void submit(values)}
      >
        {verb === 'approve-extension' && record.deadlines.decisionDueOn && (
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 16 }}
            title={t('action.extensionHint', {
              date: format.date(record.deadlines.decisionDueOn),
            })}
          />
        )}
        {verb === 'publish' && (
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 16 }}
            title={t('action.publishHint')}
          />
        )}
        {verb === 'revoke' && (
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 16 }}
            title={t('action.revokeHint')}
          />
        )}
        {(verb === 'waive-hearing' || verb === 'request-hearing') &&
          record.deadlines.hearingWindowEndsOn && (
            <Alert
              type="info"
              showIcon
              style={{ marginBottom: 16 }}
              title={t('action.hearingWindow', {
                date: format.date(record.deadlines.hearingWindowEndsOn),
              })}
            />
          )}
        {labelKey && (
          <Form.Item
            name="date"
            label={t(labelKey as 'action.startedOn')}
            rules={[required]}
            style={{ maxWidth: 260 }}
          >
            <DateInput
              allowClear={false}
              disabledDate={(candidate) => candidate.isAfter(dayjs(), 'day')}
            />
          </Form.Item>
        )}

        {verb === 'investigate' && (
          <Form.Item name="summary" label={t('action.summary')} rules={text(2000, false)}>
            <Input.TextArea rows={3} maxLength={2000} />
          </Form.Item>
        )}

        {verb === 'notify' && (
          <>
            {outcomeFields(true)}
            <Form.Item name="hearingOffered" valuePropName="checked" style={{ marginBottom: 8 }}>
              <Checkbox>{t('action.hearingOffered')}</Checkbox>
            </Form.Item>
            <Form.Item
              name="statementAndDefenceNotified"
              valuePropName="checked"
              rules={[
                {
                  validator: async (_, value?: boolean) => {
                    if (!value) throw new Error(t('action.statementRequired'));
                  },
                },
              ]}
            >
              <Checkbox>{t('action.statementAndDefence')}</Checkbox>
            </Form.Item>
            {methodField}
          </>
        )}

        {verb === 'hold-hearing' && (
          <Form.Item name="summary" label={t('action.hearingSummary')} rules={text(2000)}>
            <Input.TextArea rows={4} maxLength={2000} />
          </Form.Item>
        )}

        {verb === 'request-legal-review' && (
          <>
            <Form.Item
              name="reviewer"
              label={t('action.reviewer')}
              extra={t('action.reviewerHelp')}
              rules={text(100, false)}
            >
              <PersonSelect township={township} role="legal-reviewer" allowClear />
            </Form.Item>
            <Form.Item name="summary" label={t('action.reviewSummary')} rules={text(200)}>
              <Input.TextArea rows={3} maxLength={200} />
            </Form.Item>
          </>
        )}

        {verb === 'approve-extension' && (
          <>
            <Form.Item
              name="until"
              label={t('action.until')}
              rules={[required]}
              style={{ maxWidth: 260 }}
            >
              <DateInput allowClear={false} />
            </Form.Item>
            <Form.Item name="reason" label={t('action.reason_extension')} rules={text(500)}>
              <Input.TextArea rows={3} maxLength={500} />
            </Form.Item>
          </>
        )}

        {verb === 'decide' && (
          <>
            {outcomeFields(false)}
            <Form.Item
              name="partyPresent"
              valuePropName="checked"
              extra={partyPresent ? undefined : t('action.partyAbsentHint')}
            >
              <Checkbox>{t('action.partyPresent')}</Checkbox>
            </Form.Item>
          </>
        )}

        {verb === 'deliver' && (
          <>
            {methodField}
            {(late || record.delivery?.lateReason) && deliveryDueOn && (
              <Form.Item
                name="lateReason"
                label={t('action.lateReason')}
                extra={t('action.lateHint', { date: format.date(deliveryDueOn) })}
                rules={text(500)}
              >
                <Input.TextArea rows={2} maxLength={500} />
              </Form.Item>
            )}
          </>
        )}

        {verb === 'execute' && fine && (
          <>
            {amountDueToday && paymentDueOn && (
              <Alert
                type={paymentOverdue ? 'warning' : 'info'}
                showIcon
                style={{ marginBottom: 16 }}
                title={t('action.amountDue', {
                  date: format.date(asOf),
                  fine: format.money(fine),
                  surcharge: format.money(surchargeToday ?? '0.00'),
                  total: format.money(amountDueToday),
                })}
                description={
                  paymentOverdue
                    ? t('action.late', { date: format.date(paymentDueOn) })
                    : t('action.notLate', { date: format.date(paymentDueOn) })
                }
              />
            )}
            <Form.Item name="amountPaid" label={t('action.amountPaid')} rules={[required]}>
              <InputNumber<number> min={0} precision={2} prefix="¥" style={{ width: '100%' }} />
            </Form.Item>
          </>
        )}

        {verb === 'record-process' && (
          <>
            <Form.Item
              name="recorderFootageRef"
              label={t('action.recorderFootageRef')}
              rules={text(200, false)}
            >
              <Input maxLength={200} autoComplete="off" />
            </Form.Item>
            <CaseFileFields township={township} caseId={record.id} />
            <Flex vertical gap={0}>
              {(['documentsComplete', 'certificatesShown', 'uniformWorn'] as const).map((name) => (
                <Form.Item
                  key={name}
                  name={name}
                  valuePropName="checked"
                  style={{ marginBottom: 8 }}
                >
                  <Checkbox>{t(`action.${name}`)}</Checkbox>
                </Form.Item>
              ))}
            </Flex>
          </>
        )}

        {verb === 'close' && (
          <>
            <Typography.Paragraph>{t('action.closeChecklist')}</Typography.Paragraph>
            <CloseChecklist record={record} strict />
          </>
        )}

        {verb === 'revoke' && (
          <Form.Item name="reason" label={t('action.revokeReason')} rules={text(500)}>
            <Input.TextArea rows={3} maxLength={500} />
          </Form.Item>
        )}
      </Form>
      {verb === 'publish' && record.decision && (
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
          {record.decision.number} · {outcomeText(record.decision.outcome)}
        </Typography.Paragraph>
      )}
    </ActionModal>
  );
}

/** ENF-08: the party's earlier violations in the township, shown when 首违不罚 is chosen. */
function EarlierViolations({ record }: { record: EnforcementCaseView }) {
  const { t } = useTranslation('cases');
  const format = useFormat();
  if (record.earlierViolations.length === 0) {
    return (
      <Alert
        type="success"
        showIcon
        style={{ marginBottom: 16 }}
        title={t('action.firstViolationClear')}
      />
    );
  }
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 16 }}
      title={t('action.firstViolationBlocked')}
      description={
        <ul style={{ margin: 0, paddingInlineStart: 20 }}>
          {record.earlierViolations.map((earlier) => (
            <li key={earlier.caseId}>
              {t('action.earlierValue', {
                number: earlier.caseNumber,
                date: format.date(earlier.violationDate),
                outcome: t(`outcome.${earlier.outcome}`),
              })}
            </li>
          ))}
        </ul>
      }
    />
  );
}
