package fazhi.adapter.rest.enforcementcase;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "CaseInvestigationView", requiredProperties = {"startedOn"})
public record CaseInvestigationView(@Schema(examples = "2025-06-05") LocalDate startedOn,
                                    @Schema(nullable = true, examples = "现场勘验，询问当事人。") String summary) {
}
