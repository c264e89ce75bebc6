/** Model definitions and the versioned registry of trained models, with champion promotion. */
@NullMarked
package io.c360.scoring.registry;

import org.jspecify.annotations.NullMarked;
