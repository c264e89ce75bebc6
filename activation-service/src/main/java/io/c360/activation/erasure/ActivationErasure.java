package io.c360.activation.erasure;

import io.c360.activation.campaign.ContactLog;
import io.c360.activation.delivery.outbox.Outbox;
import io.c360.activation.profile.ProfileChange;
import io.c360.activation.profile.ProfileId;
import io.c360.activation.profile.ProfileViews;
import io.c360.activation.report.OrderEvents;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * What activation does with an erasure record: the profile's view is deleted and, after that, the
 * profile leaves every audience (announced, so Segment hears {@code false}); its orders, contact
 * log and outbox messages (which hold its address and name) are deleted. Its campaign assignments
 * stay: they hold only the profileId and a group, and reports stay consistent; campaigns never
 * contact it again because the send-time check finds no profile in the view.
 */
@Service
public class ActivationErasure {

  private static final Logger log = LoggerFactory.getLogger(ActivationErasure.class);

  private final ProfileViews views;
  private final OrderEvents orders;
  private final ContactLog contacts;
  private final Outbox outbox;

  ActivationErasure(ProfileViews views, OrderEvents orders, ContactLog contacts, Outbox outbox) {
    this.views = views;
    this.orders = orders;
    this.contacts = contacts;
    this.outbox = outbox;
  }

  public void erased(ProfileId profile, Instant erasedAt) {
    views.apply(List.of(new ProfileChange.Erased(profile, erasedAt)));
    orders.erased(profile.value());
    contacts.forget(profile);
    int messages = outbox.forget(profile.value());
    log.info("erased profile {} from activation ({} outbox messages)", profile, messages);
  }
}
