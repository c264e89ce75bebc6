/** The console in a real browser against the five real services on the devstack. */
@NullMarked
package io.c360.console.browser;

import org.jspecify.annotations.NullMarked;
