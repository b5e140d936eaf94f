package fazhi.adapter.rest.training;

import fazhi.adapter.rest.shared.Messages;
import fazhi.training.model.ImportCheck;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.Locale;

@Schema(name = "ImportPreviewView", description = "A file read and checked, nothing written: its lines and every "
        + "line's errors. `valid` false: the import would refuse the whole file.",
        requiredProperties = {"rows", "accepted", "valid", "errors"})
public record ImportPreviewView(
        @Schema(description = "Lines under the header (blank lines left out)", examples = "40") int rows,
        @Schema(description = "Lines that would be imported", examples = "40") int accepted,
        boolean valid,
        List<LineError> errors) {

    @Schema(name = "ImportLineError", requiredProperties = {"line", "column", "field", "message"})
    public record LineError(
            @Schema(description = "The line in the file (1 is the header)", examples = "3") int line,
            @Schema(description = "The column's header; empty for the whole line", examples = "成绩") String column,
            @Schema(description = "As the import's refusal names it", examples = "rows[3].成绩") String field,
            @Schema(examples = "应为 0 到 1000 之间的数字，最多两位小数：九十") String message) {
    }

    static ImportPreviewView of(ImportCheck<?> check, Messages messages, Locale locale) {
        return new ImportPreviewView(check.rows(), check.values().size(), check.valid(), check.errors().stream()
                .map(e -> new LineError(e.line(), e.column(), (e.line() == 1 ? "header" : "rows[" + e.line() + "]")
                        + (e.column().isEmpty() ? "" : "." + e.column()),
                        messages.text(locale, e.messageKey(), e.arguments()))).toList());
    }
}
