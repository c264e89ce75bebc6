/** DynamoDB adapter that keeps import reports. */
@NullMarked
package io.c360.ingest.imports.dynamodb;

import org.jspecify.annotations.NullMarked;
