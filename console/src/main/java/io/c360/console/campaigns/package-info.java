/** Campaigns: create a win-back, launch it, follow its progress and read its report. */
@NullMarked
package io.c360.console.campaigns;

import org.jspecify.annotations.NullMarked;
