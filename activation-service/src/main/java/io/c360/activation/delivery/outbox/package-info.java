/**
 * The outbox: every message that would have been sent, recorded once per messageId and queryable.
 */
@NullMarked
package io.c360.activation.delivery.outbox;

import org.jspecify.annotations.NullMarked;
