/** scoring-service: trains propensity models and keeps every eligible profile scored. */
@NullMarked
package io.c360.scoring;

import org.jspecify.annotations.NullMarked;
