package io.c360.activation.profile.dynamodb;

import io.c360.common.identifier.Identifier;
import io.c360.common.profile.ComputedTraits;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The part of a snapshot the view keeps, stored as JSON in the {@code profile} attribute: the
 * identifiers activation sends to or identifies by, trait values, consent read as granted or not,
 * and the computed traits.
 */
record ViewedProfile(
    List<Identifier> identifiers,
    Map<String, Object> traits,
    Map<String, Boolean> consent,
    @Nullable ComputedTraits computed) {}
