package io.c360.activation.campaign;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Runs the due campaigns every {@code c360.activation.campaigns.poll-interval}. */
@Component
class CampaignPoller {

  private final CampaignRunner runner;

  CampaignPoller(CampaignRunner runner) {
    this.runner = runner;
  }

  @Scheduled(fixedDelayString = "${c360.activation.campaigns.poll-interval:1s}")
  void runDue() {
    runner.runDue();
  }
}
