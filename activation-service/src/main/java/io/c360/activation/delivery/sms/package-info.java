/** SMS through AWS End User Messaging SMS and voice v2 SendTextMessage. */
@NullMarked
package io.c360.activation.delivery.sms;

import org.jspecify.annotations.NullMarked;
