/** The identity projection in the service's own recommendation-identity table. */
@NullMarked
package io.c360.recommendation.identity.dynamodb;

import org.jspecify.annotations.NullMarked;
