package io.c360.scoring.scoring;

import io.c360.scoring.history.HistoryChanges;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Keeps scores in step with the history projection: a profile with new events is re-scored; a
 * profile merged into another loses its scores (announced as removed) and is not scored again while
 * merged, and its survivor is re-scored with the merged history; an unmerge re-scores both.
 */
@Component
class ScoresFollowHistory implements HistoryChanges {

  private final RealtimeRescoring rescoring;
  private final ScoreDelivery delivery;

  ScoresFollowHistory(RealtimeRescoring rescoring, ScoreDelivery delivery) {
    this.rescoring = rescoring;
    this.delivery = delivery;
  }

  @Override
  public void changed(Collection<String> profileIds) {
    rescoring.changed(profileIds);
  }

  @Override
  public void merged(String survivor, String merged) {
    rescoring.forget(merged);
    delivery.close(merged, ScoreStore.Status.MERGED);
    rescoring.changed(List.of(survivor));
  }

  @Override
  public void unmerged(String survivor, String restored) {
    delivery.reopen(restored);
    rescoring.changed(List.of(survivor, restored));
  }
}
