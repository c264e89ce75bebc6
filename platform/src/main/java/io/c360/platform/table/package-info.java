/** DynamoDB table names and key schemas. */
@NullMarked
package io.c360.platform.table;

import org.jspecify.annotations.NullMarked;
