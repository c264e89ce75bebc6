/** The topic catalog: every Kafka topic's name, key, value type, partitions and retention. */
@NullMarked
package io.c360.common.topic;

import org.jspecify.annotations.NullMarked;
