/**
 * Identity resolution: links every event's typed identifiers to exactly one profile, creating,
 * attaching and merging profiles under the configured rules, with conditional writes.
 */
@NullMarked
package io.c360.identity.resolution;

import org.jspecify.annotations.NullMarked;
