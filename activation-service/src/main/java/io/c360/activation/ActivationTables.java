package io.c360.activation;

import io.c360.platform.table.ServiceTables;
import io.c360.platform.table.TableSpec;
import java.util.List;

/**
 * The DynamoDB tables activation-service owns: no other service reads or writes them (one that
 * needs this service's data keeps its own projection of its topics). The service creates those that
 * are missing at startup ({@link #SERVICE}, unless {@code c360.tables.create-missing=false}); the
 * init scripts ({@code infra/docker/init/create-tables.sh} and the k8s copy) create the same tables
 * for deployments that provision them up front.
 */
public final class ActivationTables {

  /**
   * Its profile view (traits, consent, computed traits, scores), a projection of {@code
   * c360.profiles.v1} and {@code c360.scores.v1}: profileId.
   */
  public static final TableSpec ACTIVATION_PROFILES =
      new TableSpec("activation-profiles", "profileId", null, null);

  /** audience definitions, size and when they were computed: audienceId. */
  public static final TableSpec ACTIVATION_AUDIENCES =
      new TableSpec("activation-audiences", "audienceId", null, null);

  /** the current members of each audience: audienceId + profileId. */
  public static final TableSpec ACTIVATION_AUDIENCE_MEMBERS =
      new TableSpec("activation-audience-members", "audienceId", "profileId", null);

  /** campaigns with their status and progress counters: campaignId. */
  public static final TableSpec ACTIVATION_CAMPAIGNS =
      new TableSpec("activation-campaigns", "campaignId", null, null);

  /**
   * Each campaign member's treatment/control assignment (never re-assigned) and send state:
   * campaignId + profileId.
   */
  public static final TableSpec ACTIVATION_ASSIGNMENTS =
      new TableSpec("activation-assignments", "campaignId", "profileId", null);

  /**
   * Messages sent to a profile ({@code sentAt#messageId}), for frequency caps; expire through
   * {@code expiresAt}.
   */
  public static final TableSpec ACTIVATION_CONTACTS =
      new TableSpec("activation-contacts", "profileId", "contactKey", "expiresAt");

  /**
   * Orders per profile ({@code orderedAt#messageId}) from the resolved events, for campaign
   * conversion, and {@code merged-into} pointers of merged profiles.
   */
  public static final TableSpec ACTIVATION_ORDERS =
      new TableSpec("activation-orders", "profileId", "orderKey", null);

  /** the outbox, every message that would have been sent: messageId. */
  public static final TableSpec ACTIVATION_OUTBOX =
      new TableSpec("activation-outbox", "messageId", null, null);

  /** Every table of the service. */
  public static final List<TableSpec> ALL =
      List.of(
          ACTIVATION_PROFILES,
          ACTIVATION_AUDIENCES,
          ACTIVATION_AUDIENCE_MEMBERS,
          ACTIVATION_CAMPAIGNS,
          ACTIVATION_ASSIGNMENTS,
          ACTIVATION_CONTACTS,
          ACTIVATION_ORDERS,
          ACTIVATION_OUTBOX);

  /** What the service declares to the platform, which creates the missing ones at startup. */
  public static final ServiceTables SERVICE = new ServiceTables(ALL);

  private ActivationTables() {}
}
