/** HTTP API of unmerge: {@code POST /v1/profiles/{id}/unmerge}. */
@NullMarked
package io.c360.identity.unmerge.web;

import org.jspecify.annotations.NullMarked;
