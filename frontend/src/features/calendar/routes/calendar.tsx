import { PlusOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Form,
  Input,
  Popconfirm,
  Radio,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';

import { Access } from '@/components/access';
import { ActionModal } from '@/components/action-modal';
import { DateInput } from '@/components/date-input';
import { PageContainer } from '@/components/page-container';
import { ProblemAlert } from '@/components/problem-alert';
import { useAccess } from '@/lib/access';
import { ApiError } from '@/lib/api/problem';
import { toIsoDate } from '@/lib/dates';
import { showViolations } from '@/lib/form-errors';
import { useFormat } from '@/lib/format';
import { useTownshipCode } from '@/lib/session';

import '../i18n';
import { useCalendarYear, useChangeCalendar } from '../api/calendar';
import { dayKinds, type CalendarDay, type CalendarDayKind } from '../types';

/** 节假日安排: the county's holidays and adjusted working days, kept by an administrator. */
export default function CalendarRoute() {
  const { t } = useTranslation('calendar');
  const { t: tc } = useTranslation();
  const township = useTownshipCode();
  const access = useAccess(township);
  const format = useFormat();
  const { message } = App.useApp();
  const [searchParams, setSearchParams] = useSearchParams();
  const thisYear = dayjs().year();
  const asked = Number(searchParams.get('year'));
  const year = Number.isInteger(asked) && asked >= 2000 && asked <= 2100 ? asked : thisYear;
  const calendar = useCalendarYear(year);
  const change = useChangeCalendar();
  const [adding, setAdding] = useState(false);
  const days = calendar.data?.days ?? [];
  const holidays = days.filter((day) => day.kind === 'HOLIDAY').length;
  const weekday = (date: string) =>
    new Intl.DateTimeFormat(format.language, { weekday: 'short', timeZone: 'UTC' }).format(
      new Date(`${date}T00:00:00Z`),
    );

  return (
    <PageContainer
      title={t('title')}
      subTitle={t('subTitle')}
      extra={
        <Access accessible={access.canEditCalendar}>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
            {t('add')}
          </Button>
        </Access>
      }
    >
      <Card
        title={
          <Space>
            <span>{t('year')}</span>
            <Select
              aria-label={t('year')}
              value={year}
              style={{ width: 110 }}
              onChange={(next: number) => setSearchParams({ year: String(next) })}
              options={[thisYear - 1, thisYear, thisYear + 1].map((value) => ({
                value,
                label: t('yearValue', { year: value }),
              }))}
            />
          </Space>
        }
        extra={
          calendar.data && (
            <Typography.Text type="secondary">
              {t('summary', { year, holidays, workdays: days.length - holidays })}
            </Typography.Text>
          )
        }
      >
        <Alert type="info" showIcon title={t('hint')} style={{ marginBottom: 16 }} />
        {calendar.isError && <ProblemAlert error={calendar.error} style={{ marginBottom: 16 }} />}
        <ProblemAlert error={change.error} style={{ marginBottom: 16 }} />
        <Table<CalendarDay>
          rowKey="date"
          size="small"
          loading={calendar.isFetching}
          dataSource={days}
          pagination={false}
          locale={{ emptyText: t('empty') }}
          columns={[
            {
              title: t('columns.date'),
              dataIndex: 'date',
              key: 'date',
              render: (date: string) => format.date(date),
            },
            {
              title: t('columns.weekday'),
              dataIndex: 'date',
              key: 'weekday',
              render: (date: string) => weekday(date),
            },
            {
              title: t('columns.kind'),
              dataIndex: 'kind',
              key: 'kind',
              render: (kind: CalendarDayKind) => (
                <Tag color={kind === 'HOLIDAY' ? 'red' : 'blue'}>{t(`kind.${kind}`)}</Tag>
              ),
            },
            { title: t('columns.name'), dataIndex: 'name', key: 'name' },
            ...(access.canEditCalendar
              ? [
                  {
                    title: t('columns.actions'),
                    key: 'actions',
                    render: (_: unknown, day: CalendarDay) => (
                      <Popconfirm
                        title={t('removeConfirm', { date: format.date(day.date) })}
                        okText={tc('actions.confirm')}
                        cancelText={tc('actions.cancel')}
                        onConfirm={() =>
                          change
                            .mutateAsync({ kind: 'delete', date: day.date })
                            .then(() =>
                              message.success(t('removed', { date: format.date(day.date) })),
                            )
                            .catch(() => undefined)
                        }
                      >
                        <Typography.Link type="danger">{t('remove')}</Typography.Link>
                      </Popconfirm>
                    ),
                  },
                ]
              : []),
          ]}
        />
      </Card>
      {adding && <DayModal onClose={() => setAdding(false)} />}
    </PageContainer>
  );
}

type Values = { date?: Dayjs; kind: CalendarDayKind; name: string };

function DayModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('calendar');
  const { t: tc } = useTranslation();
  const { message } = App.useApp();
  const format = useFormat();
  const [form] = Form.useForm<Values>();
  const change = useChangeCalendar();
  const [fieldErrors, setFieldErrors] = useState<string[]>([]);

  const submit = async (values: Values) => {
    const date = toIsoDate(values.date) ?? '';
    setFieldErrors([]);
    try {
      await change.mutateAsync({
        kind: 'put',
        date,
        dayKind: values.kind,
        name: values.name.trim(),
      });
      void message.success(t('form.saved', { date: format.date(date) }));
      onClose();
    } catch (caught) {
      if (caught instanceof ApiError) {
        setFieldErrors(showViolations(form, caught.problem.violations, ['date', 'kind', 'name']));
      }
    }
  };

  return (
    <ActionModal
      title={t('form.title')}
      okText={tc('actions.save')}
      error={change.error}
      pending={change.isPending}
      hideFields={fieldErrors}
      onReload={() => change.reset()}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        name="calendar-day"
        initialValues={{ kind: 'HOLIDAY', name: '' }}
        onFinish={(values) => void submit(values)}
      >
        <Form.Item
          name="date"
          label={t('form.date')}
          extra={t('form.replaceHint')}
          rules={[{ required: true, message: tc('form.required') }]}
        >
          <DateInput />
        </Form.Item>
        <Form.Item name="kind" label={t('form.kind')} rules={[{ required: true }]}>
          <Radio.Group
            optionType="button"
            buttonStyle="solid"
            options={dayKinds.map((value) => ({ value, label: t(`kind.${value}`) }))}
          />
        </Form.Item>
        <Form.Item
          name="name"
          label={t('form.name')}
          rules={[
            { required: true, whitespace: true, message: tc('form.required') },
            { max: 50, message: tc('form.tooLong', { max: 50 }) },
          ]}
        >
          <Input maxLength={50} placeholder={t('form.namePlaceholder')} />
        </Form.Item>
      </Form>
    </ActionModal>
  );
}
