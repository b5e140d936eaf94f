import { HttpResponse } from 'msw';

import catalogue from './rules.json';

/**
 * The rule catalogue as the API's refusals name it (rule id → legal basis), written by `make spec` from the core's
 * `Rule` (RuleCatalogueTest keeps the two the same): the fakes never make up a legal basis of their own.
 */
export const rules: Record<keyof typeof catalogue, string> = catalogue;

export type RuleId = keyof typeof catalogue;

/**
 * How the API refuses an action on a record in its state: the rule and the detail it answers with. A fixture
 * says which actions its record is refused; the fakes never decide a rule themselves.
 */
export type Refusal = { rule: RuleId; detail: string };

/** A refusal by a rule, as the API answers it: 422 problem+json with the rule and its legal basis. */
export function ruleViolation(rule: RuleId, detail: string) {
  const legalBasis = rules[rule];
  return HttpResponse.json(
    {
      type: 'https://fazhi.gov.cn/problems/rule-violation',
      title: '违反业务规则',
      status: 422,
      detail,
      rule,
      ...(legalBasis ? { legalBasis } : {}),
    },
    { status: 422, headers: { 'Content-Type': 'application/problem+json' } },
  );
}
