package io.c360.scoring.training;

import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoostError;

/**
 * Loads XGBoost's native library once, so a service that cannot (an unsupported platform, a jar
 * without it) fails at startup with a clear message rather than at its first training or score.
 */
public final class XGBoostRuntime {

  private XGBoostRuntime() {}

  /** Builds a one-cell matrix, which loads the native library. */
  public static void check() {
    try {
      new DMatrix(new float[] {0f}, 1, 1, Float.NaN).dispose();
    } catch (XGBoostError | UnsatisfiedLinkError | ExceptionInInitializerError e) {
      throw new IllegalStateException(
          "XGBoost's native library could not be loaded on "
              + System.getProperty("os.name")
              + "/"
              + System.getProperty("os.arch")
              + " (xgboost4j ships Linux x86_64/aarch64, macOS and Windows builds): "
              + e,
          e);
    }
  }
}
