package io.c360.synthetic;

import java.time.LocalDate;
import java.util.List;

/**
 * Who a synthetic customer is. Email is lower-case and phone is E.164, as ingest normalizes them;
 * the events sometimes carry them as typed (mixed case, national format).
 *
 * @param customerId the generator's id for the person (never on an event), e.g. {@code C0000042}
 * @param userId the id the web and app log in with
 * @param loyaltyId the loyalty card number scanned at the till
 * @param anonymousIds one per device the customer browses with (one or two)
 */
public record SyntheticCustomer(
    String customerId,
    String userId,
    String email,
    String phone,
    String loyaltyId,
    String firstName,
    String lastName,
    String street,
    String postcode,
    LocalDate birthDate,
    List<String> anonymousIds) {

  public SyntheticCustomer {
    anonymousIds = List.copyOf(anonymousIds);
  }
}
