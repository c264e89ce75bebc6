package io.c360.activation;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.c360.devstack.test.PortsAndAdapters;

/** Ports and adapters: domain packages never reach into adapters or their libraries. */
@AnalyzeClasses(
    packages = "io.c360.activation",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  private static final String[] DOMAIN = {
    "io.c360.activation.profile",
    "io.c360.activation.audience",
    "io.c360.activation.campaign",
    "io.c360.activation.report",
    "io.c360.activation.delivery",
    "io.c360.activation.delivery.outbox",
    "io.c360.activation.segment",
    "io.c360.activation.export",
    "io.c360.activation.erasure"
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
