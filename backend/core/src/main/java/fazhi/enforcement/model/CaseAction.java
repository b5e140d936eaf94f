package fazhi.enforcement.model;

import java.util.Arrays;
import java.util.Optional;

/** What may be done to a case, each with the verb of its REST action (POST .../actions/{verb}). */
public enum CaseAction {
    EDIT("edit"),
    INVESTIGATE("investigate"),
    NOTIFY("notify"),
    WAIVE_HEARING("waive-hearing"),
    REQUEST_HEARING("request-hearing"),
    HOLD_HEARING("hold-hearing"),
    REQUEST_LEGAL_REVIEW("request-legal-review"),
    APPROVE_EXTENSION("approve-extension"),
    DECIDE("decide"),
    DELIVER("deliver"),
    EXECUTE("execute"),
    RECORD_PROCESS("record-process"),
    CLOSE("close"),
    PUBLISH("publish"),
    REVOKE("revoke");

    private final String verb;

    CaseAction(String verb) {
        this.verb = verb;
    }

    public String verb() {
        return verb;
    }

    public static Optional<CaseAction> fromVerb(String verb) {
        return Arrays.stream(values()).filter(a -> a.verb.equals(verb)).findFirst();
    }
}
