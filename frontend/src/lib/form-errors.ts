import type { FormInstance } from 'antd';

import type { Violation } from './api/problem';

/**
 * Puts the API's `violations` on the matching form fields (`certificate.number` → the field
 * ['certificate', 'number']) and answers which of the API's fields it placed; the rest belong in an
 * Alert. `renamed` maps a body field (without its `body.`/`request.` prefix) to the form's field
 * where the two are named differently (`decidedOn` → `date`).
 */
export function showViolations(
  form: FormInstance,
  violations: readonly Violation[] | null | undefined,
  knownFields: readonly string[],
  renamed: Readonly<Record<string, string>> = {},
): string[] {
  const byField = new Map<string, string[]>();
  const placed: string[] = [];
  for (const { field, message } of violations ?? []) {
    const known = field ? matchField(onForm(field, renamed), knownFields) : undefined;
    if (!field || !known) continue;
    byField.set(known, [...(byField.get(known) ?? []), message ?? '']);
    placed.push(field);
  }
  form.setFields([...byField].map(([field, errors]) => ({ name: field.split('.'), errors })));
  return placed;
}

function onForm(field: string, renamed: Readonly<Record<string, string>>): string {
  const bare = field.replace(/^(body|request)\./, '');
  return renamed[bare] ?? bare;
}

// tolerate a prefix such as `body.` or `request.` before the field path
function matchField(field: string, knownFields: readonly string[]): string | undefined {
  const longestFirst = [...knownFields].sort((a, b) => b.length - a.length);
  return longestFirst.find((known) => field === known || field.endsWith(`.${known}`));
}
