/** Stores scores in scoring's {@code scoring-scores} table. */
@NullMarked
package io.c360.scoring.scoring.dynamodb;

import org.jspecify.annotations.NullMarked;
