/** Models: versions and their metrics as charts, training with progress, promotion and rollback. */
@NullMarked
package io.c360.console.models;

import org.jspecify.annotations.NullMarked;
