package io.c360.activation;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.c360.devstack.test.PortsAndAdapters;

/**
 * Ports and adapters: domain packages (every package but the adapters') never reach into adapters
 * or their libraries; the service's tables come only from its own ActivationTables; no package
 * cycles. Besides the common adapter packages, activation's adapters are the AWS destinations
 * ({@code ..aws..}, {@code ..ses..}, {@code ..sms..}, {@code ..pinpoint..}), the Segment client
 * ({@code ..segment.client..}) and the recommendation-service client ({@code ..http..}).
 */
@AnalyzeClasses(
    packages = "io.c360.activation",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  private static final String[] ADAPTERS = {
    "..aws..", "..ses..", "..sms..", "..pinpoint..", "..segment.client..", "..http.."
  };

  @ArchTest
  static final ArchRule domainDoesNotUseKafkaOrDynamoDb =
      PortsAndAdapters.domainUnderDoesNotUseKafkaOrDynamoDb("io.c360.activation", ADAPTERS);

  @ArchTest
  static final ArchRule domainDoesNotUseTheWebLayer =
      PortsAndAdapters.domainUnderDoesNotUseTheWebLayer("io.c360.activation", ADAPTERS);

  @ArchTest
  static final ArchRule webDoesNotReachIntoAdapters =
      PortsAndAdapters.webDoesNotReachIntoAdapters();

  @ArchTest
  static final ArchRule touchesOnlyItsOwnTables =
      PortsAndAdapters.tablesComeOnlyFrom(ActivationTables.class);

  @ArchTest
  static final ArchRule packagesAreFreeOfCycles =
      PortsAndAdapters.packagesAreFreeOfCycles("io.c360.activation");
}
