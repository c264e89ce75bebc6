/**
 * The demo driver behind {@code ./c360 demo}: sends sample web events through the official Segment
 * Java client and a POS file through an import, then prints what reached Kafka.
 */
@NullMarked
package io.c360.demo;

import org.jspecify.annotations.NullMarked;
