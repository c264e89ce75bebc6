/**
 * Campaign reports: conversions of treatment and control within the window, uplift with 95 %
 * confidence intervals.
 */
@NullMarked
package io.c360.activation.report;

import org.jspecify.annotations.NullMarked;
