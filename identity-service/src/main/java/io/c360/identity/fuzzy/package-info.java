/**
 * Fuzzy matching of offline records (name, street, postcode, birth date; no strong identifier) to
 * existing profiles: blocking keys, field similarities, and a link / suggest / no-match decision.
 */
@NullMarked
package io.c360.identity.fuzzy;

import org.jspecify.annotations.NullMarked;
