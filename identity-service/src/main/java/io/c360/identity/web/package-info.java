/** What every identity endpoint shares: RFC 9457 problem responses. */
@NullMarked
package io.c360.identity.web;

import org.jspecify.annotations.NullMarked;
