package io.c360.identity;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Ports and adapters: domain packages never reach into adapters or their libraries. */
@AnalyzeClasses(packages = "io.c360.identity", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  private static final String[] DOMAIN = {
    "io.c360.identity.resolution",
    "io.c360.identity.profile",
    "io.c360.identity.timeline",
    "io.c360.identity.pipeline",
    "io.c360.identity.lookup",
    "io.c360.identity.erasure",
    "io.c360.identity.unmerge",
    "io.c360.identity.fuzzy"
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
