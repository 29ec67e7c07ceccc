package org.ddmsportal.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Holds the layer rules of STYLE.md and docs/architecture.md. */
@AnalyzeClasses(packages = "org.ddmsportal", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainDependsOnNothingElse = noClasses().that().resideInAPackage("org.ddmsportal.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("org.ddmsportal.application..", "org.ddmsportal.infrastructure..", "org.ddmsportal.web..",
                    "org.ddmsportal.api..", "org.primefaces..", "org.omnifaces..", "jakarta.faces..", "jakarta.ws.rs..",
                    "org.flywaydb..", "jakarta.ejb..");

    @ArchTest
    static final ArchRule applicationDependsOnDomainOnly = noClasses().that().resideInAPackage("org.ddmsportal.application..")
            .should().dependOnClassesThat().resideInAnyPackage("org.ddmsportal.infrastructure..", "org.ddmsportal.web..", "org.ddmsportal.api..",
                    "org.primefaces..", "org.omnifaces..", "jakarta.faces..", "jakarta.ws.rs..");

    @ArchTest
    static final ArchRule infrastructureKnowsNoViews = noClasses().that().resideInAPackage("org.ddmsportal.infrastructure..")
            .should().dependOnClassesThat().resideInAnyPackage("org.ddmsportal.web..", "org.ddmsportal.api..");

    @ArchTest
    static final ArchRule viewsGoThroughTheApplication = noClasses().that().resideInAnyPackage("org.ddmsportal.web..", "org.ddmsportal.api..")
            .should().dependOnClassesThat().resideInAnyPackage("org.ddmsportal.infrastructure..");

    @ArchTest
    static final ArchRule onlyInfrastructureTouchesTheEntityManager = noClasses().that()
            .resideOutsideOfPackage("org.ddmsportal.infrastructure..")
            .should().dependOnClassesThat().haveFullyQualifiedName("jakarta.persistence.EntityManager");

    @ArchTest
    static final ArchRule repositoriesAreUsedByTheApplicationOnly = noClasses().that()
            .resideInAnyPackage("org.ddmsportal.web..", "org.ddmsportal.api..")
            .should().dependOnClassesThat().haveSimpleNameEndingWith("Repository");

    /** JSON-P's static factory looks its provider up on every call (see {@code Jsons}): one provider, through Jsons. */
    @ArchTest
    static final ArchRule jsonThroughOneProvider = noClasses().that()
            .doNotHaveFullyQualifiedName("org.ddmsportal.application.shared.Jsons")
            .should().dependOnClassesThat().haveFullyQualifiedName("jakarta.json.Json");

    /** An aggregate's package may use another's, never both ways: a cycle would make them one module in all but name. */
    @ArchTest
    static final ArchRule domainPackagesAreFreeOfCycles = slices().matching("org.ddmsportal.domain.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule applicationPackagesAreFreeOfCycles = slices().matching("org.ddmsportal.application.(*)..").should().beFreeOfCycles();
}
