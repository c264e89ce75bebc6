/** HTTP API of erasure: {@code DELETE /v1/profiles/{id}}. */
@NullMarked
package io.c360.identity.erasure.web;

import org.jspecify.annotations.NullMarked;
