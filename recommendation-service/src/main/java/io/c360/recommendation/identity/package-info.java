/** Resolves userIds and anonymousIds to profiles through the identity graph. */
@NullMarked
package io.c360.recommendation.identity;

import org.jspecify.annotations.NullMarked;
