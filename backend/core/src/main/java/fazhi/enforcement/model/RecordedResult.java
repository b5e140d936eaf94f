package fazhi.enforcement.model;

import java.time.LocalDate;

/**
 * What the officers record once the inspection is done: the day, the result, what they found (required unless
 * nothing was), the rectification deadline (only, and always, when rectification was ordered, after the day of
 * the inspection) and the case it led to, if one was opened. Made by {@link #of}, which validates it.
 */
public record RecordedResult(LocalDate inspectedOn, InspectionResult result, String findings,
                             LocalDate rectificationDueOn, String caseReference) {

    public static final int MAX_FINDINGS_LENGTH = 2000;
    public static final int MAX_CASE_REFERENCE_LENGTH = 100;

    public static RecordedResult of(LocalDate inspectedOn, InspectionResult result, String findings,
                                    LocalDate rectificationDueOn, String caseReference) {
        InspectionInput check = new InspectionInput();
        check.present("inspectedOn", inspectedOn);
        check.present("result", result);
        String found = result == InspectionResult.NO_PROBLEM
                ? check.optional("findings", findings, MAX_FINDINGS_LENGTH)
                : check.required("findings", findings, MAX_FINDINGS_LENGTH);
        if (result == InspectionResult.RECTIFICATION_ORDERED) {
            check.present("rectificationDueOn", rectificationDueOn);
            if (inspectedOn != null && rectificationDueOn != null && !rectificationDueOn.isAfter(inspectedOn)) {
                check.fail("rectificationDueOn", "inspection.rectificationDueOn.notAfterInspection",
                        inspectedOn.toString());
            }
        } else if (rectificationDueOn != null) {
            check.fail("rectificationDueOn", "inspection.rectificationDueOn.notOrdered");
        }
        String reference = check.optional("caseReference", caseReference, MAX_CASE_REFERENCE_LENGTH);
        if (reference != null && result != InspectionResult.CASE_OPENED) {
            check.fail("caseReference", "inspection.caseReference.noCase");
        }
        check.done();
        return new RecordedResult(inspectedOn, result, found, rectificationDueOn, reference);
    }
}
