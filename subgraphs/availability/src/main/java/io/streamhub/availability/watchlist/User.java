package io.streamhub.availability.watchlist;

import java.util.UUID;

/**
 * The {@code User} entity as extended here (named after the GraphQL type so that
 * {@code _entities} resolves its type).
 *
 * @param id the user id
 */
public record User(UUID id) {

}
