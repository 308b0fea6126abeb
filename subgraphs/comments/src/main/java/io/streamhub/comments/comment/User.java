package io.streamhub.comments.comment;

import java.util.UUID;

/**
 * A {@code User} entity reference (the users subgraph resolves it).
 *
 * @param id the user id
 */
record User(UUID id) {

}
