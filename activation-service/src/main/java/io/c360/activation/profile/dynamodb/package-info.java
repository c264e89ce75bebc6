/** Reads profiles (snapshot, scores, status) from identity-service's profiles table. */
@NullMarked
package io.c360.activation.profile.dynamodb;

import org.jspecify.annotations.NullMarked;
