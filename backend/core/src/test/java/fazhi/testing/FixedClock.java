package fazhi.testing;

import fazhi.shared.port.out.Clock;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/** A clock that stands still until a test moves it. */
public final class FixedClock implements Clock {

    private Instant now;

    public FixedClock(Instant now) {
        this.now = now;
    }

    /** Noon in the townships' zone on that day. */
    public static FixedClock on(LocalDate day) {
        return new FixedClock(day.atTime(LocalTime.NOON).atZone(ZONE).toInstant());
    }

    public static FixedClock at(Instant now) {
        return new FixedClock(now);
    }

    public void set(Instant instant) {
        this.now = instant;
    }

    public void advance(Duration duration) {
        this.now = now.plus(duration);
    }

    @Override
    public Instant now() {
        return now;
    }
}
