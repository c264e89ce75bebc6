/** Campaigns, assignments and the contact log in DynamoDB. */
@NullMarked
package io.c360.activation.campaign.dynamodb;

import org.jspecify.annotations.NullMarked;
