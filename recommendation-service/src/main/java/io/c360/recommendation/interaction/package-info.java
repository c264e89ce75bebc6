/** Interactions (views, cart adds, wishlist saves, purchases) taken from resolved events. */
@NullMarked
package io.c360.recommendation.interaction;

import org.jspecify.annotations.NullMarked;
