/** Audiences and their members in DynamoDB. */
@NullMarked
package io.c360.activation.audience.dynamodb;

import org.jspecify.annotations.NullMarked;
