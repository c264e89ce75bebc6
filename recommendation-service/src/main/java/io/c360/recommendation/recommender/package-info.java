/** The Recommender port: what a backend (embedded or Amazon Personalize) is asked and answers. */
@NullMarked
package io.c360.recommendation.recommender;

import org.jspecify.annotations.NullMarked;
