/** The interaction projection in the service's own recommendation-interactions table. */
@NullMarked
package io.c360.recommendation.interaction.dynamodb;

import org.jspecify.annotations.NullMarked;
