package io.streamhub.router.server.persisted;

import org.jspecify.annotations.Nullable;

/**
 * One operation of the manifest.
 *
 * @param id the base16 SHA-256 of {@code body}
 * @param name the operation name
 * @param type {@code query}, {@code mutation} or {@code subscription}
 * @param body the full document (operation and fragments)
 * @param clientName the client it was registered for, if any
 */
public record ManifestOperation(String id, String name, String type, String body, @Nullable String clientName) {

}
