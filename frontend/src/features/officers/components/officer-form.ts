import dayjs, { type Dayjs } from 'dayjs';

import type { Department, Officer, OfficerRequest } from '../types';

/** What the drawer's form holds; dates as dayjs for the DatePicker. */
export type OfficerFormValues = {
  name: string;
  department?: Department;
  phone?: string;
  hasCertificate: boolean;
  certificate?: { number?: string; issuedOn?: Dayjs; expiresOn?: Dayjs };
};

/** The form fields that a `violations[].field` of the API can point at. */
export const officerFormFields = [
  'name',
  'department',
  'phone',
  'certificate.number',
  'certificate.issuedOn',
  'certificate.expiresOn',
] as const;

export const emptyOfficerForm: OfficerFormValues = { name: '', hasCertificate: true };

export function toFormValues(officer: Officer): OfficerFormValues {
  return {
    name: officer.name,
    department: officer.department,
    phone: officer.phone ?? undefined,
    hasCertificate: officer.certificate !== null,
    certificate: officer.certificate
      ? {
          number: officer.certificate.number,
          issuedOn: dayjs(officer.certificate.issuedOn),
          expiresOn: dayjs(officer.certificate.expiresOn),
        }
      : undefined,
  };
}

const isoDate = (date: Dayjs | undefined) => (date ? date.format('YYYY-MM-DD') : '');

export function toRequest(values: OfficerFormValues): OfficerRequest {
  const phone = values.phone?.trim();
  return {
    name: values.name.trim(),
    // the form requires it; the server answers 422 if it is still missing
    department: values.department as Department,
    phone: phone ? phone : null,
    certificate:
      values.hasCertificate && values.certificate
        ? {
            number: (values.certificate.number ?? '').trim(),
            issuedOn: isoDate(values.certificate.issuedOn),
            expiresOn: isoDate(values.certificate.expiresOn),
          }
        : null,
  };
}
