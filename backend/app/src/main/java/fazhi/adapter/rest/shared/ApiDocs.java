package fazhi.adapter.rest.shared;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Contact;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The API's description in the OpenAPI document. */
@OpenAPIDefinition(
        info = @Info(title = "Fazhi API (法治政府建设)", version = "1",
                description = "The JSON API of Fazhi, the system a township government uses for its law-based "
                        + "government work. Township-scoped resources live under /api/v1/townships/{township}. "
                        + "Errors are application/problem+json (RFC 9457) with `rule` and `legalBasis` where a rule "
                        + "of the catalogue refused the request. Changes need `If-Match` with the ETag read "
                        + "(SYS-02); creates accept `Idempotency-Key` (SYS-03). `Accept-Language: en` gives English "
                        + "messages, Chinese otherwise.",
                contact = @Contact(name = "Fazhi")),
        security = @SecurityRequirement(name = "keycloak"),
        tags = {
                @Tag(name = "Identity", description = "Who the caller is and which townships they may see"),
                @Tag(name = "Officers", description = "Enforcement officers (执法人员) and their certificates (执法证)"),
                @Tag(name = "Audit", description = "The audit log (SYS-01) and its hash-chain verification")})
public class ApiDocs extends Application {
}
