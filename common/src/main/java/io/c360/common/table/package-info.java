/** DynamoDB table names and key schemas. */
@NullMarked
package io.c360.common.table;

import org.jspecify.annotations.NullMarked;
