package fazhi.enforcement.model;

import fazhi.shared.model.CreditCode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What an officer proposes: the enterprise, the item of the list it is inspected under, the officers, the
 * planned date and why. Made by {@link #of}, which validates the input all at once (the credit code by its
 * GB 32100 check character).
 */
public record InspectionDraft(Enterprise enterprise, String itemId, List<String> officerIds, LocalDate plannedOn,
                              InspectionReason reason, String reasonNote) {

    public static final int MAX_REASON_NOTE_LENGTH = 500;
    public static final int MAX_OFFICERS = 20;

    public InspectionDraft {
        Objects.requireNonNull(enterprise);
        Objects.requireNonNull(itemId);
        officerIds = List.copyOf(officerIds);
        Objects.requireNonNull(plannedOn);
        Objects.requireNonNull(reason);
    }

    public static InspectionDraft of(String enterpriseName, String creditCode, String itemId, List<String> officerIds,
                                     LocalDate plannedOn, InspectionReason reason, String reasonNote) {
        InspectionInput check = new InspectionInput();
        String name = check.required("enterprise.name", enterpriseName, Enterprise.MAX_NAME_LENGTH);
        CreditCode code = check.adopt(() -> CreditCode.parse("enterprise.creditCode", creditCode));
        String item = check.required("itemId", itemId, 36);
        List<String> officers = new ArrayList<>();
        List<String> given = officerIds == null ? List.of() : officerIds;
        if (given.size() > MAX_OFFICERS) {
            check.fail("officerIds", "inspection.list.tooMany", MAX_OFFICERS);
        } else {
            for (int i = 0; i < given.size(); i++) {
                String id = check.required("officerIds[" + i + "]", given.get(i), 36);
                if (id != null) {
                    officers.add(id);
                }
            }
        }
        check.present("plannedOn", plannedOn);
        check.present("reason", reason);
        String note = check.optional("reasonNote", reasonNote, MAX_REASON_NOTE_LENGTH);
        check.done();
        return new InspectionDraft(new Enterprise(name, code), item, officers, plannedOn, reason, note);
    }
}
