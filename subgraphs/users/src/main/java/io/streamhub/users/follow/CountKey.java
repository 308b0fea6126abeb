package io.streamhub.users.follow;

import java.util.UUID;

/**
 * A DataLoader key: the follower or following count of one user.
 *
 * @param direction followers or following
 * @param userId whose count
 */
record CountKey(Direction direction, UUID userId) {
}
