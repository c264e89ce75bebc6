package io.c360.activation.report;

import io.c360.activation.campaign.CampaignService;
import io.c360.activation.campaign.CampaignStore;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Campaign reports. */
@Configuration(proxyBeanMethods = false)
class ReportConfiguration {

  @Bean
  CampaignReports campaignReports(
      CampaignService campaigns, CampaignStore store, OrderLedger orders, Clock clock) {
    return new CampaignReports(campaigns, store, orders, clock);
  }

  @Bean
  OrderEvents orderEvents(OrderLedger orders) {
    return new OrderEvents(orders);
  }
}
