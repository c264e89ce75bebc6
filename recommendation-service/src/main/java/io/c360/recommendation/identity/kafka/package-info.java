/** Keeps the identity projection from identity-service's profile, merge and erasure topics. */
@NullMarked
package io.c360.recommendation.identity.kafka;

import org.jspecify.annotations.NullMarked;
