/**
 * Repeat-aware policies: how a context's list is made (the model with bought items left out or
 * kept, buy-again, personal top-frequency, popularity, trending, similar-to-recent, or a blend),
 * shared by serving and the offline evaluation so both rank the same way.
 */
@NullMarked
package io.c360.recommendation.policy;

import org.jspecify.annotations.NullMarked;
