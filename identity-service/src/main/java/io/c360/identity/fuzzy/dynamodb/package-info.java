/** The DynamoDB adapter of the fuzzy-matching blocking index ({@code identity-blocks} table). */
@NullMarked
package io.c360.identity.fuzzy.dynamodb;

import org.jspecify.annotations.NullMarked;
