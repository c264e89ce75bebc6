/** Customer histories (timelines) read from the store identity-service owns. */
@NullMarked
package io.c360.scoring.history;

import org.jspecify.annotations.NullMarked;
