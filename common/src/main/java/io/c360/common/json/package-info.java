/** The shared JSON mapping of C360's contracts. */
@NullMarked
package io.c360.common.json;

import org.jspecify.annotations.NullMarked;
