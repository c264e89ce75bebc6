/** Who may sign in and what each role may see and do: local users or OIDC login. */
@NullMarked
package io.c360.console.security;

import org.jspecify.annotations.NullMarked;
