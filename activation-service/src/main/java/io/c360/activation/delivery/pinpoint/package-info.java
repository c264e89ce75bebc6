/** Push through AWS End User Messaging (Pinpoint) SendMessages with per-user substitutions. */
@NullMarked
package io.c360.activation.delivery.pinpoint;

import org.jspecify.annotations.NullMarked;
