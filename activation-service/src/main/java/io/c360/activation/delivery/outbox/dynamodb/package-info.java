/** The outbox's records in DynamoDB, written once per messageId with a conditional put. */
@NullMarked
package io.c360.activation.delivery.outbox.dynamodb;

import org.jspecify.annotations.NullMarked;
