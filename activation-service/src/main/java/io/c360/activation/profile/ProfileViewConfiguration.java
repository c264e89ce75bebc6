package io.c360.activation.profile;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The profile view, written by a few virtual threads at once. */
@Configuration(proxyBeanMethods = false)
class ProfileViewConfiguration {

  @Bean(destroyMethod = "shutdownNow")
  ExecutorService profileViewWriters(ProfileViewProperties properties) {
    return Executors.newFixedThreadPool(
        properties.writeConcurrency(), Thread.ofVirtual().name("profile-view-", 0).factory());
  }
}
