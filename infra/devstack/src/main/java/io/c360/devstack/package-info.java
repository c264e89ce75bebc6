/** C360 devstack. */
@NullMarked
package io.c360.devstack;

import org.jspecify.annotations.NullMarked;
