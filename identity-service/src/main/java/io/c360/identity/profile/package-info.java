/**
 * The unified profile's state: identify traits, consent and the activity its traits are computed
 * from.
 */
@NullMarked
package io.c360.identity.profile;

import org.jspecify.annotations.NullMarked;
