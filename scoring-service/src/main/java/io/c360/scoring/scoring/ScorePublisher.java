package io.c360.scoring.scoring;

import io.c360.common.score.ScoresUpdated;
import java.util.List;

/** Announces scores on {@code c360.scores.v1}; returns once every record is acknowledged. */
public interface ScorePublisher {

  void publish(List<ScoresUpdated> updates);
}
