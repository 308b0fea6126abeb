package io.streamhub.users.account;

import org.jspecify.annotations.Nullable;

/**
 * A validated profile update: null keeps a field, an empty bio or avatar URL clears it.
 *
 * @param displayName the new display name
 * @param bio the new bio
 * @param avatarUrl the new avatar URL
 */
record ProfileChange(@Nullable String displayName, @Nullable String bio, @Nullable String avatarUrl) {
}
