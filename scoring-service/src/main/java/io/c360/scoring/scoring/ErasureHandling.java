package io.c360.scoring.scoring;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Honours a right-to-erasure record: the profile's pending re-scoring is dropped, its scores are
 * deleted from scoring's store (and announced as removed, so every projection of {@code
 * c360.scores.v1} drops them), and its rows are removed from every score file. Its history is
 * deleted by the history projection, which reads the same record.
 */
@Service
public class ErasureHandling {

  private static final Logger log = LoggerFactory.getLogger(ErasureHandling.class);

  private final RealtimeRescoring rescoring;
  private final ScoreDelivery delivery;
  private final ScoreFiles files;
  private final ErasedProfiles erased;

  ErasureHandling(
      RealtimeRescoring rescoring,
      ScoreDelivery delivery,
      ScoreFiles files,
      ErasedProfiles erased) {
    this.rescoring = rescoring;
    this.delivery = delivery;
    this.files = files;
    this.erased = erased;
  }

  /**
   * Removes the profile's scores and file rows; a batch job running meanwhile leaves the profile
   * out of what it writes afterwards ({@link ErasedProfiles}, and the store keeps it closed).
   */
  public void erased(String profileId) {
    rescoring.forget(profileId);
    int[] files = new int[1];
    erased.erase(
        profileId,
        () -> {
          delivery.close(profileId, ScoreStore.Status.ERASED);
          files[0] = this.files.erase(profileId);
        });
    log.info(
        "erased the scores of profile {} (from the score store and {} score files)",
        profileId,
        files[0]);
  }
}
