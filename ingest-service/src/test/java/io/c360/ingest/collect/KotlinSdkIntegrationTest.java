package io.c360.ingest.collect;

import static io.c360.ingest.support.Credentials.IOS_WRITE_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import com.segment.analytics.kotlin.core.Analytics;
import com.segment.analytics.kotlin.core.Configuration;
import com.segment.analytics.kotlin.core.RequestFactory;
import com.segment.analytics.kotlin.core.Settings;
import com.segment.analytics.kotlin.core.Storage;
import com.segment.analytics.kotlin.core.StorageProvider;
import com.segment.analytics.kotlin.core.compat.Builders;
import com.segment.analytics.kotlin.core.compat.ConfigurationBuilder;
import com.segment.analytics.kotlin.core.utilities.FileEventStream;
import com.segment.analytics.kotlin.core.utilities.PropertiesFile;
import com.segment.analytics.kotlin.core.utilities.StorageImpl;
import io.c360.common.json.EventJson;
import io.c360.common.topic.Topics;
import io.c360.devstack.test.TopicReader;
import io.c360.ingest.IngestIntegrationTest;
import io.c360.ingest.support.SelfSignedTls;
import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.stream.Collectors;
import kotlin.Unit;
import kotlinx.coroutines.CoroutineDispatcher;
import okhttp3.OkHttpClient;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import sovran.kotlin.Store;
import tools.jackson.databind.JsonNode;

/**
 * Segment's Android SDK (analytics-kotlin's {@code core}, pure JVM) used as it is, pointed at
 * ingest: it reads its settings from ingest, then uploads gzipped, chunked {@code text/plain} batch
 * files to {@code /v1/b} with the write key in the body. The SDK only speaks {@code https://}, so
 * this ingest serves HTTPS with a throw-away certificate that the app's HTTP client (the SDK's own
 * {@link RequestFactory} hook) trusts. That HTTPS ingest is a Spring context of its own, closed
 * after this class so it never runs beside the shared one.
 */
@DirtiesContext
class KotlinSdkIntegrationTest extends IngestIntegrationTest {

  private static final SelfSignedTls TLS = SelfSignedTls.forLocalhost();

  @TempDir Path storage;

  @DynamicPropertySource
  static void serveHttps(DynamicPropertyRegistry registry) {
    registry.add("server.ssl.enabled", () -> "true");
    registry.add("server.ssl.key-store", () -> TLS.keyStore().toUri().toString());
    registry.add("server.ssl.key-store-type", () -> "PKCS12");
    registry.add("server.ssl.key-store-password", TLS::password);
  }

  @Test
  void theAndroidSdkReadsItsSettingsFromIngestAndItsUploadsArriveUnrejected() throws Exception {
    String userId = "kotlin-" + UUID.randomUUID();
    List<Throwable> sdkErrors = new CopyOnWriteArrayList<>();
    Analytics analytics = new Analytics(configuration(sdkErrors));
    try (TopicReader events = new TopicReader(Topics.EVENTS.name());
        TopicReader quarantine = new TopicReader(Topics.QUARANTINE.name())) {
      String anonymousId = analytics.anonymousId();

      analytics.identify(
          userId,
          Builders.buildJsonObject(
              t -> t.put("email", "Kotlin.User@Example.com").put("firstName", "Ann")));
      analytics.track(
          "Product Added",
          Builders.buildJsonObject(
              p -> p.put("sku", "SKU-7").put("price", 12.5).put("quantity", 2)));
      analytics.screen("Cart", Builders.buildJsonObject(p -> p.put("items", 1)), "Checkout");
      analytics.flush();

      List<ConsumerRecord<String, String>> records =
          events.await(3, r -> r.value().contains(anonymousId));
      assertThat(records).as("SDK errors: %s", sdkErrors).hasSize(3);
      // the SDK sends nothing before it has settled its settings, so they are the ones it read
      Settings settings = analytics.settings();
      assertThat(settings).isNotNull();
      JsonNode segmentIo =
          EventJson.mapper().readTree(settings.getIntegrations().toString()).get("Segment.io");
      assertThat(segmentIo.get("apiKey").asString()).isEqualTo(IOS_WRITE_KEY);
      assertThat(segmentIo.get("apiHost").asString()).isEqualTo("localhost:" + port + "/v1");
      Map<String, JsonNode> byType =
          records.stream()
              .map(r -> EventJson.mapper().readTree(r.value()))
              .collect(Collectors.toMap(e -> e.get("type").asString(), Function.identity()));
      assertThat(byType.keySet()).containsExactlyInAnyOrder("identify", "track", "screen");
      byType
          .values()
          .forEach(
              e -> {
                assertThat(e.get("source").asString()).isEqualTo("ios");
                assertThat(e.get("anonymousId").asString()).isEqualTo(anonymousId);
                assertThat(e.get("userId").asString()).isEqualTo(userId);
                assertThat(e.get("context").get("library").get("name").asString())
                    .isEqualTo("analytics-kotlin");
              });
      assertThat(byType.get("identify").get("identifiers").toString())
          .contains("kotlin.user@example.com")
          .contains(userId);
      assertThat(byType.get("track").get("event").asString()).isEqualTo("Product Added");
      assertThat(byType.get("track").get("properties").get("quantity").asInt()).isEqualTo(2);
      assertThat(byType.get("track").get("properties").get("price").asDouble()).isEqualTo(12.5);
      assertThat(byType.get("screen").get("name").asString()).isEqualTo("Cart");
      assertThat(records).allSatisfy(r -> assertThat(r.value()).doesNotContain(IOS_WRITE_KEY));

      assertThat(quarantine.drain(Duration.ofSeconds(2), r -> r.value().contains(anonymousId)))
          .isEmpty();
      assertThat(events.drain(Duration.ofSeconds(2), r -> r.value().contains(anonymousId)))
          .as("nothing delivered twice")
          .isEmpty();
      assertThat(sdkErrors).isEmpty();
    } finally {
      analytics.shutdown();
    }
  }

  private Configuration configuration(List<Throwable> sdkErrors) {
    String ingest = "localhost:" + port + "/v1";
    OkHttpClient http =
        new OkHttpClient.Builder()
            .sslSocketFactory(TLS.clientContext().getSocketFactory(), TLS.trustManager())
            .build();
    Configuration configuration =
        new ConfigurationBuilder(IOS_WRITE_KEY)
            .setApplication(new Object())
            .setApiHost(ingest)
            .setCdnHost(ingest)
            .setFlushAt(3)
            .setFlushInterval(1)
            .setRequestFactory(new RequestFactory(http))
            .build();
    configuration.setStorageProvider(new TempDirStorage(storage.toFile()));
    configuration.setErrorHandler(
        error -> {
          sdkErrors.add(error);
          return Unit.INSTANCE;
        });
    return configuration;
  }

  /**
   * The SDK's own file storage (settings, user info and batch files), in this test's directory
   * instead of the SDK's fixed {@code /tmp/analytics-kotlin}.
   */
  private record TempDirStorage(File root) implements StorageProvider {

    @Override
    public Storage createStorage(Object... params) {
      Analytics analytics = (Analytics) params[0];
      String writeKey = analytics.getConfiguration().getWriteKey();
      File directory = new File(root, writeKey);
      return new StorageImpl(
          new PropertiesFile(new File(directory, "analytics-kotlin-" + writeKey + ".properties")),
          new FileEventStream(new File(directory, "events")),
          analytics.getStore(),
          writeKey,
          "segment.events.file.index." + writeKey,
          analytics.getFileIODispatcher());
    }

    // deprecated in the SDK but still abstract there, so a Java provider has to implement it
    @Override
    @SuppressWarnings("deprecation")
    public Storage getStorage(
        Analytics analytics,
        Store store,
        String writeKey,
        CoroutineDispatcher ioDispatcher,
        Object application) {
      return StorageProvider.DefaultImpls.getStorage(
          this, analytics, store, writeKey, ioDispatcher, application);
    }
  }
}
