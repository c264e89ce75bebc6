/** Reading profiles: by id or identifier, their timeline and their identity graph. */
@NullMarked
package io.c360.identity.lookup;

import org.jspecify.annotations.NullMarked;
