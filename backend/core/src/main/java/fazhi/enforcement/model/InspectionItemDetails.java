package fazhi.enforcement.model;

/**
 * What a clerk keeps of an item of the enterprise inspection items list: the list it belongs to (清单名称), its
 * code and name, whom it inspects, its legal basis, department, field and method, and how often one enterprise
 * may be inspected under it in a year ({@code yearlyCap}; null until the township's default is applied).
 * Validates itself.
 */
public record InspectionItemDetails(String listTitle, String code, String name, String subjects, String legalBasis,
                                    Department department, EnforcementField field, InspectionMethod method,
                                    Integer yearlyCap) {

    public static final int MAX_LIST_TITLE_LENGTH = 200;
    public static final int MAX_CODE_LENGTH = 32;
    public static final int MAX_NAME_LENGTH = 200;
    public static final int MAX_SUBJECTS_LENGTH = 500;
    public static final int MAX_LEGAL_BASIS_LENGTH = 1000;
    public static final int MAX_YEARLY_CAP = 12;

    public InspectionItemDetails {
        InspectionInput check = new InspectionInput();
        listTitle = check.required("listTitle", listTitle, MAX_LIST_TITLE_LENGTH);
        code = check.required("code", code, MAX_CODE_LENGTH);
        name = check.required("name", name, MAX_NAME_LENGTH);
        subjects = check.optional("subjects", subjects, MAX_SUBJECTS_LENGTH);
        legalBasis = check.required("legalBasis", legalBasis, MAX_LEGAL_BASIS_LENGTH);
        check.present("department", department);
        check.present("field", field);
        check.present("method", method);
        check.within("yearlyCap", yearlyCap, 1, MAX_YEARLY_CAP);
        check.done();
    }

    /** The same details with the township's default cap where none was given. */
    public InspectionItemDetails withDefaultCap(int defaultCap) {
        return yearlyCap != null ? this : new InspectionItemDetails(listTitle, code, name, subjects, legalBasis,
                department, field, method, defaultCap);
    }
}
