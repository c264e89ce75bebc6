package io.c360.recommendation;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.c360.devstack.test.PortsAndAdapters;

/**
 * Ports and adapters: domain packages (every package but the adapters', Amazon Personalize's and
 * the blob store's included) never reach into adapters or their libraries; the service touches only
 * its own tables (its projections of the identity graph and of the interactions); no package
 * cycles.
 */
@AnalyzeClasses(
    packages = "io.c360.recommendation",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  private static final String ROOT = "io.c360.recommendation";

  /** Adapter packages beyond the usual ones: Amazon Personalize and the blob store. */
  private static final String[] MORE_ADAPTERS = {"..personalize..", "..blob.."};

  @ArchTest
  static final ArchRule domainDoesNotUseKafkaOrDynamoDb =
      PortsAndAdapters.domainUnderDoesNotUseKafkaOrDynamoDb(ROOT, MORE_ADAPTERS);

  @ArchTest
  static final ArchRule domainDoesNotUseTheWebLayer =
      PortsAndAdapters.domainUnderDoesNotUseTheWebLayer(ROOT, MORE_ADAPTERS);

  @ArchTest
  static final ArchRule webDoesNotReachIntoAdapters =
      PortsAndAdapters.webDoesNotReachIntoAdapters();

  @ArchTest
  static final ArchRule touchesOnlyItsOwnTables =
      PortsAndAdapters.tablesComeOnlyFrom(RecommendationTables.class);

  @ArchTest
  static final ArchRule packagesAreFreeOfCycles = PortsAndAdapters.packagesAreFreeOfCycles(ROOT);
}
