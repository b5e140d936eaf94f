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
  const placed: string[] = [];
  for (const { field, message } of violations ?? []) {
    const known = field ? matchField(field, knownFields) : undefined;
    if (!field || !known) continue;
    byField.set(known, [...(byField.get(known) ?? []), message ?? '']);
    placed.push(field);
  }
  form.setFields([...byField].map(([field, errors]) => ({ name: field.split('.'), errors })));
  return placed;
}

// tolerate a prefix such as `body.` or `request.` before the field path
function matchField(field: string, knownFields: readonly string[]): string | undefined {
  const longestFirst = [...knownFields].sort((a, b) => b.length - a.length);
  return longestFirst.find((known) => field === known || field.endsWith(`.${known}`));
}
