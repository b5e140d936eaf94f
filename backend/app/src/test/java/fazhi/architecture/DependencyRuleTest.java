package fazhi.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The hexagon's dependency rule, as DESIGN.md states it. */
class DependencyRuleTest {

    static final String[] CORE = {"fazhi.shared..", "fazhi.attachment..", "fazhi.enforcement..", "fazhi.audit..",
            "fazhi.review..", "fazhi.contract..", "fazhi.training..", "fazhi.dispute..", "fazhi.report.."};

    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("fazhi");
    }

    @Test
    void the_core_depends_on_nothing_but_the_jdk() {
        classes().that().resideInAnyPackage(CORE)
                .should().onlyDependOnClassesThat().resideInAnyPackage(
                        "java..", "fazhi.shared..", "fazhi.attachment..", "fazhi.enforcement..", "fazhi.audit..",
                        "fazhi.review..", "fazhi.contract..", "fazhi.training..", "fazhi.dispute..", "fazhi.report..")
                .check(classes);
    }

    @Test
    void the_core_does_not_know_its_adapters() {
        noClasses().that().resideInAnyPackage(CORE)
                .should().dependOnClassesThat().resideInAnyPackage("fazhi.adapter..", "fazhi.config..")
                .check(classes);
    }

    @Test
    void rest_does_not_touch_persistence() {
        noClasses().that().resideInAPackage("fazhi.adapter.rest..")
                .should().dependOnClassesThat().resideInAPackage("fazhi.adapter.persistence..")
                .check(classes);
    }

    @Test
    void persistence_does_not_touch_rest() {
        noClasses().that().resideInAPackage("fazhi.adapter.persistence..")
                .should().dependOnClassesThat().resideInAPackage("fazhi.adapter.rest..")
                .check(classes);
    }

    @Test
    void entities_live_in_persistence() {
        classes().that().areAnnotatedWith(jakarta.persistence.Entity.class)
                .or().areAnnotatedWith(jakarta.persistence.MappedSuperclass.class)
                .should().resideInAPackage("fazhi.adapter.persistence..")
                .check(classes);
    }

    @Test
    void resources_live_in_rest() {
        classes().that().areAnnotatedWith(jakarta.ws.rs.Path.class)
                .should().resideInAPackage("fazhi.adapter.rest..")
                .check(classes);
    }

    @Test
    void every_change_over_http_runs_in_a_retried_write_transaction() {
        methods().that().areDeclaredInClassesThat().resideInAPackage("fazhi.adapter.rest..")
                .and().areAnnotatedWith(jakarta.ws.rs.POST.class)
                .or().areAnnotatedWith(jakarta.ws.rs.PUT.class)
                .or().areAnnotatedWith(jakarta.ws.rs.DELETE.class)
                .or().areAnnotatedWith(jakarta.ws.rs.PATCH.class)
                .should().beAnnotatedWith(fazhi.adapter.rest.shared.WriteTransaction.class)
                .because("a deadlock or lock wait must be retried, never answered 500 (WriteTransactionInterceptor)")
                .check(classes);
        noMethods().that().areDeclaredInClassesThat().resideInAPackage("fazhi.adapter.rest..")
                .should().beAnnotatedWith(jakarta.transaction.Transactional.class)
                .check(classes);
    }

    @Test
    void every_persistence_adapter_that_answers_a_page_declares_its_lists_for_the_plan_guard() {
        classes().that().resideInAPackage("fazhi.adapter.persistence..")
                .and().areNotAssignableTo(fazhi.adapter.persistence.shared.ListQuery.class)
                .and(DescribedPredicate.describe("answer a Page", (JavaClass c) ->
                        c.getMethods().stream().anyMatch(m -> m.getRawReturnType()
                                .isEquivalentTo(fazhi.shared.model.Page.class))))
                .should().implement(fazhi.adapter.persistence.shared.Listings.class)
                .because("ListQueryPlanTest EXPLAINs every list an adapter declares")
                .check(classes);
    }

    @Test
    void use_cases_are_reached_through_their_ports_not_the_services() {
        noClasses().that().resideInAPackage("fazhi.adapter..")
                .should().dependOnClassesThat().resideInAnyPackage("fazhi.*.service..")
                .check(classes);
    }

    @Test
    void a_model_knows_no_use_case_and_no_port() {
        noClasses().that().resideInAPackage("fazhi.*.model..")
                .should().dependOnClassesThat().resideInAnyPackage("fazhi.*.service..", "fazhi.*.port..")
                .check(classes);
    }

    /** An area's model is its own: it knows shared and nothing of another area (EnforcementCase no ReviewStatus). */
    @Test
    void an_areas_model_knows_no_other_area() {
        for (String area : AREAS) {
            noClasses().that().resideInAPackage("fazhi." + area + ".model..")
                    .should().dependOnClassesThat().resideInAnyPackage(
                            others(area).map(other -> "fazhi." + other + "..").toArray(String[]::new))
                    .allowEmptyShould(true)
                    .check(classes);
        }
    }

    /**
     * One area of the core reaches another only through that area's ports and the model types those ports carry
     * in their signatures (the review gate's ReviewStatus, a submission's SubjectType); never its services, never
     * a model type the ports do not hand out. Shared is everyone's.
     */
    @Test
    void an_area_reaches_another_only_through_its_ports() {
        for (String area : AREAS) {
            others(area).forEach(other -> {
                Set<String> carried = carriedByPorts(other);
                noClasses().that().resideInAPackage("fazhi." + area + "..")
                        .should().dependOnClassesThat(DescribedPredicate.describe(
                                "belong to " + other + " but neither to its ports nor to what they carry",
                                (JavaClass c) -> c.getPackageName().startsWith("fazhi." + other + ".")
                                        && !c.getPackageName().startsWith("fazhi." + other + ".port")
                                        && !carried.contains(c.getName())))
                        .allowEmptyShould(true)
                        .check(classes);
            });
        }
    }

    /** The classes of an area's model that its ports take or give: parameters and results, generics included. */
    private static Set<String> carriedByPorts(String area) {
        Set<String> carried = new HashSet<>();
        for (JavaClass port : classes) {
            if (!port.getPackageName().startsWith("fazhi." + area + ".port")) {
                continue;
            }
            for (JavaCodeUnit unit : port.getCodeUnits()) {
                unit.getReturnType().getAllInvolvedRawTypes().forEach(t -> carried.add(t.getName()));
                unit.getParameterTypes()
                        .forEach(type -> type.getAllInvolvedRawTypes().forEach(t -> carried.add(t.getName())));
            }
        }
        return carried;
    }

    private static Stream<String> others(String area) {
        return Arrays.stream(AREAS).filter(other -> !other.equals(area));
    }

    /** The areas of the core besides shared. */
    static final String[] AREAS = {"attachment", "enforcement", "audit", "review", "contract", "training",
            "dispute", "report"};
}
