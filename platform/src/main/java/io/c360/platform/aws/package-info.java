/** AWS clients configured from {@code c360.aws.*}, shared by every service. */
@NullMarked
package io.c360.platform.aws;

import org.jspecify.annotations.NullMarked;
