/** The blob-store port and its adapters: a local directory and Amazon S3. */
@NullMarked
package io.c360.platform.blob;

import org.jspecify.annotations.NullMarked;
