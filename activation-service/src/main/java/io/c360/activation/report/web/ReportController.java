package io.c360.activation.report.web;

import io.c360.activation.campaign.CampaignId;
import io.c360.activation.report.CampaignReport;
import io.c360.activation.report.CampaignReports;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A campaign's report. */
@RestController
@Tag(name = "campaigns")
class ReportController {

  private final CampaignReports reports;

  ReportController(CampaignReports reports) {
    this.reports = reports;
  }

  @GetMapping("/v1/campaigns/{id}/report")
  @Operation(
      summary = "Conversion, revenue per member and uplift of treatment over control",
      description =
          "Treatment: members sent (or failed) the message; control: eligible members held out."
              + " A conversion is an Order Completed within conversionWindowDays of the member's"
              + " send or hold-out time. Intervals are 95 %.")
  CampaignReport report(@PathVariable String id) {
    return reports.report(new CampaignId(id));
  }
}
