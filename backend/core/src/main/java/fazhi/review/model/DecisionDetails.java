package fazhi.review.model;

/**
 * What the office records of a major administrative decision: the year of the catalogue (重大行政决策事项目录) it
 * belongs to, its number in that catalogue (none when it is not catalogued), title, description and the
 * sponsoring department (承办单位). Validates itself.
 */
public record DecisionDetails(Integer year, Integer catalogueNumber, String title, String description,
                              String sponsor) {

    public static final int MIN_YEAR = 2000;
    public static final int MAX_YEAR = 2100;
    public static final int MAX_CATALOGUE_NUMBER = 999;
    public static final int MAX_TITLE_LENGTH = 200;
    public static final int MAX_DESCRIPTION_LENGTH = 2000;
    public static final int MAX_SPONSOR_LENGTH = 100;

    public DecisionDetails {
        InputCheck check = new InputCheck();
        if (check.present("year", year) != null && (year < MIN_YEAR || year > MAX_YEAR)) {
            check.fail("year", "field.range", String.valueOf(MIN_YEAR), String.valueOf(MAX_YEAR));
        }
        if (catalogueNumber != null && (catalogueNumber < 1 || catalogueNumber > MAX_CATALOGUE_NUMBER)) {
            check.fail("catalogueNumber", "field.range", 1, MAX_CATALOGUE_NUMBER);
        }
        title = check.required("title", title, MAX_TITLE_LENGTH);
        description = check.optional("description", description, MAX_DESCRIPTION_LENGTH);
        sponsor = check.required("sponsor", sponsor, MAX_SPONSOR_LENGTH);
        check.done();
    }

    /** In the year's catalogue (目录). */
    public boolean catalogued() {
        return catalogueNumber != null;
    }
}
