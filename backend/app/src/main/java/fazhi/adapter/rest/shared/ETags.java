package fazhi.adapter.rest.shared;

import fazhi.shared.model.InvalidInput;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * SYS-02: a record's ETag is its version in quotes; a change must send it back in {@code If-Match}.
 */
public final class ETags {

    private ETags() {
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /** 200 with the view of a record and its ETag: what every read and change of one record answers. */
    public static <T extends Versioned> RestResponse<T> ok(T view) {
        return RestResponse.ResponseBuilder.ok(view).header("ETag", of(view.version())).build();
    }

    /** The version an {@code If-Match} names; missing → 428, malformed → 400. */
    public static long expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            throw new PreconditionRequired();
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
            tag = tag.substring(1, tag.length() - 1);
        }
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException e) {
            throw new InvalidInput("If-Match", "ifMatch.malformed");
        }
    }

    /** A change came without the ETag it was based on. */
    public static class PreconditionRequired extends RuntimeException {
        public PreconditionRequired() {
            super("If-Match required");
        }
    }
}
