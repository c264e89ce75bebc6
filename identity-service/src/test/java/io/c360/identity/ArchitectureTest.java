package io.c360.identity;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.c360.devstack.test.PortsAndAdapters;

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
    "io.c360.identity.fuzzy",
    "io.c360.identity.linkage"
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
