/** A seeded synthetic retail world whose customers behave with known probabilities. */
@NullMarked
package io.c360.synthetic;

import org.jspecify.annotations.NullMarked;
