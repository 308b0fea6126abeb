package io.streamhub.users.follow;

import java.util.UUID;

/**
 * A DataLoader key: does {@code viewer} follow {@code target}?
 *
 * @param viewer the signed-in user
 * @param target the user shown
 */
record FollowCheck(UUID viewer, UUID target) {
}
