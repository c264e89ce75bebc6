package io.c360.activation.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import io.c360.activation.delivery.RecommendedItem;
import io.c360.activation.profile.ActivationProfile;
import io.c360.activation.profile.ProfileId;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MessageTemplateTest {

  private static final List<RecommendedItem> ITEMS =
      List.of(
          new RecommendedItem(
              "s-1", "Trail Shoe", new BigDecimal("89.5"), "EUR", "https://i/1.jpg", "shoes"),
          new RecommendedItem("s-2", "Wool Socks", null, null, null, "socks"));

  @Test
  void substitutesTheCustomerAndTheProductsWithDefaultsForWhatIsMissing() {
    MessageTemplate template =
        new MessageTemplate(
            "${firstName:-Hello}, still there?",
            "Dear ${firstName} ${lastName:-}:\n${recommendations}\n${product1} at ${product1Price} ${product1Image}");
    Map<String, String> values =
        MessageTemplate.substitutions(profile(Map.of("firstName", "Ann")), ITEMS);
    assertThat(MessageTemplate.render(template.subject(), values)).isEqualTo("Ann, still there?");
    assertThat(MessageTemplate.render(template.body(), values))
        .isEqualTo(
            "Dear Ann :\n- Trail Shoe (89.50 EUR)\n- Wool Socks\nTrail Shoe at 89.50 EUR https://i/1.jpg");
    Map<String, String> anonymous = MessageTemplate.substitutions(profile(Map.of()), ITEMS);
    assertThat(MessageTemplate.render(template.subject(), anonymous))
        .isEqualTo("Hello, still there?");
    assertThat(MessageTemplate.render("Hi ${firstName}!", anonymous)).isEqualTo("Hi !");
  }

  @Test
  void aCustomersOwnTextIsNeverTakenForAPlaceholder() {
    Map<String, String> values =
        MessageTemplate.substitutions(profile(Map.of("firstName", "${recommendations}")), ITEMS);
    assertThat(MessageTemplate.render("Hi ${firstName}", values))
        .isEqualTo("Hi ${recommendations}");
  }

  @Test
  void namesEveryUnknownOrOutOfRangePlaceholder() {
    assertThat(
            new MessageTemplate("${firstname}", "${product3Price} ${recommendations} ${x:-y}")
                .problems(2))
        .containsExactly(
            "template.body: ${product3Price} refers to a product beyond the 2 recommendations of the campaign",
            "template.body: unknown placeholder ${x}; use firstName, lastName, recommendations, productN, productNPrice or productNImage",
            "template.subject: unknown placeholder ${firstname}; use firstName, lastName, recommendations, productN, productNPrice or productNImage");
    assertThat(new MessageTemplate(null, "${recommendations}").problems(0))
        .containsExactly("template.body: ${recommendations} needs recommendations > 0");
    assertThat(new MessageTemplate(null, " ").problems(1))
        .containsExactly("template.body: must not be blank");
  }

  private static ActivationProfile profile(Map<String, Object> traits) {
    return new ActivationProfile(new ProfileId("p-1"), List.of(), traits, Map.of(), null, Map.of());
  }
}
