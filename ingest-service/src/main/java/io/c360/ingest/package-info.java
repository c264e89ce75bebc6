/** ingest-service: collects customer events from SDKs and offline files and publishes them. */
@NullMarked
package io.c360.ingest;

import org.jspecify.annotations.NullMarked;
