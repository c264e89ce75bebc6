/** Writes scores onto the profile item. */
@NullMarked
package io.c360.scoring.scoring.dynamodb;

import org.jspecify.annotations.NullMarked;
