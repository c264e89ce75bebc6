package io.c360.recommendation.evaluation.blob;

import io.c360.common.json.EventJson;
import io.c360.platform.blob.BlobNotFoundException;
import io.c360.platform.blob.BlobStore;
import io.c360.recommendation.evaluation.Evaluation;
import io.c360.recommendation.evaluation.EvaluationStore;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * One JSON blob per evaluation, {@code evaluations/recommendation/<id>.json}; ids start with the
 * request time, so keys sort oldest first. Evaluations are kept in the blob store (a local
 * directory by default, S3 when configured).
 */
@Component
final class BlobEvaluationStore implements EvaluationStore {

  static final String PREFIX = "evaluations/recommendation/";

  private final BlobStore blobs;
  private final JsonMapper json;

  BlobEvaluationStore(BlobStore blobs) {
    this.blobs = blobs;
    this.json = EventJson.mapper();
  }

  @Override
  public void save(Evaluation evaluation) {
    byte[] bytes = json.writeValueAsBytes(evaluation);
    try {
      blobs.put(key(evaluation.id()), new ByteArrayInputStream(bytes), bytes.length);
    } catch (IOException e) {
      throw new UncheckedIOException("evaluation " + evaluation.id() + " could not be kept", e);
    }
  }

  @Override
  public Optional<Evaluation> find(String id) {
    if (!id.matches("[A-Za-z0-9-]{1,64}")) {
      return Optional.empty();
    }
    try (InputStream in = blobs.open(key(id))) {
      return Optional.of(json.readValue(in, Evaluation.class));
    } catch (BlobNotFoundException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("evaluation " + id + " could not be read", e);
    }
  }

  @Override
  public List<Evaluation> all() {
    try {
      List<String> keys = new ArrayList<>(blobs.list(PREFIX));
      List<Evaluation> all = new ArrayList<>();
      for (String key : keys.reversed()) {
        if (key.endsWith(".json")) {
          try (InputStream in = blobs.open(key)) {
            all.add(json.readValue(in, Evaluation.class));
          }
        }
      }
      return all;
    } catch (IOException e) {
      throw new UncheckedIOException("evaluations could not be listed", e);
    }
  }

  private static String key(String id) {
    return PREFIX + id + ".json";
  }
}
