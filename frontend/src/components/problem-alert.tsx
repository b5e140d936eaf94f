import { Alert, Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';

import { ApiError } from '@/lib/api/problem';

type Props = {
  error: unknown;
  /** Violations already shown on form fields are left out here. */
  hideFields?: readonly string[];
  style?: React.CSSProperties;
};

/**
 * A refusal of the API next to the action it refused: title, detail and, when a rule refused it,
 * the rule id and its legal basis (DESIGN: "A refusal from the API shows its title, detail and legalBasis").
 */
export function ProblemAlert({ error, hideFields = [], style }: Props) {
  const { t } = useTranslation();
  if (!error) return null;
  if (!(error instanceof ApiError)) {
    return (
      <Alert
        type="error"
        showIcon
        style={style}
        title={t('problem.unknown')}
        description={t('problem.network')}
      />
    );
  }
  const { problem } = error;
  const allViolations = problem.violations ?? [];
  const violations = allViolations.filter((v) => !v.field || !hideFields.includes(v.field));
  // for invalid input the detail only lists the violations, which the fields already show
  const detail = allViolations.length > 0 && violations.length === 0 ? null : problem.detail;
  const items = [
    ...(problem.rule ? [{ key: 'rule', label: t('problem.rule'), children: problem.rule }] : []),
    ...(problem.legalBasis
      ? [{ key: 'legalBasis', label: t('problem.legalBasis'), children: problem.legalBasis }]
      : []),
  ];
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      style={style}
      title={problem.title}
      description={
        <>
          {detail && <div>{detail}</div>}
          {items.length > 0 && (
            <Descriptions size="small" column={1} items={items} style={{ marginTop: 8 }} />
          )}
          {violations.length > 0 && (
            <>
              <div style={{ marginTop: 8 }}>{t('problem.fields')}</div>
              <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                {violations.map((v) => (
                  <li key={`${v.field}:${v.message}`}>
                    {v.field ? `${v.field}: ` : ''}
                    {v.message}
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      }
    />
  );
}
