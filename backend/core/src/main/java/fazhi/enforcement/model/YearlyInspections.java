package fazhi.enforcement.model;

/**
 * How many inspections of one enterprise a township's leaders approved for a calendar year (done or not): in
 * all, and under one item of the list. ENF-14 compares them with the caps.
 */
public record YearlyInspections(int year, long total, long ofItem) {
}
