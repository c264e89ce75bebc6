/**
 * Customer histories: scoring's own projection of resolved events, merges and erasures, from which
 * features are computed as of any time.
 */
@NullMarked
package io.c360.scoring.history;

import org.jspecify.annotations.NullMarked;
