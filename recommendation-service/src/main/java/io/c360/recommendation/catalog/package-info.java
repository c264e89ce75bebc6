/** The product catalog and stock as recommendations need them, kept from c360.catalog.v1. */
@NullMarked
package io.c360.recommendation.catalog;

import org.jspecify.annotations.NullMarked;
