/** Which sender serves each channel: the configured destination, else the outbox. */
@NullMarked
package io.c360.activation.delivery.routing;

import org.jspecify.annotations.NullMarked;
