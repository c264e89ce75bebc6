package io.c360.console.campaigns;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The win-back form as typed: audience, channel, template, holdout, frequency cap and schedule.
 *
 * @param startAt {@code yyyy-MM-ddTHH:mm} in UTC, as the browser's datetime-local field sends it;
 *     blank to start at launch
 */
record CampaignForm(
    @Nullable String name,
    @Nullable String audienceId,
    @Nullable String channel,
    @Nullable String subject,
    @Nullable String body,
    @Nullable Double holdoutPercent,
    @Nullable Integer capMessages,
    @Nullable Integer capDays,
    @Nullable Integer recommendations,
    @Nullable String startAt) {

  /** The request body of activation-service's {@code POST /v1/campaigns}; it checks the rest. */
  Map<String, Object> toDefinition() {
    Map<String, Object> definition = new LinkedHashMap<>();
    definition.put("name", name);
    definition.put("type", "win-back");
    definition.put("audienceId", audienceId);
    definition.put("channel", channel);
    Map<String, Object> template = new LinkedHashMap<>();
    template.put("subject", subject == null || subject.isBlank() ? null : subject);
    template.put("body", body);
    definition.put("template", template);
    definition.put("holdoutPercent", holdoutPercent);
    definition.put("recommendations", recommendations);
    if (capMessages != null || capDays != null) {
      definition.put(
          "frequencyCap",
          Map.of(
              "maxMessages",
              capMessages == null ? 1 : capMessages,
              "days",
              capDays == null ? 7 : capDays));
    }
    definition.put("startAt", startInstant());
    return definition;
  }

  private @Nullable String startInstant() {
    if (startAt == null || startAt.isBlank()) {
      return null;
    }
    try {
      return LocalDateTime.parse(startAt).toInstant(ZoneOffset.UTC).toString();
    } catch (DateTimeParseException e) {
      throw io.c360.console.web.ConsoleProblem.badRequest(
          "Start '" + startAt + "' is not a date and time such as 2026-12-24T09:00.");
    }
  }
}
