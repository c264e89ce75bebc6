/** POST /v1/audiences/{id}/exports and POST /v1/exports/lookalike. */
@NullMarked
package io.c360.activation.export.web;

import org.jspecify.annotations.NullMarked;
