/** Email through Amazon SES v2 SendEmail, with a stored template or simple content. */
@NullMarked
package io.c360.activation.delivery.ses;

import org.jspecify.annotations.NullMarked;
