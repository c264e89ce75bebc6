/** GET /v1/outbox: the recorded messages, newest first. */
@NullMarked
package io.c360.activation.delivery.outbox.web;

import org.jspecify.annotations.NullMarked;
