/** What the service's DynamoDB adapters share: batched reads and writes with retries. */
@NullMarked
package io.c360.identity.dynamodb;

import org.jspecify.annotations.NullMarked;
