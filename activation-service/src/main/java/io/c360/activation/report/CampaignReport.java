package io.c360.activation.report;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A campaign's outcome: each arm's members (treatment: sent or failed, i.e. everyone eligible who
 * was meant to get the message; control: everyone eligible who was held out), conversions (an order
 * within {@code conversionWindowDays} of the member's send or hold-out time) and revenue, and the
 * uplift.
 *
 * @param complete whether every member's window has closed; before that the numbers still grow
 * @param uplift null while a group is empty
 */
public record CampaignReport(
    String campaignId,
    int conversionWindowDays,
    Instant asOf,
    boolean complete,
    Uplift.Arm treatment,
    Uplift.Arm control,
    double treatmentConversionRate,
    double controlConversionRate,
    double treatmentRevenuePerMember,
    double controlRevenuePerMember,
    @Nullable Uplift uplift) {}
