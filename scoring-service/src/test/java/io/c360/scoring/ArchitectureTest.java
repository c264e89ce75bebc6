package io.c360.scoring;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.c360.devstack.test.PortsAndAdapters;

/** Ports and adapters: domain packages never reach into adapters or their libraries. */
@AnalyzeClasses(packages = "io.c360.scoring", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  private static final String[] DOMAIN = {
    "io.c360.scoring.features",
    "io.c360.scoring.model",
    "io.c360.scoring.training",
    "io.c360.scoring.history",
    "io.c360.scoring.registry",
    "io.c360.scoring.trainingjob",
    "io.c360.scoring.scoring"
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
