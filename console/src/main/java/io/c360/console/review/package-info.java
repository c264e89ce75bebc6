/**
 * Link suggestions: identity-service's review queue, both records side by side, accept or reject.
 */
@NullMarked
package io.c360.console.review;

import org.jspecify.annotations.NullMarked;
