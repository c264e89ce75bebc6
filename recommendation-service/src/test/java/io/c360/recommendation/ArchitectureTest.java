package io.c360.recommendation;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.c360.devstack.test.PortsAndAdapters;

/** Ports and adapters: domain packages never reach into adapters or their libraries. */
@AnalyzeClasses(
    packages = "io.c360.recommendation",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  private static final String[] DOMAIN = {
    "io.c360.recommendation.catalog",
    "io.c360.recommendation.evaluation",
    "io.c360.recommendation.policy",
    "io.c360.recommendation.interaction",
    "io.c360.recommendation.identity",
    "io.c360.recommendation.recommender",
    "io.c360.recommendation.serving"
  };

  @ArchTest
  static final ArchRule domainDoesNotUseKafkaOrDynamoDb =
      PortsAndAdapters.domainDoesNotUseKafkaOrDynamoDb(DOMAIN);

  @ArchTest
  static final ArchRule domainDoesNotUseTheWebLayer =
      PortsAndAdapters.domainDoesNotUseTheWebLayer(DOMAIN);

  @ArchTest
  static final ArchRule webDoesNotReachIntoAdapters =
      PortsAndAdapters.webDoesNotReachIntoAdapters();
}
