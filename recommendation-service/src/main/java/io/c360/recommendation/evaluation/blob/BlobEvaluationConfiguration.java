package io.c360.recommendation.evaluation.blob;

import io.c360.common.json.EventJson;
import io.c360.platform.blob.BlobStore;
import io.c360.recommendation.evaluation.EvaluationStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Evaluations are kept in the blob store (a local directory by default, S3 when configured). */
@Configuration(proxyBeanMethods = false)
class BlobEvaluationConfiguration {

  @Bean
  EvaluationStore evaluationStore(BlobStore blobs) {
    return new BlobEvaluationStore(blobs, EventJson.mapper());
  }
}
