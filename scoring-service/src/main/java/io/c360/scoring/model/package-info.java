/** Model definitions: population, label, features and training settings, read from YAML. */
@NullMarked
package io.c360.scoring.model;

import org.jspecify.annotations.NullMarked;
