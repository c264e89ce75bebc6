/**
 * Win-back campaigns: control-group assignment, consent and frequency caps, recommendations,
 * idempotent sends.
 */
@NullMarked
package io.c360.activation.campaign;

import org.jspecify.annotations.NullMarked;
