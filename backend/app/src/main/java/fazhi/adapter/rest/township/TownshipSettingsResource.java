package fazhi.adapter.rest.township;

import fazhi.adapter.identity.CurrentActor;
import fazhi.adapter.rest.shared.ApiDocs;
import fazhi.adapter.rest.shared.ETags;
import fazhi.adapter.rest.shared.Problem;
import fazhi.adapter.rest.shared.QueryParams;
import fazhi.adapter.rest.shared.TownshipRecord;
import fazhi.adapter.rest.shared.WriteTransaction;
import fazhi.shared.model.Money;
import fazhi.shared.model.SettingValues;
import fazhi.shared.model.TownshipSettings;
import fazhi.shared.port.in.KeepingTownshipSettings;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.List;

@TownshipRecord("")
@Path("/api/v1/townships/{township}/settings")
@Authenticated
@Tag(name = "Township settings")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHENTICATED)
@APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
@APIResponse(responseCode = "404", description = "No such township, or one the caller may not see (SYS-04)",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class TownshipSettingsResource {

    private final KeepingTownshipSettings settings;
    private final CurrentActor actor;

    public TownshipSettingsResource(KeepingTownshipSettings settings, CurrentActor actor) {
        this.settings = settings;
        this.actor = actor;
    }

    @GET
    @Operation(summary = "The township's settings", description = "The values its rules read when they decide "
            + "(ENF-06, ENF-14, CON-01, CON-03, DSP-01, TRN-01): its own, or the deployment's defaults. Roles: staff, "
            + "officer, legal-reviewer, leader, auditor, county-system, admin.")
    @APIResponse(responseCode = "200", description = "The settings",
            headers = @Header(name = "ETag", description = "The version, for If-Match"))
    public RestResponse<TownshipSettingsView> get(@PathParam("township") String township) {
        return ETags.ok(view(settings.get(actor.get(), QueryParams.township(township))));
    }

    @PUT
    @WriteTransaction
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change the township's settings", description = "Every value at once; needs `If-Match` "
            + "with the ETag read (SYS-02). The change is audited with the old and new values. Role: admin.")
    @APIResponse(responseCode = "200", description = "Saved", headers = @Header(name = "ETag"))
    @APIResponse(responseCode = "412", ref = ApiDocs.STALE_IF_MATCH)
    @APIResponse(responseCode = "428", ref = ApiDocs.IF_MATCH_MISSING)
    @APIResponse(responseCode = "422", description = "A value out of its range, named by field",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<TownshipSettingsView> update(@PathParam("township") String township,
                                                     @HeaderParam("If-Match") String ifMatch,
                                                     @NotNull @Valid TownshipSettingsRequest request) {
        long expected = ETags.expectedVersion(ifMatch);
        return ETags.ok(view(settings.update(actor.get(), QueryParams.township(township), expected, new SettingValues(
                Money.of(request.hearingThresholdIndividual()), Money.of(request.hearingThresholdOrganisation()),
                request.inspectionsPerEnterpriseYearly(), Money.of(request.contractMajorThreshold()),
                request.contractExpiryNoticeDays(), request.disputeMediationDays(),
                request.centralGroupStudiesYearly(), request.attachmentMaxMegabytes(), request.attachmentTypes()))));
    }

    private static TownshipSettingsView view(TownshipSettings stored) {
        SettingValues v = stored.values();
        return new TownshipSettingsView(stored.township().value(),
                v.hearingThresholdIndividual().toString(), v.hearingThresholdOrganisation().toString(),
                v.inspectionsPerEnterpriseYearly(), v.contractMajorThreshold().toString(),
                v.contractExpiryNoticeDays(), v.disputeMediationDays(), v.centralGroupStudiesYearly(),
                v.attachmentMaxMegabytes(), List.copyOf(v.attachmentTypes()),
                stored.stored(), stored.version(), stored.updated() == null ? null : stored.updated().at(),
                stored.updated() == null ? null : stored.updated().by());
    }
}
