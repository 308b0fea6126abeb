/**
 * Notifications: persisted from {@code notification.requested} events of every domain,
 * read and marked read by their recipient.
 */
@NullMarked
package io.streamhub.users.notification;

import org.jspecify.annotations.NullMarked;
