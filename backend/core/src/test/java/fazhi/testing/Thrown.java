package fazhi.testing;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** The "when" of a refusal: runs the call and answers what it threw, failing clearly when it threw nothing else. */
public final class Thrown {

    private Thrown() {
    }

    public static <T extends Throwable> T thrown(Class<T> type, ThrowingCallable call) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).as("expected %s to be thrown", type.getSimpleName()).isInstanceOf(type);
        return type.cast(thrown);
    }
}
