/**
 * The end-to-end test: the five service jars in child JVMs against one devstack, following one
 * customer through every service.
 */
@NullMarked
package io.c360.e2e;

import org.jspecify.annotations.NullMarked;
