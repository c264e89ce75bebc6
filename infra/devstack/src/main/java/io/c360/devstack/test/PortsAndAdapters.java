package io.c360.devstack.test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.lang.ArchRule;

/**
 * The ports-and-adapters rules every service's ArchitectureTest checks, so each service only names
 * its domain packages: domain packages never reach into Kafka, DynamoDB or the web layer, and
 * controllers never reach into adapters.
 */
public final class PortsAndAdapters {

  private PortsAndAdapters() {}

  public static ArchRule domainDoesNotUseKafkaOrDynamoDb(String... domainPackages) {
    return noClasses()
        .that()
        .resideInAnyPackage(domainPackages)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.apache.kafka..",
            "org.springframework.kafka..",
            "software.amazon.awssdk..",
            "..kafka..",
            "..dynamodb..");
  }

  public static ArchRule domainDoesNotUseTheWebLayer(String... domainPackages) {
    return noClasses()
        .that()
        .resideInAnyPackage(domainPackages)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("..web..", "jakarta.servlet..", "org.springframework.web..");
  }

  public static ArchRule webDoesNotReachIntoAdapters() {
    return noClasses()
        .that()
        .resideInAPackage("..web..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "..kafka..", "..dynamodb..", "org.apache.kafka..", "software.amazon.awssdk..");
  }
}
