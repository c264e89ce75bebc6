/** Customers: search by identifier, the 360 view, timeline, unmerge and erasure. */
@NullMarked
package io.c360.console.customers;

import org.jspecify.annotations.NullMarked;
