package fazhi.adapter.rest.enforcementcase;

import fazhi.enforcement.model.DeadlineKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "CaseDeadlineView", description = "A pending deadline of the case.",
        requiredProperties = {"kind", "dueOn", "overdue", "daysLeft"})
public record CaseDeadlineView(DeadlineKind kind,
                               @Schema(examples = "2025-09-02") LocalDate dueOn,
                               boolean overdue,
                               @Schema(description = "Days until dueOn; negative when overdue", examples = "5")
                               long daysLeft) {
}
