package io.c360.identity;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.c360.devstack.test.PortsAndAdapters;

/**
 * Ports and adapters: domain packages (every package but the adapters') never reach into adapters
 * or their libraries; the service's tables come only from its own IdentityTables; no package
 * cycles.
 */
@AnalyzeClasses(packages = "io.c360.identity", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule domainDoesNotUseKafkaOrDynamoDb =
      PortsAndAdapters.domainUnderDoesNotUseKafkaOrDynamoDb("io.c360.identity");

  @ArchTest
  static final ArchRule domainDoesNotUseTheWebLayer =
      PortsAndAdapters.domainUnderDoesNotUseTheWebLayer("io.c360.identity");

  @ArchTest
  static final ArchRule webDoesNotReachIntoAdapters =
      PortsAndAdapters.webDoesNotReachIntoAdapters();

  @ArchTest
  static final ArchRule touchesOnlyItsOwnTables =
      PortsAndAdapters.tablesComeOnlyFrom(IdentityTables.class);

  @ArchTest
  static final ArchRule packagesAreFreeOfCycles =
      PortsAndAdapters.packagesAreFreeOfCycles("io.c360.identity");
}
