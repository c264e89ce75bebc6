/** RFC 9457 problem details for every error of the API. */
@NullMarked
package io.c360.recommendation.problem;

import org.jspecify.annotations.NullMarked;
