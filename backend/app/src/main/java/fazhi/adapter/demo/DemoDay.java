package fazhi.adapter.demo;

import fazhi.shared.port.out.Clock;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The demo loader's clock: "today" is the day the loader says, so records get the business dates of 2025 and
 * the rules (working-day windows, LR-01, LR-02) hold on those dates; {@code now()} stays the real time, so
 * stamps and the audit log tell truthfully when the demo data was loaded.
 */
final class DemoDay implements Clock {

    private LocalDate today;

    DemoDay(LocalDate today) {
        this.today = today;
    }

    DemoDay on(LocalDate day) {
        this.today = day;
        return this;
    }

    @Override
    public Instant now() {
        return Instant.now();
    }

    @Override
    public LocalDate today() {
        return today;
    }
}
