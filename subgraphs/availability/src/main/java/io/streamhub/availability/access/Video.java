package io.streamhub.availability.access;

import java.util.UUID;

/**
 * The {@code Video} entity as extended here (named after the GraphQL type so that
 * {@code _entities} resolves its type).
 *
 * @param id the video id
 */
public record Video(UUID id) {

}
