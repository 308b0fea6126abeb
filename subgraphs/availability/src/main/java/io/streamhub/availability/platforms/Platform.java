package io.streamhub.availability.platforms;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A streaming platform (named after the GraphQL type so that {@code _entities} resolves
 * its type).
 *
 * @param id the platform id
 * @param name its display name
 * @param slug its unique short name (the key of its feed configuration and webhook URL)
 * @param logoUrl its logo
 * @param homepageUrl its home page
 */
public record Platform(UUID id, String name, String slug, @Nullable String logoUrl, @Nullable String homepageUrl) {

}
