package fazhi.adapter.rest.shared;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import fazhi.attachment.model.AttachmentInUse;
import fazhi.shared.model.AccessDenied;
import fazhi.shared.model.DirectoryUnavailable;
import fazhi.shared.model.InvalidInput;
import fazhi.shared.model.RecordClosed;
import fazhi.shared.model.RecordNotFound;
import fazhi.shared.model.RequestInFlight;
import fazhi.shared.model.Rule;
import fazhi.shared.model.RuleViolation;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.hibernate.StaleObjectStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Every error leaves as application/problem+json, in the caller's language: refusals by a rule name the
 * rule and its legal basis, invalid input names the fields. Nothing else of the failure leaks.
 */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);
    private static final String RETRY_AFTER_SECONDS = "1";
    private static final String TYPE_BASE = "https://fazhi.gov.cn/problems/";

    private final Messages messages;

    @Inject
    public ProblemMapper(Messages messages) {
        this.messages = messages;
    }

    @ServerExceptionMapper
    public Response ruleViolation(RuleViolation e, HttpHeaders headers, UriInfo uri) {
        int status = e.rule() == Rule.SYS_02 ? 412 : 422;
        Locale locale = locale(headers);
        return problem(status, "rule-violation", locale, uri, messages.text(locale, e.messageKey(), e.arguments()),
                e.ruleId(), e.legalBasis().isEmpty() ? null : e.legalBasis(), null);
    }

    @ServerExceptionMapper
    public Response preconditionRequired(ETags.PreconditionRequired e, HttpHeaders headers,
                                                      UriInfo uri) {
        Locale locale = locale(headers);
        return problem(428, "precondition-required", locale, uri, messages.text(locale, "ifMatch.required"),
                Rule.SYS_02.id(), null, null);
    }

    @ServerExceptionMapper({OptimisticLockException.class, StaleObjectStateException.class})
    public Response concurrentChange(RuntimeException e, HttpHeaders headers, UriInfo uri) {
        Locale locale = locale(headers);
        return problem(412, "rule-violation", locale, uri, messages.text(locale, "record.changedMeanwhile"),
                Rule.SYS_02.id(), null, null);
    }

    /** SYS-03: a retry while the first request with its key is still being done; its answer comes soon. */
    @ServerExceptionMapper
    public Response inFlight(RequestInFlight e, HttpHeaders headers, UriInfo uri) {
        Locale locale = locale(headers);
        return retryShortly(problem(409, "request-in-flight", locale, uri,
                messages.text(locale, "idempotency.inFlight"), Rule.SYS_03.id(), null, null));
    }

    /** The database kept refusing the transaction for others' sake (deadlocks, lock waits): nothing was written. */
    @ServerExceptionMapper
    public Response busy(TransientConflict e, HttpHeaders headers, UriInfo uri) {
        Locale locale = locale(headers);
        return retryShortly(problem(503, "busy", locale, uri, messages.text(locale, "service.busy"), null, null,
                null));
    }

    /** A file its record points to (a case's full-process record) is not removed while it does. */
    @ServerExceptionMapper
    public Response attachmentInUse(AttachmentInUse e, HttpHeaders headers, UriInfo uri) {
        Locale locale = locale(headers);
        return problem(409, "attachment-in-use", locale, uri, messages.text(locale, "attachment.inUse"), null, null,
                null);
    }

    /** The identity provider did not answer the question who works in a township. */
    @ServerExceptionMapper
    public Response directoryUnavailable(DirectoryUnavailable e, HttpHeaders headers, UriInfo uri) {
        LOG.warnf("the directory of users did not answer: %s", e.getCause());
        Locale locale = locale(headers);
        return retryShortly(problem(503, "directory-unavailable", locale, uri,
                messages.text(locale, "directory.unavailable"), null, null, null));
    }

    /** The record is closed or archived and takes no more changes of this kind. */
    @ServerExceptionMapper
    public Response closed(RecordClosed e, HttpHeaders headers, UriInfo uri) {
        Locale locale = locale(headers);
        return problem(409, "record-closed", locale, uri, messages.text(locale, e.messageKey()), null, null, null);
    }

    @ServerExceptionMapper
    public Response notFound(RecordNotFound e, HttpHeaders headers, UriInfo uri) {
        Locale locale = locale(headers);
        return problem(404, "not-found", locale, uri, messages.text(locale, "record.notFound"), null, null, null);
    }

    @ServerExceptionMapper({AccessDenied.class, ForbiddenException.class})
    public Response forbidden(RuntimeException e, HttpHeaders headers, UriInfo uri) {
        Locale locale = locale(headers);
        return problem(403, "forbidden", locale, uri, messages.text(locale, "access.denied"), null, null, null);
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthorized(RuntimeException e, HttpHeaders headers, UriInfo uri) {
        Locale locale = locale(headers);
        Response answer = problem(401, "unauthorized", locale, uri,
                messages.text(locale, "access.unauthenticated"), null, null, null);
        answer.getHeaders().add(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        return answer;
    }

    /** An answer the caller may simply try again in a moment. */
    private static Response retryShortly(Response answer) {
        answer.getHeaders().add(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        return answer;
    }

    @ServerExceptionMapper
    public Response invalidInput(InvalidInput e, HttpHeaders headers, UriInfo uri) {
        Locale locale = locale(headers);
        List<Problem.Violation> violations = e.violations().stream()
                .map(v -> new Problem.Violation(v.field(), messages.text(locale, v.messageKey(), v.arguments())))
                .toList();
        return problem(422, "invalid-input", locale, uri, summary(locale, violations), null, null, violations);
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, HttpHeaders headers,
                                                     UriInfo uri) {
        Locale locale = locale(headers);
        List<Problem.Violation> violations = e.getConstraintViolations().stream()
                .map(v -> new Problem.Violation(field(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.Violation::field))
                .toList();
        return problem(422, "invalid-input", locale, uri, summary(locale, violations), null, null, violations);
    }

    /**
     * Malformed JSON, a value of the wrong type, an unknown enum constant, a bad date. The Jackson types are
     * listed one by one so that this mapper wins over Quarkus' built-in ones, which answer plain JSON.
     */
    @ServerExceptionMapper({JsonProcessingException.class, JsonParseException.class, MismatchedInputException.class,
            InvalidFormatException.class, ValueInstantiationException.class, JsonMappingException.class})
    public Response unreadableJson(JsonProcessingException e, HttpHeaders headers, UriInfo uri) {
        Locale locale = locale(headers);
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            List<Problem.Violation> violations = List.of(new Problem.Violation(field,
                    messages.text(locale, "json.invalidValue")));
            return problem(400, "invalid-input", locale, uri, summary(locale, violations), null, null, violations);
        }
        return problem(400, "malformed-json", locale, uri, messages.text(locale, "json.malformed"), null, null,
                null);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, HttpHeaders headers, UriInfo uri) {
        Locale locale = locale(headers);
        int status = e.getResponse().getStatus();
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadableJson(json, headers, uri);
        }
        String key = status == 404 ? "http.notFound" : status == 405 ? "http.methodNotAllowed"
                : status == 415 ? "http.unsupportedMediaType" : status == 406 ? "http.notAcceptable"
                : "http.badRequest";
        return problem(status, "http-" + status, locale, uri, messages.text(locale, key), null, null, null);
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, HttpHeaders headers, UriInfo uri) {
        if (e instanceof org.hibernate.exception.ConstraintViolationException duplicate) {
            Locale locale = locale(headers);
            LOG.infof("constraint %s refused a write", duplicate.getConstraintName());
            return problem(409, "conflict", locale, uri, messages.text(locale, "record.conflict"), null, null, null);
        }
        if (WriteTransactionInterceptor.isSerializationFailure(e)) {
            return busy(new TransientConflict(e), headers, uri);
        }
        LOG.error("unexpected failure", e);
        Locale locale = locale(headers);
        return problem(500, "internal", locale, uri, messages.text(locale, "internal.error"), null, null, null);
    }

    private Response problem(int status, String type, Locale locale, UriInfo uri, String detail,
                                          String rule, String legalBasis, List<Problem.Violation> violations) {
        // a refusal by a rule of the catalogue says so; other errors are titled by their status
        String title = messages.text(locale, type.equals("rule-violation") && status == 422
                ? "problem.title.rule" : "problem.title." + status);
        Problem body = new Problem(TYPE_BASE + type, title, status, detail,
                uri == null ? null : uri.getPath(), rule, legalBasis, violations);
        return Response.status(status).entity(body)
                .type(Problem.MEDIA_TYPE)
                .header(HttpHeaders.CONTENT_LANGUAGE, locale.toLanguageTag())
                .build();
    }

    private String summary(Locale locale, List<Problem.Violation> violations) {
        List<String> parts = new ArrayList<>();
        for (Problem.Violation v : violations) {
            parts.add(v.field() + ": " + v.message());
        }
        return messages.text(locale, "input.invalid", String.join("; ", parts));
    }

    private static Locale locale(HttpHeaders headers) {
        return headers == null ? Messages.CHINESE : Messages.pick(headers.getAcceptableLanguages());
    }

    /** {@code create.request.certificate.number} → {@code certificate.number}: drops the method and parameter. */
    private static String field(ConstraintViolation<?> violation) {
        List<String> names = new ArrayList<>();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == jakarta.validation.ElementKind.PROPERTY) {
                names.add(node.getName());
            }
        }
        if (names.isEmpty()) {
            for (Path.Node node : violation.getPropertyPath()) {
                if (node.getKind() == jakarta.validation.ElementKind.PARAMETER) {
                    names.add(node.getName());
                }
            }
        }
        return String.join(".", names);
    }
}
