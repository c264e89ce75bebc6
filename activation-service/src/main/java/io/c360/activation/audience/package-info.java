/**
 * Audiences: typed rules over profile attributes, consent and scores, with membership kept current.
 */
@NullMarked
package io.c360.activation.audience;

import org.jspecify.annotations.NullMarked;
