/** Reads the timeline and profiles tables of DynamoDB. */
@NullMarked
package io.c360.scoring.history.dynamodb;

import org.jspecify.annotations.NullMarked;
