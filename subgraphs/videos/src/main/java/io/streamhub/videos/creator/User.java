package io.streamhub.videos.creator;

import java.util.UUID;

/**
 * The {@code User} entity as this subgraph knows it: an id (the users subgraph resolves
 * the rest). Named after the GraphQL type so that {@code _entities} resolves its type.
 *
 * @param id the user id
 */
public record User(UUID id) {

}
