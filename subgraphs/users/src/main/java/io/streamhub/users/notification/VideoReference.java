package io.streamhub.users.notification;

import java.util.UUID;

/**
 * A {@code Video} entity reference (the videos subgraph resolves the rest).
 *
 * @param id the video id
 */
record VideoReference(UUID id) {
}
