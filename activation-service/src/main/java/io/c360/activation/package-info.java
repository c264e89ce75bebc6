/**
 * activation-service: audiences, win-back campaigns with control groups, and delivery to messaging
 * channels and Segment.
 */
@NullMarked
package io.c360.activation;

import org.jspecify.annotations.NullMarked;
