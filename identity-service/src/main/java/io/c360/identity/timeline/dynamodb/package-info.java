/** The DynamoDB adapter of the timeline. */
@NullMarked
package io.c360.identity.timeline.dynamodb;

import org.jspecify.annotations.NullMarked;
