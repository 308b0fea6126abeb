package io.streamhub.users.follow;

import java.util.UUID;

import io.streamhub.users.paging.PageRequest;

/**
 * A DataLoader key: one page of one user's followers or followings.
 *
 * @param direction followers or following
 * @param userId whose list
 * @param page which page
 */
record PageKey(Direction direction, UUID userId, PageRequest page) {
}
