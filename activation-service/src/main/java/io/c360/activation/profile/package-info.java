/**
 * Profiles as activation sees them: attributes, consent, scores and contact addresses, read from
 * the profiles table.
 */
@NullMarked
package io.c360.activation.profile;

import org.jspecify.annotations.NullMarked;
