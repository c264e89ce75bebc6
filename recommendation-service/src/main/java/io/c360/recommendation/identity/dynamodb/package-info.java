/** Reads identity-service's identity table. */
@NullMarked
package io.c360.recommendation.identity.dynamodb;

import org.jspecify.annotations.NullMarked;
