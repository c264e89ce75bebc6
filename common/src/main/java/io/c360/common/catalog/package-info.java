/** The catalog and inventory contract carried on {@code c360.catalog.v1}. */
@NullMarked
package io.c360.common.catalog;

import org.jspecify.annotations.NullMarked;
