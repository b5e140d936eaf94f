/** The part of a list page that says how many records match. */
interface Counted {
  total: number;
  totalIsExact?: boolean;
}

/**
 * A list's total as the API counted it: the API stops counting at a bound, and then says so (totalIsExact
 * false), which shows as "200+".
 */
export function shownTotal(page: Counted | undefined): string {
  if (!page) return '0';
  const counted = page.total.toLocaleString('en-US');
  return page.totalIsExact === false ? `${counted}+` : counted;
}
