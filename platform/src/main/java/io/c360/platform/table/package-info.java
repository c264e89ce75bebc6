/**
 * DynamoDB table specs (each service declares its own in its {@code *Tables} class), the table
 * prefix, and the creation of a service's missing tables at startup.
 */
@NullMarked
package io.c360.platform.table;

import org.jspecify.annotations.NullMarked;
