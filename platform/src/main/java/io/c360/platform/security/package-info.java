/**
 * The shared security setup: hashed bearer tokens and, in the OIDC mode, identity-provider JWTs,
 * with roles; Segment write keys.
 */
@NullMarked
package io.c360.platform.security;

import org.jspecify.annotations.NullMarked;
