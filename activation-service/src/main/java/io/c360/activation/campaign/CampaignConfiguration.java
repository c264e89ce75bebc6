package io.c360.activation.campaign;

import io.c360.activation.audience.AudienceService;
import io.c360.activation.audience.AudienceStore;
import io.c360.activation.delivery.MessageSenders;
import io.c360.activation.profile.ProfileDirectory;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/** Campaigns and the poller that runs due ones every {@code poll-interval}. */
@Configuration(proxyBeanMethods = false)
class CampaignConfiguration {

  @Bean
  CampaignService campaignService(CampaignStore store, AudienceService audiences, Clock clock) {
    return new CampaignService(store, audiences, clock);
  }

  @Bean
  CampaignRunner campaignRunner(
      CampaignStore campaigns,
      AudienceStore audiences,
      ProfileDirectory profiles,
      ContactLog contacts,
      RecommendationSource recommendations,
      MessageSenders senders,
      CampaignProperties properties,
      Clock clock) {
    return new CampaignRunner(
        campaigns, audiences, profiles, contacts, recommendations, senders, properties, clock);
  }

  @Bean
  SchedulingConfigurer campaignPoller(CampaignRunner runner, CampaignProperties properties) {
    return (ScheduledTaskRegistrar registrar) ->
        registrar.addFixedDelayTask(runner::runDue, properties.pollInterval());
  }
}
