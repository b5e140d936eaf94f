import { Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';

import './i18n';
import { usePeople, type PersonRole } from './api';

/**
 * A form control for a username: the township's people with the role, by name, instead of a typed username.
 * When Keycloak cannot be read the field falls back to typing the username, so the work does not stop.
 * Used inside a Form.Item (value / onChange come from the form).
 */
export function PersonSelect({
  township,
  role,
  value,
  onChange,
  allowClear = false,
  id,
}: {
  township: string;
  role: PersonRole;
  value?: string;
  onChange?: (value: string | undefined) => void;
  allowClear?: boolean;
  id?: string;
}) {
  const { t } = useTranslation('people');
  const people = usePeople(township, role);

  if (people.isError) {
    return (
      <Input
        id={id}
        value={value}
        onChange={(event) => onChange?.(event.target.value)}
        maxLength={100}
        autoComplete="off"
        placeholder={t('unavailable')}
      />
    );
  }

  const options = (people.data ?? []).map((person) => ({
    value: person.username,
    label: `${person.displayName}（${person.username}）`,
  }));
  // a value the list does not hold (a reviewer who left) stays visible as it is
  if (value && !options.some((option) => option.value === value)) {
    options.unshift({ value, label: value });
  }

  return (
    <Select
      id={id}
      value={value || undefined}
      onChange={(next: string | undefined) => onChange?.(next)}
      options={options}
      loading={people.isPending}
      placeholder={people.isPending ? t('loading') : t('placeholder')}
      notFoundContent={people.isPending ? t('loading') : t('none')}
      allowClear={allowClear}
      showSearch={{ optionFilterProp: 'label' }}
    />
  );
}
