package fazhi.shared.port.out;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** The time, from outside, so that rules about dates can be tested on any day. */
public interface Clock {

    /** The townships keep China Standard Time. */
    ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    Instant now();

    /** Today's date in the townships' time zone. */
    default LocalDate today() {
        return LocalDate.ofInstant(now(), ZONE);
    }
}
