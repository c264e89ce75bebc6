package io.c360.scoring.scoring;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Scores due profiles every {@code c360.scoring.rescoring.poll} (a few times a second). */
@Component
class RescoringDrain {

  private final RealtimeRescoring rescoring;

  RescoringDrain(RealtimeRescoring rescoring) {
    this.rescoring = rescoring;
  }

  @Scheduled(fixedDelayString = "${c360.scoring.rescoring.poll:250ms}")
  void drain() {
    while (rescoring.drain() > 0) {
      // keep going while full batches are due
    }
  }
}
