/** Identify calls through the official Segment Java client, batched, acknowledged per message. */
@NullMarked
package io.c360.activation.segment.client;

import org.jspecify.annotations.NullMarked;
