/** The REST API for apps. */
@NullMarked
package io.c360.recommendation.serving.web;

import org.jspecify.annotations.NullMarked;
