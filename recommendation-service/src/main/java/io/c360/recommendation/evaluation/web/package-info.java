/** The evaluation API for analysts: start, follow, list and compare evaluations. */
@NullMarked
package io.c360.recommendation.evaluation.web;

import org.jspecify.annotations.NullMarked;
