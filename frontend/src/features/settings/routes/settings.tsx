import {
  App,
  Button,
  Card,
  Checkbox,
  Descriptions,
  Form,
  Input,
  InputNumber,
  Space,
  Tag,
  Typography,
} from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

import { PageContainer } from '@/components/page-container';
import { ProblemAlert } from '@/components/problem-alert';
import { StaleRecordAlert } from '@/components/stale-record-alert';
import { useAccess } from '@/lib/access';
import { ApiError } from '@/lib/api/problem';
import { showViolations } from '@/lib/form-errors';
import { useFormat } from '@/lib/format';
import { useTownshipCode } from '@/lib/session';

import '../i18n';
import { useSaveTownshipSettings, useTownshipSettings } from '../api/settings';
import {
  fileTypes,
  settingFields,
  settingGroups,
  type SettingKind,
  type TownshipSettings,
  type TownshipSettingsRequest,
} from '../types';

type Values = TownshipSettingsRequest;

function toValues(settings: TownshipSettings): Values {
  return Object.fromEntries(settingFields.map((name) => [name, settings[name]])) as Values;
}

/** 乡镇参数设置: the values each rule reads, set by the county's administrator, shown to everyone. */
export default function SettingsRoute() {
  const { t } = useTranslation('settings');
  const { t: tc } = useTranslation();
  const township = useTownshipCode();
  const access = useAccess(township);
  const format = useFormat();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const read = useTownshipSettings(township);
  const save = useSaveTownshipSettings(township);
  const current = read.data?.settings;
  const stale = save.error instanceof ApiError && save.error.isStale;

  useEffect(() => {
    if (current) form.setFieldsValue(toValues(current));
  }, [current, form]);

  const submit = async (values: Values) => {
    if (!read.data) return;
    try {
      await save.mutateAsync({ etag: read.data.etag, body: values });
      message.success(t('saved'));
    } catch (error) {
      if (error instanceof ApiError) showViolations(form, error.problem.violations, settingFields);
    }
  };

  const reload = async () => {
    save.reset();
    const { data } = await read.refetch();
    if (data) form.setFieldsValue(toValues(data.settings));
  };

  const shown = (name: (typeof settingFields)[number], kind: SettingKind) => {
    const value = current?.[name];
    if (value === undefined) return '';
    if (Array.isArray(value)) return value.join('、');
    if (kind === 'amount') return format.money(value);
    return kind === 'types' ? String(value) : `${value} ${t(`unit.${kind}`)}`;
  };

  return (
    <PageContainer
      title={t('title')}
      subTitle={t('subTitle')}
      extra={
        current && (
          <Space>
            <Tag color={current.ownValues ? 'blue' : 'default'}>
              {current.ownValues ? t('own') : t('defaults')}
            </Tag>
            {current.updatedBy && current.updatedAt && (
              <Typography.Text type="secondary">
                {t('updated', { by: current.updatedBy, at: format.dateTime(current.updatedAt) })}
              </Typography.Text>
            )}
          </Space>
        )
      }
    >
      {read.isError && <ProblemAlert error={read.error} style={{ marginBottom: 16 }} />}
      {!access.canEditSettings && current && (
        <Typography.Paragraph type="secondary">{t('readOnly')}</Typography.Paragraph>
      )}
      {access.canEditSettings ? (
        <Form<Values> form={form} layout="vertical" onFinish={submit} disabled={!current}>
          {settingGroups.map((group) => (
            <Card key={group.area} title={t(`area.${group.area}`)} style={{ marginBottom: 16 }}>
              {group.fields.map((field) => (
                <Form.Item
                  key={field.name}
                  name={field.name}
                  label={
                    <Space>
                      {t(`field.${field.name}`)}
                      {field.rule && <Tag>{field.rule}</Tag>}
                    </Space>
                  }
                  extra={t(`help.${field.name}`)}
                  rules={[{ required: true }]}
                >
                  {field.kind === 'types' ? (
                    <Checkbox.Group
                      options={fileTypes.map((type) => ({ value: type, label: type }))}
                    />
                  ) : field.kind === 'amount' ? (
                    <Input
                      addonAfter={t('unit.amount')}
                      inputMode="decimal"
                      style={{ maxWidth: 320 }}
                    />
                  ) : (
                    <InputNumber
                      min={1}
                      precision={0}
                      addonAfter={t(`unit.${field.kind}`)}
                      style={{ maxWidth: 220 }}
                    />
                  )}
                </Form.Item>
              ))}
            </Card>
          ))}
          {stale && <StaleRecordAlert onReload={reload} reloading={read.isFetching} />}
          {!stale && (
            <ProblemAlert
              error={save.error}
              hideFields={settingFields}
              style={{ marginBottom: 16 }}
            />
          )}
          <Button type="primary" htmlType="submit" loading={save.isPending}>
            {tc('actions.save')}
          </Button>
        </Form>
      ) : (
        settingGroups.map((group) => (
          <Card key={group.area} title={t(`area.${group.area}`)} style={{ marginBottom: 16 }}>
            <Descriptions column={1} bordered size="small">
              {group.fields.map((field) => (
                <Descriptions.Item
                  key={field.name}
                  label={
                    <Space>
                      {t(`field.${field.name}`)}
                      {field.rule && <Tag>{field.rule}</Tag>}
                    </Space>
                  }
                >
                  <div>{shown(field.name, field.kind)}</div>
                  <Typography.Text type="secondary">{t(`help.${field.name}`)}</Typography.Text>
                </Descriptions.Item>
              ))}
            </Descriptions>
          </Card>
        ))
      )}
    </PageContainer>
  );
}
