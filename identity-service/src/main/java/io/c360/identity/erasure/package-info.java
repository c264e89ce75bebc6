/** Right to erasure: removes a profile's identifiers, traits, timeline and links, with an audit. */
@NullMarked
package io.c360.identity.erasure;

import org.jspecify.annotations.NullMarked;
