/** The campaign HTTP API. */
@NullMarked
package io.c360.activation.campaign.web;

import org.jspecify.annotations.NullMarked;
