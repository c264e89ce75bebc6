/** Orders per profile in DynamoDB, for conversion windows. */
@NullMarked
package io.c360.activation.report.dynamodb;

import org.jspecify.annotations.NullMarked;
