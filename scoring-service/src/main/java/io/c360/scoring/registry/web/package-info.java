/** REST API of model definitions, versions and promotion. */
@NullMarked
package io.c360.scoring.registry.web;

import org.jspecify.annotations.NullMarked;
