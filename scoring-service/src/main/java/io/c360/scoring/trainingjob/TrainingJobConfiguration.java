package io.c360.scoring.trainingjob;

import io.c360.scoring.training.Trainer;
import io.c360.scoring.training.XGBoostRuntime;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Training jobs run one at a time on their own thread. */
@Configuration(proxyBeanMethods = false)
class TrainingJobConfiguration {

  @Bean(destroyMethod = "shutdownNow")
  ExecutorService trainingExecutor() {
    return Executors.newSingleThreadExecutor(
        Thread.ofPlatform().name("training-", 0).daemon(true).factory());
  }

  @Bean
  Trainer trainer() {
    XGBoostRuntime.check();
    return new Trainer();
  }
}
