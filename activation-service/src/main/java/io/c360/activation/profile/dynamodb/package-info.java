/** The profile view in activation's own activation-profiles table (DynamoDB). */
@NullMarked
package io.c360.activation.profile.dynamodb;

import org.jspecify.annotations.NullMarked;
