package io.c360.scoring.registry;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Where the registry keeps its metadata (artifacts go to the blob store). */
public interface RegistryStore {

  /** The newest version of every definition. */
  List<StoredDefinition> latestDefinitions();

  Optional<StoredDefinition> latestDefinition(String model);

  /** Adds a definition version; false when that version number is taken (a concurrent add). */
  boolean addDefinition(StoredDefinition definition);

  /** Every trained version of a model, oldest first. */
  List<ModelVersion> versions(String model);

  Optional<ModelVersion> version(String model, int version);

  /** Adds a trained version; false when that version number is taken. */
  boolean addVersion(ModelVersion version);

  /** Replaces a version's metadata (its promotion decision). */
  void updateVersion(ModelVersion version);

  Optional<Champion> champion(String model);

  /**
   * Makes {@code next} the champion if the current one is still {@code expected} (none when null);
   * false when another promotion came first.
   */
  boolean replaceChampion(Champion next, @Nullable Champion expected);
}
