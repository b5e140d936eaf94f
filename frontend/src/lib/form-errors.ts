import type { FormInstance } from 'antd';

import type { Violation } from './api/problem';

/**
 * Puts the API's `violations` on the matching form fields (`certificate.number` → the field
 * ['certificate', 'number']) and answers which fields it placed; the rest belong in an Alert.
 */
export function showViolations(
  form: FormInstance,
  violations: readonly Violation[] | null | undefined,
  knownFields: readonly string[],
): string[] {
  const byField = new Map<string, string[]>();
  for (const violation of violations ?? []) {
    const field = matchField(violation.field, knownFields);
    if (!field) continue;
    byField.set(field, [...(byField.get(field) ?? []), violation.message]);
  }
  form.setFields([...byField].map(([field, errors]) => ({ name: field.split('.'), errors })));
  return (violations ?? [])
    .filter((violation) => matchField(violation.field, knownFields))
    .map((violation) => violation.field);
}

// tolerate a prefix such as `body.` or `request.` before the field path
function matchField(field: string, knownFields: readonly string[]): string | undefined {
  const longestFirst = [...knownFields].sort((a, b) => b.length - a.length);
  return longestFirst.find((known) => field === known || field.endsWith(`.${known}`));
}
