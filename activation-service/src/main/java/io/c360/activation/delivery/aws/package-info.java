/** How the delivery adapters build their AWS SDK clients: region, endpoint override, retries. */
@NullMarked
package io.c360.activation.delivery.aws;

import org.jspecify.annotations.NullMarked;
