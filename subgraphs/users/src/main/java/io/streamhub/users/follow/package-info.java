/**
 * Follows between users: idempotent follow/unfollow, counts and cursor connections.
 */
@NullMarked
package io.streamhub.users.follow;

import org.jspecify.annotations.NullMarked;
