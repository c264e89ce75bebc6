/** The DynamoDB adapter of the review queue ({@code identity-link-suggestions} table). */
@NullMarked
package io.c360.identity.review.dynamodb;

import org.jspecify.annotations.NullMarked;
