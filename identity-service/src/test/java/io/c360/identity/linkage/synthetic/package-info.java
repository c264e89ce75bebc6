/**
 * A generator of customer records and noisy duplicates after the recipe of the classic
 * record-linkage data generators (FEBRL's dsgen): originals drawn from skewed name and address
 * frequencies, then duplicates with per-field typing, OCR and phonetic errors, missing values and
 * swapped fields.
 */
@NullMarked
package io.c360.identity.linkage.synthetic;

import org.jspecify.annotations.NullMarked;
