/** The REST API of the Personalize dataset export. */
@NullMarked
package io.c360.recommendation.recommender.personalize.web;

import org.jspecify.annotations.NullMarked;
