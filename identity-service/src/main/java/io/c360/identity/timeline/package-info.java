/** The timeline: every resolved event of a profile, in time order, for features and the API. */
@NullMarked
package io.c360.identity.timeline;

import org.jspecify.annotations.NullMarked;
