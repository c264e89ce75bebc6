/** Load drivers that measure C360 against a raw baseline on the same machine. */
@NullMarked
package io.c360.bench;

import org.jspecify.annotations.NullMarked;
