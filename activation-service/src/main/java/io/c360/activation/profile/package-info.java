/**
 * Activation's own profile view (traits, consent, computed traits, contact identifiers, scores),
 * built from identity's and scoring's topics, and what audiences and campaigns read profiles from.
 */
@NullMarked
package io.c360.activation.profile;

import org.jspecify.annotations.NullMarked;
