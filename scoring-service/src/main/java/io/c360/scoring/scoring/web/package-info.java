/** REST API of scores and scoring jobs. */
@NullMarked
package io.c360.scoring.scoring.web;

import org.jspecify.annotations.NullMarked;
