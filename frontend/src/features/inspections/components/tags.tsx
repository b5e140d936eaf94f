import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

import type {
  InspectionMethod,
  InspectionPlanStatus,
  InspectionResult,
  InspectionStatus,
} from '../types';

const methodColors: Record<InspectionMethod, string> = {
  DOUBLE_RANDOM: 'blue',
  SPECIAL: 'purple',
  ROUTINE: 'cyan',
};

export function MethodTag({ method }: { method: InspectionMethod }) {
  const { t } = useTranslation('inspections');
  return <Tag color={methodColors[method]}>{t(`method.${method}`)}</Tag>;
}

const planColors: Record<InspectionPlanStatus, string> = {
  DRAFT: 'default',
  FILED: 'processing',
  PUBLISHED: 'success',
};

export function PlanStatusTag({ status }: { status: InspectionPlanStatus }) {
  const { t } = useTranslation('inspections');
  return <Tag color={planColors[status]}>{t(`planStatus.${status}`)}</Tag>;
}

const statusColors: Record<InspectionStatus, string> = {
  PROPOSED: 'warning',
  APPROVED: 'processing',
  NOTIFIED: 'cyan',
  DONE: 'success',
};

export function InspectionStatusTag({ status }: { status: InspectionStatus }) {
  const { t } = useTranslation('inspections');
  return <Tag color={statusColors[status]}>{t(`status.${status}`)}</Tag>;
}

const resultColors: Record<InspectionResult, string> = {
  NO_PROBLEM: 'success',
  RECTIFICATION_ORDERED: 'orange',
  CASE_OPENED: 'error',
};

export function ResultTag({ result }: { result: InspectionResult }) {
  const { t } = useTranslation('inspections');
  return <Tag color={resultColors[result]}>{t(`result.${result}`)}</Tag>;
}
