package fazhi.adapter.rest.shared;

import fazhi.adapter.identity.CurrentActor;
import fazhi.shared.port.in.SeeingRecords;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * SYS-04 first: for a change (any method but GET) of a {@link TownshipRecord} resource, asks the core whether
 * the caller may see the {@code {township}} and, where the path has one, its record {@code {id}}, before the body
 * is read and validated and before the caller's role is weighed, so that another township's record is not found
 * whatever the request. A caller without a token is left to the security checks (401).
 */
public class TownshipRecordFilter {

    private final SeeingRecords seeing;
    private final CurrentActor actor;
    private final SecurityIdentity identity;

    public TownshipRecordFilter(SeeingRecords seeing, CurrentActor actor, SecurityIdentity identity) {
        this.seeing = seeing;
        this.actor = actor;
        this.identity = identity;
    }

    @ServerRequestFilter
    public void requireVisible(ContainerRequestContext request, ResourceInfo resource, UriInfo uri) {
        TownshipRecord record = resource.getResourceClass() == null ? null
                : resource.getResourceClass().getAnnotation(TownshipRecord.class);
        if (record == null || identity.isAnonymous() || HttpMethod.GET.equals(request.getMethod())) {
            return;
        }
        MultivaluedMap<String, String> path = uri.getPathParameters();
        String township = path.getFirst("township");
        if (township == null) {
            return;
        }
        String id = record.value().isEmpty() ? null : path.getFirst("id");
        seeing.requireVisible(actor.get(), QueryParams.township(township), record.value(), id);
    }
}
