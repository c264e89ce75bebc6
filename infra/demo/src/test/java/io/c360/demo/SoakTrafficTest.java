package io.c360.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.c360.common.event.CustomerEvent;
import io.c360.synthetic.RetailWorld;
import io.c360.synthetic.WorldSpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SoakTrafficTest {

  private final List<CustomerEvent> events =
      RetailWorld.generate(new WorldSpec(5, 20, 30, Instant.parse("2025-01-01T00:00:00Z"), 120))
          .allEvents();

  @Test
  void sendsTheAppsEventsInTimeOrderWithConsentAfterEachFirstLoginAndNoFileSource() {
    SoakTraffic traffic = new SoakTraffic(events, "r1");
    List<SoakTraffic.Message> pass = new ArrayList<>();
    for (int i = 0; i < traffic.size(); i++) {
      pass.add(traffic.next());
    }

    long appEvents =
        events.stream().filter(e -> !WorldStep.FILE_SOURCES.contains(e.source())).count();
    long consents = traffic.userIds().stream().filter(SegmentMessages::consents).count();
    assertThat(pass).hasSize((int) (appEvents + consents));
    assertThat(pass).noneMatch(m -> WorldStep.FILE_SOURCES.contains(m.source()));
    List<Instant> timestamps =
        pass.stream()
            .filter(m -> !String.valueOf(m.body().get("messageId")).contains("-consent-"))
            .map(m -> Instant.parse((String) m.body().get("timestamp")))
            .toList();
    assertThat(timestamps).hasSize((int) appEvents).isSorted();
    // a consent call follows its customer's first login, sent with the web write key
    String consenting =
        traffic.userIds().stream().filter(SegmentMessages::consents).findFirst().orElseThrow();
    int consent = indexOf(pass, "soak-r1-1-consent-" + consenting);
    assertThat(consent).isPositive();
    assertThat(pass.get(consent).source()).isEqualTo("web");
    assertThat(pass.get(consent - 1).body())
        .containsEntry("type", "identify")
        .containsEntry("userId", consenting);
  }

  @Test
  void givesEveryMessageOfEveryPassAndRunAMessageIdOfItsOwn() {
    SoakTraffic traffic = new SoakTraffic(events, "r1");
    Set<Object> ids = new HashSet<>();
    for (int i = 0; i < 2 * traffic.size() + 5; i++) {
      ids.add(traffic.next().body().get("messageId"));
    }
    SoakTraffic again = new SoakTraffic(events, "r2");

    assertThat(ids).hasSize(2 * traffic.size() + 5);
    assertThat(traffic.pass()).isEqualTo(3);
    assertThat(ids).doesNotContain(again.next().body().get("messageId"));
  }

  @Test
  void thePosFileOfEachRunHasTransactionsOfItsOwnAndKeepsItsHeaderAndRows() {
    String file =
        WorldFiles.posSales(events.stream().filter(e -> e.source().equals("pos")).toList(), false);

    String own = Soak.ownTransactions(file, "r1");

    List<String> before = file.lines().toList();
    List<String> after = own.lines().toList();
    assertThat(after).hasSameSizeAs(before).first().isEqualTo(WorldFiles.POS_HEADER);
    assertThat(after.size()).isGreaterThan(1);
    for (int i = 1; i < after.size(); i++) {
      assertThat(after.get(i)).isEqualTo("soak-r1-" + before.get(i));
    }
  }

  private static int indexOf(List<SoakTraffic.Message> messages, String messageId) {
    for (int i = 0; i < messages.size(); i++) {
      if (messageId.equals(messages.get(i).body().get("messageId"))) {
        return i;
      }
    }
    return -1;
  }
}
