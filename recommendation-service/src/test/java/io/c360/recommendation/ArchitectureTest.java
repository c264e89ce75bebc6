package io.c360.recommendation;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Ports and adapters: domain packages never reach into adapters or their libraries. */
@AnalyzeClasses(
    packages = "io.c360.recommendation",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  private static final String[] DOMAIN = {
    "io.c360.recommendation.catalog",
    "io.c360.recommendation.interaction",
    "io.c360.recommendation.identity",
    "io.c360.recommendation.recommender",
    "io.c360.recommendation.serving"
  };

  @ArchTest
  static final ArchRule domainDoesNotUseKafkaOrDynamoDb =
      noClasses()
          .that()
          .resideInAnyPackage(DOMAIN)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.apache.kafka..",
              "org.springframework.kafka..",
              "software.amazon.awssdk..",
              "..kafka..",
              "..dynamodb..");

  @ArchTest
  static final ArchRule domainDoesNotUseTheWebLayer =
      noClasses()
          .that()
          .resideInAnyPackage(DOMAIN)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("..web..", "jakarta.servlet..", "org.springframework.web..");

  @ArchTest
  static final ArchRule webDoesNotReachIntoAdapters =
      noClasses()
          .that()
          .resideInAPackage("..web..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "..kafka..", "..dynamodb..", "org.apache.kafka..", "software.amazon.awssdk..");
}
