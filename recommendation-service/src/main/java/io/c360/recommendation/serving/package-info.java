/** Serves recommendations: strategy per context, A/B variants, business rules, item resolution. */
@NullMarked
package io.c360.recommendation.serving;

import org.jspecify.annotations.NullMarked;
