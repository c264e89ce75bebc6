package io.c360.identity.resolution;

import io.c360.common.identifier.Identifier;
import io.c360.common.identifier.IdentifierType;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Merge protection: the links {@link ResolutionProperties} refuse. */
final class LinkLimits {

  private final ResolutionProperties rules;

  LinkLimits(ResolutionProperties rules) {
    this.rules = rules;
  }

  /**
   * Refuses when the profiles together with the new identifiers would hold two userIds, or more
   * identifiers of a type than its limit.
   */
  void check(List<StoredProfile> profiles, List<Identifier> unclaimed, Set<ProfileId> involved) {
    for (StoredProfile profile : profiles) {
      for (StoredProfile other : profiles) {
        if (profile.keepApart().contains(other.profileId())) {
          throw new LinkRefusal("an operator unmerged these profiles", involved);
        }
      }
    }
    Map<IdentifierType, Set<String>> values = new EnumMap<>(IdentifierType.class);
    for (StoredProfile profile : profiles) {
      profile
          .identifiers()
          .forEach(
              l ->
                  values
                      .computeIfAbsent(l.identifier().type(), t -> new LinkedHashSet<>())
                      .add(l.identifier().value()));
    }
    unclaimed.forEach(
        i -> values.computeIfAbsent(i.type(), t -> new LinkedHashSet<>()).add(i.value()));
    for (var entry : values.entrySet()) {
      IdentifierType type = entry.getKey();
      int limit = rules.limit(type);
      if (entry.getValue().size() > limit) {
        String reason =
            type == IdentifierType.USER_ID && limit == 1
                ? (profiles.size() > 1
                    ? "the profiles hold different userIds"
                    : "the profile holds a different userId")
                : "more than " + limit + " " + type.wireName() + " identifiers on one profile";
        throw new LinkRefusal(reason, involved);
      }
    }
  }
}
