/** Orders from the resolved events, merges and erasures into the order ledger. */
@NullMarked
package io.c360.activation.report.kafka;

import org.jspecify.annotations.NullMarked;
