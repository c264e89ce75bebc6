/** The DynamoDB adapter of the identity graph, the profiles and the audit trail. */
@NullMarked
package io.c360.identity.resolution.dynamodb;

import org.jspecify.annotations.NullMarked;
