/**
 * The review queue of suggested links: pairs of profiles resolution found plausible but not
 * certain, for a steward to accept (merge) or reject (never suggested again).
 */
@NullMarked
package io.c360.identity.review;

import org.jspecify.annotations.NullMarked;
