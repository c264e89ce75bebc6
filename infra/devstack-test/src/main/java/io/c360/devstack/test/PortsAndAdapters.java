package io.c360.devstack.test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.domain.JavaFieldAccess;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import io.c360.platform.table.TableSpec;

/**
 * The ports-and-adapters rules every service's ArchitectureTest checks, so each service only names
 * its domain packages: domain packages never reach into Kafka, DynamoDB or the web layer,
 * controllers never reach into adapters, a service's tables come only from its own {@code *Tables}
 * class, and its packages are free of cycles.
 */
public final class PortsAndAdapters {

  private PortsAndAdapters() {}

  /** What only adapters may use: Kafka, DynamoDB and the AWS SDK, and the adapter packages. */
  private static final String[] KAFKA_AND_DYNAMODB = {
    "org.apache.kafka..",
    "org.springframework.kafka..",
    "software.amazon.awssdk..",
    "..kafka..",
    "..dynamodb.."
  };

  /** The web layer, which domain classes never use. */
  private static final String[] WEB_LAYER = {
    "..web..", "jakarta.servlet..", "org.springframework.web.."
  };

  /** The adapter packages every service may have, at any depth. */
  private static final String[] ADAPTERS = {
    "..kafka..", "..dynamodb..", "..web..", "..problem..", "..s3.."
  };

  /**
   * Every class under {@code root} (e.g. {@code io.c360.ingest}, so new packages are covered) that
   * is not in an adapter package ({@code ..kafka..}, {@code ..dynamodb..}, {@code ..web..}, {@code
   * ..problem..}, {@code ..s3..}, or one of {@code moreAdapters}) nor in the root package itself
   * (the application and its wiring) is domain: it never reaches into Kafka, DynamoDB or the AWS
   * SDK.
   */
  public static ArchRule domainUnderDoesNotUseKafkaOrDynamoDb(String root, String... moreAdapters) {
    return noClasses()
        .that()
        .resideInAPackage(root + "..")
        .and()
        .resideOutsideOfPackages(adaptersAnd(root, moreAdapters))
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(KAFKA_AND_DYNAMODB);
  }

  /** Domain classes under {@code root} (as above) never depend on the web layer. */
  public static ArchRule domainUnderDoesNotUseTheWebLayer(String root, String... moreAdapters) {
    return noClasses()
        .that()
        .resideInAPackage(root + "..")
        .and()
        .resideOutsideOfPackages(adaptersAnd(root, moreAdapters))
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(WEB_LAYER);
  }

  private static String[] adaptersAnd(String root, String... more) {
    String[] all = new String[ADAPTERS.length + more.length + 1];
    System.arraycopy(ADAPTERS, 0, all, 0, ADAPTERS.length);
    System.arraycopy(more, 0, all, ADAPTERS.length, more.length);
    all[all.length - 1] = root;
    return all;
  }

  public static ArchRule domainDoesNotUseKafkaOrDynamoDb(String... domainPackages) {
    return noClasses()
        .that()
        .resideInAnyPackage(domainPackages)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(KAFKA_AND_DYNAMODB);
  }

  public static ArchRule domainDoesNotUseTheWebLayer(String... domainPackages) {
    return noClasses()
        .that()
        .resideInAnyPackage(domainPackages)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(WEB_LAYER);
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

  /**
   * The service's tables are declared in one class of its own, {@code tablesClass} (e.g. {@code
   * IdentityTables}), and come from there only: no other class makes a {@link TableSpec} (so no
   * class holds a table name of its own making, nor a copy of another service's), and every {@link
   * TableSpec} a class reads, like any field of a {@code *Tables} class (another service's {@code
   * ALL}), is one of {@code tablesClass}. Together with each service depending on no other
   * service's module, a service touches only the tables it owns.
   */
  public static ArchRule tablesComeOnlyFrom(Class<?> tablesClass) {
    ArchRule declaredThereOnly =
        noClasses()
            .that()
            .doNotBelongToAnyOf(tablesClass)
            .should()
            .callConstructorWhere(
                DescribedPredicate.describe(
                    "a new TableSpec (tables are declared in " + tablesClass.getSimpleName() + ")",
                    (JavaConstructorCall call) ->
                        call.getTargetOwner().isEquivalentTo(TableSpec.class)))
            .because("a service's tables are declared in its own " + tablesClass.getSimpleName());
    ArchRule readFromThereOnly =
        noClasses()
            .should()
            .accessFieldWhere(
                DescribedPredicate.describe(
                    "a table declared elsewhere than " + tablesClass.getSimpleName(),
                    (JavaFieldAccess access) ->
                        !access.getTargetOwner().isEquivalentTo(tablesClass)
                            && (access.getTarget().getRawType().isEquivalentTo(TableSpec.class)
                                || access.getTargetOwner().getSimpleName().endsWith("Tables"))))
            .because("a service touches only the tables it owns");
    return CompositeArchRule.of(declaredThereOnly).and(readFromThereOnly);
  }

  /** The top-level packages under {@code root} (e.g. {@code io.c360.scoring}) form no cycle. */
  public static ArchRule packagesAreFreeOfCycles(String root) {
    return slices().matching(root + ".(*)..").should().beFreeOfCycles();
  }
}
