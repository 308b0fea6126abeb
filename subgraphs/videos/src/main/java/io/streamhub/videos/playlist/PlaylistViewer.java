package io.streamhub.videos.playlist;

import java.util.Optional;
import java.util.UUID;

import io.streamhub.platform.security.AuthenticatedUser;

/**
 * The viewer as the playlist queries bind it: an id (a never-used one when anonymous) and
 * whether they are an admin.
 *
 * @param id the viewer's id
 * @param admin whether they see everything
 */
record PlaylistViewer(UUID id, boolean admin) {

	private static final UUID ANONYMOUS = new UUID(0, 0);

	static PlaylistViewer of(Optional<AuthenticatedUser> viewer) {
		return viewer.map((user) -> new PlaylistViewer(user.id(), user.isAdmin()))
			.orElse(new PlaylistViewer(ANONYMOUS, false));
	}

}
