package fazhi.training.model;

import java.util.List;

/**
 * What is wrong with a line of an imported file: the line (1 is the header), the column (its name in the file, or
 * empty for the whole line), and a message key with its arguments.
 */
public record RowError(int line, String column, String messageKey, List<Object> arguments) {

    public RowError {
        arguments = List.copyOf(arguments);
    }

    public static RowError of(int line, String column, String messageKey, Object... arguments) {
        return new RowError(line, column, messageKey, List.of(arguments));
    }
}
