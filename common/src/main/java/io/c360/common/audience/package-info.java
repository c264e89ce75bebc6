/**
 * Audience membership changes published by activation-service on {@code
 * c360.audience-memberships.v1}.
 */
@NullMarked
package io.c360.common.audience;

import org.jspecify.annotations.NullMarked;
