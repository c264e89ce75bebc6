/** Stores the history projection in scoring's {@code scoring-history} table. */
@NullMarked
package io.c360.scoring.history.dynamodb;

import org.jspecify.annotations.NullMarked;
