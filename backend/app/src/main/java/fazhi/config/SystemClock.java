package fazhi.config;

import fazhi.shared.port.out.Clock;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;

/** The real time. */
@ApplicationScoped
public class SystemClock implements Clock {

    @Override
    public Instant now() {
        return Instant.now();
    }
}
