package io.kalenner.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The hexagon's boundaries: dependencies point inwards (adapters → application → domain), no
 * adapter knows another, and infrastructure stays in the adapter that owns it. Main code only;
 * tests may cross lines to set things up.
 */
@AnalyzeClasses(packages = "io.kalenner", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainNeedsOnlyJdkAndVavr = classes()
            .that().resideInAPackage("io.kalenner.domain..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("io.kalenner.domain..", "java..", "io.vavr..");

    @ArchTest
    static final ArchRule domainHasNoIoOrClockOfItsOwn = noClasses()
            .that().resideInAPackage("io.kalenner.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("java.io..", "java.nio..", "java.net..", "java.sql..", "java.util.concurrent..")
            .orShould().callMethod(java.time.Instant.class, "now")
            .orShould().callMethod(java.time.LocalDate.class, "now")
            .orShould().callMethod(java.time.LocalDateTime.class, "now")
            .orShould().callMethod(java.time.ZonedDateTime.class, "now")
            .orShould().callMethod(java.lang.System.class, "currentTimeMillis");

    @ArchTest
    static final ArchRule applicationUsesNoAdapterOrInfrastructure = noClasses()
            .that().resideInAPackage("io.kalenner.application..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "io.kalenner.adapter..", "io.kalenner.sandbox..", "io.kalenner.bootstrap..",
                    "org.jooq..", "java.sql..", "javax.sql..", "org.postgresql..", "org.flywaydb..",
                    "org.telegram..", "okhttp3..", "com.fasterxml.jackson..",
                    "java.net.http..", "com.sun.net.httpserver..", "io.javalin..", "jakarta.servlet..",
                    "java.nio.file..")
            .orShould().dependOnClassesThat().belongToAnyOf(java.io.File.class, java.io.FileInputStream.class, java.io.FileOutputStream.class);

    @ArchTest
    static final ArchRule adaptersDoNotKnowEachOther = slices()
            .matching("io.kalenner.adapter.(*)..")
            .should().notDependOnEachOther();

    @ArchTest
    static final ArchRule adaptersDoNotKnowTheSandboxOrTheProgram = noClasses()
            .that().resideInAPackage("io.kalenner.adapter..")
            .should().dependOnClassesThat().resideInAnyPackage("io.kalenner.sandbox..", "io.kalenner.bootstrap..");

    @ArchTest
    static final ArchRule sandboxStandsAlone = noClasses()
            .that().resideInAPackage("io.kalenner.sandbox..")
            .should().dependOnClassesThat().resideInAnyPackage("io.kalenner.adapter..", "io.kalenner.bootstrap..");

    @ArchTest
    static final ArchRule jooqStaysInPersistence = noClasses()
            .that().resideOutsideOfPackage("io.kalenner.adapter.persistence..")
            .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "io.kalenner.adapter.persistence.jooq..");

    @ArchTest
    static final ArchRule telegramApiStaysInTheBotAndTheSandbox = noClasses()
            .that().resideOutsideOfPackages("io.kalenner.adapter.telegram..", "io.kalenner.sandbox..", "io.kalenner.bootstrap..")
            .should().dependOnClassesThat().resideInAPackage("org.telegram..");

    @ArchTest
    static final ArchRule noCyclesBetweenPackages = slices()
            .matching("io.kalenner.(**)")
            .should().beFreeOfCycles();
}
