/** Problems a service refuses a request with (a status and a detail the caller can act on). */
@NullMarked
package io.c360.platform.problem;

import org.jspecify.annotations.NullMarked;
