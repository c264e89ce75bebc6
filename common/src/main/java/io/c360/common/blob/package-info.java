/** The blob-store port and its adapters: a local directory and Amazon S3. */
@NullMarked
package io.c360.common.blob;

import org.jspecify.annotations.NullMarked;
