/**
 * Record linkage of customer records on every field: a Fellegi–Sunter model whose m and u
 * probabilities are estimated by EM on the records themselves, and the batch linkage of an import
 * (block, compare, score, cluster transitively with a cap on cluster size).
 */
@NullMarked
package io.c360.identity.linkage;

import org.jspecify.annotations.NullMarked;
