package fazhi.adapter.rest.shared;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** An error as RFC 9457 problem details, with the rule that refused and the fields that were wrong. */
@Schema(name = "Problem", description = "RFC 9457 problem details. `rule` and `legalBasis` name the rule of the "
        + "catalogue that refused the request; `violations` name the fields that were wrong.",
        requiredProperties = {"type", "title", "status"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
        @Schema(examples = "https://fazhi.gov.cn/problems/rule-violation") String type,
        @Schema(examples = "违反业务规则") String title,
        @Schema(examples = "422") int status,
        @Schema(examples = "该记录已被他人修改，请刷新后重试。") String detail,
        @Schema(examples = "/api/v1/townships/jinhe/officers/6f1c") String instance,
        @Schema(examples = "SYS-02") String rule,
        @Schema(examples = "《行政处罚法》第42条") String legalBasis,
        List<Violation> violations) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One wrong field and what is wrong with it. */
    @Schema(name = "Violation", requiredProperties = {"field", "message"})
    public record Violation(@Schema(examples = "certificate.expiresOn") String field,
                            @Schema(examples = "到期日期必须晚于发证日期") String message) {
    }
}
