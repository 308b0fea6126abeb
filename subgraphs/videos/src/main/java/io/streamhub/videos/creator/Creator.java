package io.streamhub.videos.creator;

import java.util.UUID;

/**
 * The {@code User} entity as this subgraph knows it: an id (the users subgraph resolves
 * the rest).
 *
 * @param id the user id
 */
public record Creator(UUID id) {

}
