package io.c360.scoring.training;

/** Receives training progress: the current stage, and each boosting round with its metric. */
public interface TrainingProgress {

  /** A new stage started ("building training set", "search 2/8", ...). */
  void stage(String stage);

  /** One boosting round finished, with the validation log loss after it. */
  void round(int round, int maxRounds, double validationLogLoss);

  /** Ignores all progress. */
  TrainingProgress NONE =
      new TrainingProgress() {
        @Override
        public void stage(String stage) {}

        @Override
        public void round(int round, int maxRounds, double validationLogLoss) {}
      };
}
