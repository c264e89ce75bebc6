/** Real Kafka (KRaft) and DynamoDB Local in one JVM, and the launcher that runs them as a child. */
@NullMarked
package io.c360.devstack;

import org.jspecify.annotations.NullMarked;
