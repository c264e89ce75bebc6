/** recommendation-service: real-time recommendations for web and mobile apps. */
@NullMarked
package io.c360.recommendation;

import org.jspecify.annotations.NullMarked;
