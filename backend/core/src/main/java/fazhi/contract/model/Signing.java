package fazhi.contract.model;

import java.time.LocalDate;
import java.util.List;

/**
 * The signing (签订) of a contract or an amendment: the day, who signed for each side (签约代表), and the signed text
 * as one of the contract's files (an attachment id).
 */
public record Signing(LocalDate signedOn, List<String> signatories, String signedFileId) {

    public static final int MAX_SIGNATORIES = 10;
    public static final int MAX_SIGNATORY_LENGTH = 100;

    public Signing {
        ContractTexts.date("signedOn", signedOn);
        signatories = ContractTexts.lines("signatories", signatories, 1, MAX_SIGNATORIES, MAX_SIGNATORY_LENGTH);
        signedFileId = ContractTexts.required("signedFileId", signedFileId, 36);
    }
}
