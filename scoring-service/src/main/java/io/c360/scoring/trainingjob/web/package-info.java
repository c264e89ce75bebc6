/** REST API of training jobs. */
@NullMarked
package io.c360.scoring.trainingjob.web;

import org.jspecify.annotations.NullMarked;
