package fazhi.adapter.rest.training;

import fazhi.adapter.rest.shared.Versioned;
import fazhi.training.model.Exam;
import fazhi.training.model.ExamDetails;
import fazhi.training.port.in.ExamOverview;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;

@Schema(name = "ExamView", description = "An online law exam (在线学法考试) with TRN-02's rates",
        requiredProperties = {"id", "township", "year", "name", "heldOn", "passMark", "platform", "results", "rates",
                "version"})
public record ExamView(
        @Schema(examples = "3c2b1a0f-9e8d-4c7b-a6f5-e4d3c2b1a0f9") String id,
        @Schema(examples = "jinhe") String township,
        @Schema(examples = "2025") int year,
        @Schema(examples = "2025年度国家工作人员学法考试") String name,
        @Schema(examples = "2025-11-20") LocalDate heldOn,
        @Schema(examples = "60.00") String passMark,
        @Schema(examples = "湖南省国家工作人员学法考试系统") String platform,
        @Schema(description = "Result rows imported (attempts)", examples = "40") int results,
        ExamRatesView rates,
        @Schema(description = "The version; the ETag is this number in quotes", examples = "0") long version,
        Instant createdAt,
        Instant updatedAt) implements Versioned {

    static ExamView of(ExamOverview o) {
        Exam e = o.exam();
        ExamDetails d = e.details();
        return new ExamView(e.id(), e.township().value(), d.year(), d.name(), d.heldOn(), d.passMark().toPlainString(),
                d.platform(), e.results().size(), ExamRatesView.of(o.rates()), e.version(),
                e.created() == null ? null : e.created().at(), e.updated() == null ? null : e.updated().at());
    }

    static ExamDetails details(ExamRequest r) {
        return new ExamDetails(r.year(), r.name(), r.heldOn(), r.passMark(), r.platform());
    }
}
