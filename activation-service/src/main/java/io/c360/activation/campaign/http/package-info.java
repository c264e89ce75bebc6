/**
 * Recommendations for messages from recommendation-service over HTTP, with a timeout and a
 * popular-items fallback.
 */
@NullMarked
package io.c360.activation.campaign.http;

import org.jspecify.annotations.NullMarked;
