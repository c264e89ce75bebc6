/** Reads the compacted c360.catalog.v1 topic from its beginning. */
@NullMarked
package io.c360.recommendation.catalog.kafka;

import org.jspecify.annotations.NullMarked;
