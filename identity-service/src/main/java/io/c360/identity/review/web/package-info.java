/** The HTTP API of the review queue: {@code /v1/link-suggestions}. */
@NullMarked
package io.c360.identity.review.web;

import org.jspecify.annotations.NullMarked;
