/** Resolves userIds and anonymousIds to profiles through the service's own identity projection. */
@NullMarked
package io.c360.recommendation.identity;

import org.jspecify.annotations.NullMarked;
