/** What every page shares: the layout's navigation by role, and errors shown as problem details. */
@NullMarked
package io.c360.console.web;

import org.jspecify.annotations.NullMarked;
