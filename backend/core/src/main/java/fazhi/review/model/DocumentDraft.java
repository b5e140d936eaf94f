package fazhi.review.model;

/**
 * What a clerk drafts or edits of a normative document: its title and issuing body (制定机关), and whether it is
 * provisional. Validates itself. A title with 暂行 or 试行 makes it provisional whatever the flag says (LR-06: the
 * shorter validity cannot be avoided); the flag marks provisional a document whose title does not say so.
 */
public record DocumentDraft(String title, String issuer, boolean provisional) {

    public static final int MAX_TITLE_LENGTH = 200;
    public static final int MAX_ISSUER_LENGTH = 100;

    public DocumentDraft {
        InputCheck check = new InputCheck();
        title = check.required("title", title, MAX_TITLE_LENGTH);
        issuer = check.required("issuer", issuer, MAX_ISSUER_LENGTH);
        check.done();
        provisional = provisional || provisionalTitle(title);
    }

    /** 暂行 (interim) or 试行 (trial) in the title. */
    public static boolean provisionalTitle(String title) {
        return title != null && (title.contains("暂行") || title.contains("试行"));
    }
}
