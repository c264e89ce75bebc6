/**
 * What every service's OpenAPI document says the same way: title and version, the security schemes
 * the filter chain accepts, and the problem-details answers.
 */
@NullMarked
package io.c360.platform.openapi;

import org.jspecify.annotations.NullMarked;
