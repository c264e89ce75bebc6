package io.c360.activation.report;

import io.c360.activation.campaign.Campaign;
import io.c360.activation.campaign.CampaignId;
import io.c360.activation.campaign.CampaignService;
import io.c360.activation.campaign.CampaignStore;
import io.c360.activation.campaign.Group;
import io.c360.activation.campaign.MemberState;
import io.c360.activation.report.Uplift.Arm;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;

/** Computes campaign reports from the assignments and the order ledger. */
@Service
public class CampaignReports {

  private final CampaignService campaigns;
  private final CampaignStore store;
  private final OrderLedger orders;
  private final Clock clock;

  CampaignReports(CampaignService campaigns, CampaignStore store, OrderLedger orders, Clock clock) {
    this.campaigns = campaigns;
    this.store = store;
    this.orders = orders;
    this.clock = clock;
  }

  public CampaignReport report(CampaignId id) {
    Campaign campaign = campaigns.get(id);
    Instant now = clock.instant();
    Duration window = Duration.ofDays(campaign.conversionWindowDays());
    Tally treatment = new Tally();
    Tally control = new Tally();
    boolean[] complete = {true};
    store.forEachAssignment(
        id,
        a -> {
          boolean treated =
              a.group() == Group.TREATMENT
                  && (a.state() == MemberState.SENT || a.state() == MemberState.FAILED);
          boolean heldOut = a.group() == Group.CONTROL && a.state() == MemberState.HELD_OUT;
          if ((!treated && !heldOut) || a.decidedAt() == null) {
            return;
          }
          Instant end = a.decidedAt().plus(window);
          if (end.isAfter(now)) {
            complete[0] = false;
          }
          List<Order> placed = orders.orders(a.profileId(), a.decidedAt(), end);
          BigDecimal revenue =
              placed.stream().map(Order::revenue).reduce(BigDecimal.ZERO, BigDecimal::add);
          (treated ? treatment : control).add(!placed.isEmpty(), revenue.doubleValue());
        });
    Arm t = treatment.arm();
    Arm c = control.arm();
    return new CampaignReport(
        id.value(),
        campaign.conversionWindowDays(),
        now,
        complete[0] && (t.members() + c.members() > 0),
        t,
        c,
        t.rate(),
        c.rate(),
        t.revenuePerMember(),
        c.revenuePerMember(),
        Uplift.of(t, c));
  }

  private static final class Tally {
    private long members;
    private long conversions;
    private double revenue;
    private double squares;

    void add(boolean converted, double memberRevenue) {
      members++;
      conversions += converted ? 1 : 0;
      revenue += memberRevenue;
      squares += memberRevenue * memberRevenue;
    }

    Arm arm() {
      return new Arm(members, conversions, revenue, squares);
    }
  }
}
