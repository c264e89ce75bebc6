package io.c360.scoring.scoring;

import io.c360.scoring.registry.ModelRegistry;
import io.c360.scoring.registry.StoredDefinition;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Honours a right-to-erasure record: the profile's pending re-scoring is dropped, its scores are
 * removed from the profile (and announced as removed), and its rows are removed from every score
 * file. The service caches no features: they are computed from the timeline each time.
 */
public class ErasureHandling {

  private static final Logger log = LoggerFactory.getLogger(ErasureHandling.class);

  private final RealtimeRescoring rescoring;
  private final ScoreDelivery delivery;
  private final ScoreFiles files;
  private final ModelRegistry registry;
  private final ErasedProfiles erased;

  public ErasureHandling(
      RealtimeRescoring rescoring,
      ScoreDelivery delivery,
      ScoreFiles files,
      ModelRegistry registry,
      ErasedProfiles erased) {
    this.rescoring = rescoring;
    this.delivery = delivery;
    this.files = files;
    this.registry = registry;
    this.erased = erased;
  }

  /**
   * Removes the profile's scores and file rows; a batch job running meanwhile leaves the profile
   * out of what it writes afterwards ({@link ErasedProfiles}).
   */
  public void erased(String profileId) {
    rescoring.forget(profileId);
    List<String> models = registry.definitions().stream().map(StoredDefinition::name).toList();
    int[] files = new int[1];
    erased.erase(
        profileId,
        () -> {
          delivery.remove(profileId, models);
          files[0] = this.files.erase(profileId);
        });
    log.info(
        "erased the scores of profile {} (from the profile and {} score files)",
        profileId,
        files[0]);
  }
}
