package fazhi.adapter.rest.matter;

import fazhi.adapter.rest.shared.QueryParams;
import fazhi.enforcement.model.Department;
import fazhi.enforcement.model.EnforcementField;
import fazhi.enforcement.model.EnforcementMatter;
import fazhi.enforcement.model.MatterDetails;
import fazhi.enforcement.model.MatterKind;
import fazhi.enforcement.model.MatterSource;
import fazhi.enforcement.port.in.EnforcementMatterQuery;
import fazhi.shared.model.InvalidInput;

/** Between the API's request, view and query parameters and the core's enforcement matters. */
final class MatterRestMapper {

    private MatterRestMapper() {
    }

    static MatterDetails details(EnforcementMatterRequest request) {
        return new MatterDetails(request.code(), request.name(), request.kind(), request.field(),
                request.legalBasis(), request.department(), request.source(), request.delegationReference());
    }

    static EnforcementMatterQuery query(String kind, String field, String department, String source,
                                        String published, String text) {
        return new EnforcementMatterQuery(QueryParams.enumValue("kind", MatterKind.class, kind),
                QueryParams.enumValue("field", EnforcementField.class, field),
                QueryParams.enumValue("department", Department.class, department),
                QueryParams.enumValue("source", MatterSource.class, source), bool("published", published), text);
    }

    static EnforcementMatterView view(EnforcementMatter m) {
        MatterDetails d = m.details();
        return new EnforcementMatterView(m.id(), m.township().value(), d.code(), d.name(), d.kind(), d.field(),
                d.legalBasis(), d.department(), d.source(), d.delegationReference(), m.published(), m.publishedOn(),
                m.withdrawnOn(), m.version(), m.created() == null ? null : m.created().at(),
                m.updated() == null ? null : m.updated().at());
    }

    static PublicEnforcementMatterView publicView(EnforcementMatter m) {
        MatterDetails d = m.details();
        return new PublicEnforcementMatterView(d.code(), d.name(), d.kind(), d.field(), d.legalBasis(),
                d.department(), d.source(), d.delegationReference(), m.publishedOn());
    }

    private static Boolean bool(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.strip()) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new InvalidInput(name, "param.boolean");
        };
    }
}
