/**
 * The demo driver behind {@code ./c360 demo}: the whole journey on a synthetic retail world, one
 * class per step (world, ingest, resolution, models, recommendations, win-back, summary), through
 * the services' public APIs only.
 */
@NullMarked
package io.c360.demo;

import org.jspecify.annotations.NullMarked;
