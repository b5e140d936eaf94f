package fazhi.adapter.rest.enforcementcase;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "CaseExecutionView", description = "The execution (ENF-11): amounts null where no fine was due.",
        requiredProperties = {"executedOn"})
public record CaseExecutionView(@Schema(examples = "2025-07-30") LocalDate executedOn,
                                @Schema(nullable = true, examples = "218.00") String amountPaid,
                                @Schema(description = "The late surcharge included", nullable = true,
                                        examples = "18.00") String surcharge) {
}
