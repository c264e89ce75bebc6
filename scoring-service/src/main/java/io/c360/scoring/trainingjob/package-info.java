/** Training runs as jobs with progress. */
@NullMarked
package io.c360.scoring.trainingjob;

import org.jspecify.annotations.NullMarked;
