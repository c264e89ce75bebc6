package io.c360.activation.audience;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Audiences, computed one at a time on a background thread. */
@Configuration(proxyBeanMethods = false)
class AudienceConfiguration {

  @Bean(destroyMethod = "shutdownNow")
  ExecutorService audienceComputations() {
    return Executors.newSingleThreadExecutor(
        Thread.ofPlatform().name("audience-computation").daemon().factory());
  }
}
