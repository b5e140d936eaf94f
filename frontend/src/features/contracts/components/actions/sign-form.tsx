import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';

import { cleanLines, LinesField } from '@/components/lines-field';
import { toIsoDate } from '@/lib/dates';

import { ActionDate, SignedFileField } from './fields';
import type { ActionValues } from './values';
import type { VerbFieldsProps, VerbForm } from './verb-form';

function Fields({ township, record }: VerbFieldsProps) {
  const { t } = useTranslation('contracts');
  return (
    <>
      <ActionDate label={t('action.signedOn')} />
      <LinesField
        name="signatories"
        label={t('action.signatories')}
        lineLabel={t('action.signatory')}
        placeholder={t('action.signatoryPlaceholder')}
        atLeastOneMessage={t('action.signatoriesAtLeastOne')}
        lineRequiredMessage={t('action.signatoryRequired')}
        maxLength={100}
        maxLines={10}
      />
      <SignedFileField township={township} contractId={record.id} />
    </>
  );
}

const initialValues = (): ActionValues => ({ date: dayjs(), signatories: [''] });
const toBody = (values: ActionValues) => ({
  signedOn: toIsoDate(values.date) ?? null,
  signatories: cleanLines(values.signatories),
  signedFileId: values.signedFileId ?? '',
});

/** 签订: the signing date, who signed for each side, and the signed text among the contract's files. */
export const signForm: VerbForm<'sign'> = { Fields, initialValues, toBody, width: 620 };

/** The signing of an amendment: its terms become the contract's, a new version (CON-02). */
export const signAmendmentForm: VerbForm<'sign-amendment'> = {
  Fields,
  initialValues,
  toBody,
  width: 620,
};
