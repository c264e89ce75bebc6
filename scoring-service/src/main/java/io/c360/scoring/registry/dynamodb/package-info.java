/** Registry metadata in the scoring-models table. */
@NullMarked
package io.c360.scoring.registry.dynamodb;

import org.jspecify.annotations.NullMarked;
