/** HTTP API for reading profiles, timelines and identity graphs. */
@NullMarked
package io.c360.identity.lookup.web;

import org.jspecify.annotations.NullMarked;
