/** identity-service: resolves every event to one unified profile per customer. */
@NullMarked
package io.c360.identity;

import org.jspecify.annotations.NullMarked;
