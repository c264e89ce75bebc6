/**
 * The unified profile as other services see it: the profile snapshot on {@code c360.profiles.v1}
 * and in the {@code profiles} table, resolved events, merges and erasures.
 */
@NullMarked
package io.c360.common.profile;

import org.jspecify.annotations.NullMarked;
