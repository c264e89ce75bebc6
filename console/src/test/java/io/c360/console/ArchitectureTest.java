package io.c360.console;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The console's shape: pages (one package per feature) reach the services only through {@code
 * services}; no page package uses another's; no service module's classes (the console calls their
 * APIs and never shares their code or tables); no package cycles.
 */
@AnalyzeClasses(packages = "io.c360.console", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  private static final String[] PAGES = {
    "..console.customers..",
    "..console.audiences..",
    "..console.campaigns..",
    "..console.models..",
    "..console.recommendations..",
    "..console.data.."
  };

  @ArchTest
  static final ArchRule pagesCallServicesOnlyThroughTheClient =
      noClasses()
          .that()
          .resideInAnyPackage(PAGES)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("java.net.http..", "org.springframework.web.client..");

  @ArchTest
  static final ArchRule noServiceCodeNorStores =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "io.c360.ingest..",
              "io.c360.identity..",
              "io.c360.scoring..",
              "io.c360.recommendation..",
              "io.c360.activation..",
              "software.amazon.awssdk..",
              "org.apache.kafka..");

  @ArchTest
  static final ArchRule pagesAreIndependent =
      slices()
          .matching("io.c360.console.(*)..")
          .should()
          .notDependOnEachOther()
          .ignoreDependency(
              com.tngtech.archunit.base.DescribedPredicate.alwaysTrue(),
              com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage(
                  "io.c360.console.services..",
                  "io.c360.console.web..",
                  "io.c360.console.security.."));

  @ArchTest
  static final ArchRule noCycles =
      slices().matching("io.c360.console.(*)..").should().beFreeOfCycles();
}
