package io.c360.identity.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import io.c360.identity.linkage.LinkageEvaluation.Quality;
import io.c360.identity.linkage.LinkageEvaluation.Variant;
import io.c360.identity.linkage.synthetic.DuplicateGenerator.Labelled;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Floors on generated duplicates (2,000 originals, 2,000 duplicates, seed 15), about a point under
 * what was measured, so a change that costs a point of precision or a few of recall fails the
 * build.
 */
class BatchLinkerQualityTest {

  @Test
  void linksFullRecordsWithHighPrecisionAndRecall() {
    List<Labelled> records = LinkageEvaluation.records(Variant.FULL, 2000, 2000, 15);

    Quality batch = LinkageEvaluation.batch(records, LinkageProperties.defaults());
    Quality perRecord = LinkageEvaluation.perRecord(records);

    System.out.printf(
        "full records: batch %s P %.4f R %.4f F1 %.4f; per record P %.4f R %.4f F1 %.4f%n",
        batch.method(),
        batch.precision(),
        batch.recall(),
        batch.f1(),
        perRecord.precision(),
        perRecord.recall(),
        perRecord.f1());
    assertThat(batch.method()).isEqualTo("fellegi-sunter");
    assertThat(batch.precision()).isGreaterThanOrEqualTo(0.99);
    assertThat(batch.f1()).isGreaterThanOrEqualTo(0.95);
    assertThat(batch.f1()).isGreaterThan(perRecord.f1());
  }

  @Test
  void fallsBackToTodaysScorerWhenTheFieldsAreTooFewToEstimateFrom() {
    List<Labelled> records = LinkageEvaluation.records(Variant.NAMES_AND_POSTCODE, 2000, 2000, 15);

    Quality batch = LinkageEvaluation.batch(records, LinkageProperties.defaults());

    assertThat(batch.precision()).isGreaterThanOrEqualTo(0.98);
    assertThat(batch.recall()).isGreaterThanOrEqualTo(0.2);
  }
}
