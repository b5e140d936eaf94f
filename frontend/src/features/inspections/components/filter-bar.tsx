import { Button, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';

type Option = { value: string | number; label: string };

export type SelectFilter = {
  key: string;
  label: string;
  options: Option[];
  width?: number;
};

type Values = Record<string, string | number | boolean | undefined>;

const shown = (value: string | number | boolean | undefined) =>
  typeof value === 'boolean' ? String(value) : value;

/**
 * The query bar above a list: a select per filter, an optional text search and a reset. Boolean filters
 * travel as 'true' / 'false' options and come back as booleans.
 */
export function FilterBar<V extends Values>({
  values,
  selects,
  search,
  booleans = [],
  onChange,
}: {
  values: V;
  selects: SelectFilter[];
  search?: { key: keyof V & string; placeholder: string };
  booleans?: readonly string[];
  onChange: (values: Partial<V>) => void;
}) {
  const { t } = useTranslation('inspections');
  const { t: tc } = useTranslation();
  const change = (key: string, value: unknown) => {
    const next =
      booleans.includes(key) && value !== undefined ? value === 'true' : (value ?? undefined);
    onChange({ ...values, [key]: next });
  };
  const cleared = Object.fromEntries(Object.keys(values).map((key) => [key, undefined]));

  return (
    <Form layout="inline" style={{ rowGap: 12, marginBottom: 16 }} aria-label="filters">
      {selects.map((select) => (
        <Form.Item key={select.key} label={select.label}>
          <Select<string | number>
            aria-label={select.label}
            allowClear
            placeholder={t('filters.all')}
            style={{ width: select.width ?? 140 }}
            value={shown(values[select.key])}
            onChange={(value) => change(select.key, value)}
            options={select.options}
          />
        </Form.Item>
      ))}
      {search && (
        <Form.Item>
          <Input.Search
            key={String(values[search.key] ?? '')}
            aria-label={search.placeholder}
            placeholder={search.placeholder}
            allowClear
            defaultValue={String(values[search.key] ?? '')}
            enterButton={tc('actions.search')}
            style={{ width: 260 }}
            onSearch={(text) => change(search.key, text.trim() || undefined)}
          />
        </Form.Item>
      )}
      <Form.Item>
        <Button onClick={() => onChange(cleared as Partial<V>)}>{tc('actions.reset')}</Button>
      </Form.Item>
    </Form>
  );
}
