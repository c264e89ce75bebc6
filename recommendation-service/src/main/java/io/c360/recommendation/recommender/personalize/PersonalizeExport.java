package io.c360.recommendation.recommender.personalize;

import io.c360.platform.blob.BlobStore;
import io.c360.recommendation.interaction.Interaction;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

/**
 * Writes C360's interactions, items and users as Personalize dataset CSVs, with the schema JSON for
 * each, under {@code personalize/export/<yyyyMMddTHHmmssZ>/} in the blob store: {@code
 * interactions.csv}, {@code items.csv}, {@code users.csv} and {@code interactions-schema.json},
 * {@code items-schema.json}, {@code users-schema.json}. Profiles in the {@link
 * PersonalizeErasureLog} are left out of every file. Interactions and items stream through; only
 * the per-user category counts for {@code users.csv} are held in memory.
 */
public final class PersonalizeExport {

  static final String PREFIX = "personalize/export/";

  /** Personalize refuses ids longer than this and categorical values longer than 1000. */
  private static final int MAX_ID_LENGTH = 256;

  private static final int MAX_CATEGORICAL_LENGTH = 1000;
  private static final String UNKNOWN_CATEGORY = "unknown";
  private static final DateTimeFormatter FOLDER =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  private final BlobStore blobs;
  private final PersonalizeErasureLog erasures;
  private final Clock clock;

  public PersonalizeExport(BlobStore blobs, PersonalizeErasureLog erasures, Clock clock) {
    this.blobs = blobs;
    this.erasures = erasures;
    this.clock = clock;
  }

  /**
   * What one export wrote.
   *
   * @param prefix the folder, e.g. {@code personalize/export/20261101T020000Z/}
   * @param erasedInteractions interactions left out because their profile was erased
   * @param rejected rows left out because an id or value breaks Personalize's limits
   */
  public record Result(
      String prefix,
      long interactions,
      long items,
      long users,
      long erasedInteractions,
      long rejected) {}

  /** Writes one export; the files appear once each is complete. */
  public Result export(Iterable<Interaction> interactions, Iterable<ExportItem> items)
      throws IOException {
    String prefix = PREFIX + FOLDER.format(clock.instant()) + "/";
    Set<String> erased = erasures.erasedProfiles();
    Map<String, Map<String, Integer>> categoriesByUser = new LinkedHashMap<>();
    long[] counts = new long[4]; // interactions, erased, rejected, items

    blobs.write(
        prefix + "interactions.csv",
        out -> {
          try (CSVPrinter csv = printer(out, PersonalizeSchemas.INTERACTIONS)) {
            for (Interaction interaction : interactions) {
              if (erased.contains(interaction.profileId())) {
                counts[1]++;
                continue;
              }
              if (interaction.profileId().length() > MAX_ID_LENGTH
                  || interaction.sku().length() > MAX_ID_LENGTH) {
                counts[2]++;
                continue;
              }
              csv.printRecord(
                  interaction.profileId(),
                  interaction.sku(),
                  interaction.at().getEpochSecond(),
                  PersonalizeEventTypes.of(interaction.kind()));
              counts[0]++;
              Map<String, Integer> categories =
                  categoriesByUser.computeIfAbsent(interaction.profileId(), p -> new HashMap<>());
              String category = categorical(interaction.category());
              if (category != null) {
                categories.merge(category, 1, Integer::sum);
              }
            }
          }
        });

    blobs.write(
        prefix + "items.csv",
        out -> {
          try (CSVPrinter csv = printer(out, PersonalizeSchemas.ITEMS)) {
            for (ExportItem item : items) {
              if (item.sku().length() > MAX_ID_LENGTH) {
                counts[2]++;
                continue;
              }
              String category = categorical(item.category());
              csv.printRecord(
                  item.sku(),
                  category == null ? UNKNOWN_CATEGORY : category,
                  item.price().toPlainString(),
                  item.createdAt().getEpochSecond());
              counts[3]++;
            }
          }
        });

    blobs.write(
        prefix + "users.csv",
        out -> {
          try (CSVPrinter csv = printer(out, PersonalizeSchemas.USERS)) {
            for (var user : categoriesByUser.entrySet()) {
              csv.printRecord(user.getKey(), preferred(user.getValue()));
            }
          }
        });

    writeSchema(
        prefix + "interactions-schema.json", "Interactions", PersonalizeSchemas.INTERACTIONS);
    writeSchema(prefix + "items-schema.json", "Items", PersonalizeSchemas.ITEMS);
    writeSchema(prefix + "users-schema.json", "Users", PersonalizeSchemas.USERS);
    return new Result(prefix, counts[0], counts[3], categoriesByUser.size(), counts[1], counts[2]);
  }

  private void writeSchema(String key, String name, List<PersonalizeSchemas.Field> fields)
      throws IOException {
    byte[] json = PersonalizeSchemas.schema(name, fields).getBytes(StandardCharsets.UTF_8);
    blobs.write(key, out -> out.write(json));
  }

  private static CSVPrinter printer(java.io.OutputStream out, List<PersonalizeSchemas.Field> fields)
      throws IOException {
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    CSVFormat format =
        CSVFormat.DEFAULT
            .builder()
            .setHeader(PersonalizeSchemas.header(fields))
            .setRecordSeparator("\n")
            .get();
    return new CSVPrinter(writer, format);
  }

  /** A categorical value Personalize accepts, or null when there is none. */
  private static @Nullable String categorical(@Nullable String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String trimmed = value.strip();
    return trimmed.length() <= MAX_CATEGORICAL_LENGTH
        ? trimmed
        : trimmed.substring(0, MAX_CATEGORICAL_LENGTH);
  }

  /** The most frequent category, ties to the alphabetically first; empty (null) when none. */
  private static String preferred(Map<String, Integer> categories) {
    return categories.entrySet().stream()
        .sorted(
            Map.Entry.<String, Integer>comparingByValue()
                .reversed()
                .thenComparing(Map.Entry.comparingByKey()))
        .map(Map.Entry::getKey)
        .findFirst()
        .orElse("");
  }
}
