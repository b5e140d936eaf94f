package fazhi.adapter.rest.shared;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import fazhi.shared.model.Actor;
import fazhi.shared.port.in.IdempotentRequests;
import fazhi.shared.port.out.IdempotencyStore.StoredAnswer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.RestResponse;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * SYS-03 at the edge: a create carrying {@code Idempotency-Key} runs once; a retry gets the first answer
 * (201, the same body and Location), marked with {@code Idempotent-Replayed: true}.
 */
@ApplicationScoped
public class IdempotentCreates {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED = "Idempotent-Replayed";

    private final IdempotentRequests requests;
    private final ObjectMapper json;

    public IdempotentCreates(IdempotentRequests requests, ObjectMapper json) {
        this.requests = requests;
        this.json = json.copy().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);
    }

    /**
     * Runs {@code create} once per key; {@code location} gives the new record's path from its view, whose version
     * (when it is {@link Versioned}) gives the ETag. {@code request} is what makes two requests the same one.
     */
    public <T> RestResponse<T> create(Actor actor, String key, UriInfo uri, Object request,
                                                        Class<T> viewType, Supplier<T> create,
                                                        Function<T, String> location) {
        boolean[] ran = {false};
        StoredAnswer answer = requests.once(actor, key, fingerprint(uri.getPath(), request), () -> {
            ran[0] = true;
            T view = create.get();
            return new StoredAnswer(null, 201, location.apply(view), write(view));
        });
        T view = read(answer.body(), viewType);
        RestResponse.ResponseBuilder<T> builder = RestResponse.ResponseBuilder
                .<T>created(uri.getBaseUriBuilder().path(answer.location()).build())
                .entity(view);
        if (view instanceof Versioned versioned) {
            builder.header("ETag", ETags.of(versioned.version()));
        }
        if (!ran[0]) {
            builder.header(REPLAYED, "true");
        }
        return builder.build();
    }

    private String fingerprint(String path, Object request) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((path + "\n" + write(request)).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("views are plain data", e);
        }
    }

    private <T> T read(String body, Class<T> type) {
        try {
            return json.readValue(body, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored answers are views written by this class", e);
        }
    }
}
