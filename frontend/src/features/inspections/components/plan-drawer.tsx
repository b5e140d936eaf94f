import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Form, Input, InputNumber, Radio, Select } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';

import { FormDrawer } from '@/components/form-drawer';
import type { ApiError } from '@/lib/api/problem';
import { showViolations } from '@/lib/form-errors';
import { useRecordForm } from '@/lib/record-form';

import { usePublishedItems } from '../api/items';
import { useInspectionPlan, usePlanChange } from '../api/plans';
import type { InspectionPlan, InspectionPlanRequest } from '../types';

export type PlanDrawerTarget = { mode: 'create' } | { mode: 'edit'; id: string };

type ItemValues = {
  itemId?: string;
  scheduleBy: 'months' | 'quarter';
  months?: number[];
  quarter?: number;
};
type Values = {
  year?: number;
  title?: string;
  enterpriseKinds?: string[];
  enterpriseCount?: number;
  items?: ItemValues[];
};

const formFields = ['year', 'title', 'targets.enterpriseKinds', 'targets.enterpriseCount', 'items'];
const plannedItemField = /^(?:.*\.)?items\[(\d+)\]\.(itemId|months|quarter)$/;

function toValues(plan: InspectionPlan): Values {
  return {
    year: plan.year,
    title: plan.title,
    enterpriseKinds: plan.targets.enterpriseKinds,
    enterpriseCount: plan.targets.enterpriseCount ?? undefined,
    items: plan.items.map((item) => ({
      itemId: item.itemId,
      scheduleBy: item.quarter ? 'quarter' : 'months',
      months: item.months,
      quarter: item.quarter ?? undefined,
    })),
  };
}

function toRequest(values: Values): InspectionPlanRequest {
  return {
    year: values.year as number,
    title: (values.title ?? '').trim(),
    targets: {
      enterpriseKinds: (values.enterpriseKinds ?? []).map((kind) => kind.trim()).filter(Boolean),
      enterpriseCount: values.enterpriseCount ?? null,
    },
    items: (values.items ?? []).map((item) => ({
      itemId: item.itemId ?? '',
      months: item.scheduleBy === 'months' ? (item.months ?? []) : [],
      quarter: item.scheduleBy === 'quarter' ? (item.quarter ?? null) : null,
    })),
  };
}

const monthOptions = Array.from({ length: 12 }, (_, index) => index + 1);

/** Draft (or edit, while a draft) the yearly plan: targets and the published items with their schedule. */
export function PlanDrawer({
  township,
  target,
  onClose,
  onCreated,
}: {
  township: string;
  target: PlanDrawerTarget;
  onClose: () => void;
  onCreated?: (id: string) => void;
}) {
  const { t } = useTranslation('inspections');
  const { t: tc } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const editing = target.mode === 'edit' ? target.id : undefined;
  const record = useInspectionPlan(township, editing);
  const published = usePublishedItems(township);
  const change = usePlanChange(township);
  const required = { required: true, message: t('plans.form.required') };

  const placeViolations = (caught: ApiError) => {
    const violations = caught.problem.violations ?? [];
    const placed = showViolations(form, violations, formFields);
    const byItem = violations.flatMap(({ field, message: text }) => {
      const match = field ? plannedItemField.exec(field) : null;
      if (!match || !field) return [];
      // items[1].months → the field ['items', 1, 'months'] of the Form.List
      const name = ['items', Number(match[1]), match[2]] as ['items', number, 'itemId'];
      return [{ field, name, text }];
    });
    form.setFields(byItem.map(({ name, text }) => ({ name, errors: [text ?? ''] })));
    return [...placed, ...byItem.map(({ field }) => field)];
  };

  const state = useRecordForm({
    form,
    editing,
    record,
    mutation: change,
    toRequest,
    toValues: (data) => toValues(data.plan),
    formFields,
    placeViolations,
    create: (request) => change.mutateAsync({ kind: 'create', ...request }),
    update: (request) => change.mutateAsync({ kind: 'update', ...request }),
    onSaved: ({ plan }, how) => {
      void message.success(t(`plans.form.${how}`, { title: plan.title }));
      onClose();
      if (how === 'created') onCreated?.(plan.id);
    },
  });

  const year = dayjs().year() + (dayjs().month() >= 9 ? 1 : 0);
  const itemOptions = (published.data?.items ?? []).map((item) => ({
    value: item.id,
    label: `${item.code} ${item.name}`,
  }));

  return (
    <FormDrawer
      size={720}
      title={editing ? t('plans.form.editTitle') : t('plans.form.createTitle')}
      onClose={onClose}
      form={form}
      state={state}
      name="inspection-plan"
      initialValues={
        state.recordValues ?? {
          year,
          title: t('plans.form.titleDefault', { year }),
          items: [{ scheduleBy: 'quarter' }],
        }
      }
    >
      <Flex gap={16}>
        <Form.Item name="year" label={t('plans.form.year')} rules={[required]}>
          <InputNumber min={2000} max={2100} precision={0} style={{ width: 120 }} />
        </Form.Item>
        <Form.Item
          name="title"
          label={t('plans.form.title')}
          style={{ flex: 1 }}
          rules={[
            { ...required, whitespace: true },
            { max: 200, message: tc('form.tooLong', { max: 200 }) },
          ]}
        >
          <Input maxLength={200} />
        </Form.Item>
      </Flex>
      <Flex gap={16}>
        <Form.Item
          name="enterpriseKinds"
          label={t('plans.form.enterpriseKinds')}
          style={{ flex: 1 }}
        >
          <Select
            mode="tags"
            open={false}
            suffixIcon={null}
            tokenSeparators={['、', ',', '，']}
            placeholder={t('plans.form.enterpriseKindPlaceholder')}
          />
        </Form.Item>
        <Form.Item name="enterpriseCount" label={t('plans.form.enterpriseCount')}>
          <InputNumber min={0} max={100000} precision={0} style={{ width: 140 }} />
        </Form.Item>
      </Flex>
      <Form.List
        name="items"
        rules={[
          {
            validator: async (_, items?: unknown[]) => {
              if (!items || items.length === 0) throw new Error(t('plans.form.atLeastOneItem'));
            },
          },
        ]}
      >
        {(fields, { add, remove }, { errors }) => (
          <Form.Item label={t('plans.form.items')} extra={t('plans.form.itemsHelp')} required>
            <Flex vertical gap={8}>
              {fields.map((field, index) => (
                <Card key={field.key} size="small">
                  <Flex gap={8} align="start">
                    <Form.Item
                      name={[field.name, 'itemId']}
                      label={`${t('plans.form.item')} ${index + 1}`}
                      rules={[required]}
                      style={{ flex: 1, marginBottom: 8 }}
                    >
                      <Select
                        showSearch={{ optionFilterProp: 'label' }}
                        loading={published.isPending}
                        options={itemOptions}
                      />
                    </Form.Item>
                    <Button
                      type="text"
                      aria-label={`${tc('actions.remove')} ${t('plans.form.item')} ${index + 1}`}
                      icon={<DeleteOutlined />}
                      style={{ marginTop: 30 }}
                      onClick={() => remove(field.name)}
                    />
                  </Flex>
                  <Flex gap={16} align="start" wrap>
                    <Form.Item
                      name={[field.name, 'scheduleBy']}
                      label={t('plans.form.scheduleBy')}
                      style={{ marginBottom: 0 }}
                    >
                      <Radio.Group
                        optionType="button"
                        options={[
                          { value: 'quarter', label: t('plans.form.byQuarter') },
                          { value: 'months', label: t('plans.form.byMonths') },
                        ]}
                      />
                    </Form.Item>
                    <Form.Item
                      noStyle
                      shouldUpdate={(before, after) =>
                        before.items?.[field.name]?.scheduleBy !==
                        after.items?.[field.name]?.scheduleBy
                      }
                    >
                      {({ getFieldValue }) =>
                        getFieldValue(['items', field.name, 'scheduleBy']) === 'months' ? (
                          <Form.Item
                            name={[field.name, 'months']}
                            label={t('plans.form.months')}
                            rules={[required]}
                            style={{ flex: 1, minWidth: 220, marginBottom: 0 }}
                          >
                            <Select
                              mode="multiple"
                              options={monthOptions.map((month) => ({
                                value: month,
                                label: t('plans.schedule.months', { months: month }),
                              }))}
                            />
                          </Form.Item>
                        ) : (
                          <Form.Item
                            name={[field.name, 'quarter']}
                            label={t('plans.form.quarter')}
                            rules={[required]}
                            style={{ minWidth: 160, marginBottom: 0 }}
                          >
                            <Select
                              options={[1, 2, 3, 4].map((quarter) => ({
                                value: quarter,
                                label: t('plans.schedule.quarter', { quarter }),
                              }))}
                            />
                          </Form.Item>
                        )
                      }
                    </Form.Item>
                  </Flex>
                </Card>
              ))}
              <Button
                type="dashed"
                icon={<PlusOutlined />}
                onClick={() => add({ scheduleBy: 'quarter' })}
                block
              >
                {t('plans.form.addItem')}
              </Button>
              <Form.ErrorList errors={errors} />
            </Flex>
          </Form.Item>
        )}
      </Form.List>
    </FormDrawer>
  );
}
