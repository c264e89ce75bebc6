/** The DynamoDB adapter of the score projection ({@code identity-scores}). */
@NullMarked
package io.c360.identity.score.dynamodb;

import org.jspecify.annotations.NullMarked;
