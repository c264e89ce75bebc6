/** Unmerge: splits a wrongly merged profile back out, with an audit trail. */
@NullMarked
package io.c360.identity.unmerge;

import org.jspecify.annotations.NullMarked;
