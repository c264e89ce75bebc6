package io.c360.recommendation.catalog.kafka;

import io.c360.common.json.EventJson;
import io.c360.recommendation.catalog.Catalog;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The catalog kept from {@code c360.catalog.v1}. */
@Configuration(proxyBeanMethods = false)
class KafkaCatalogConfiguration {

  @Bean
  CatalogListener catalogListener(Catalog catalog) {
    return new CatalogListener(catalog, EventJson.mapper());
  }
}
