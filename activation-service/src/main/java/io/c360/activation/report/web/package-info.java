/** The campaign report endpoint. */
@NullMarked
package io.c360.activation.report.web;

import org.jspecify.annotations.NullMarked;
