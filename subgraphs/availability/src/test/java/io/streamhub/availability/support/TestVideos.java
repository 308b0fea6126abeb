package io.streamhub.availability.support;

import java.time.Instant;
import java.util.UUID;

import io.streamhub.platform.security.Role;
import io.streamhub.platform.test.TestTokens;

import org.springframework.r2dbc.core.DatabaseClient;

/**
 * Puts videos straight into the visibility projection (as if events:videos had been
 * consumed) and mints tokens.
 */
public class TestVideos {

	private final DatabaseClient db;

	TestVideos(DatabaseClient db) {
		this.db = db;
	}

	/** A token for a user with roles. */
	public static String token(UUID userId, Role... roles) {
		return TestTokens.shared().token(userId, roles);
	}

	/** A READY video of the owner with the given visibility. */
	public UUID video(UUID owner, String visibility) {
		UUID id = UUID.randomUUID();
		this.db
			.sql("INSERT INTO video_access (video_id, owner_id, visibility, status, updated_at) "
					+ "VALUES (:id, :owner, :visibility, 'READY', :now)")
			.bind("id", id)
			.bind("owner", owner)
			.bind("visibility", visibility)
			.bind("now", Instant.parse("2026-01-01T00:00:00Z"))
			.then()
			.block();
		return id;
	}

	/** A READY public video of a random owner. */
	public UUID publicVideo() {
		return video(UUID.randomUUID(), "PUBLIC");
	}

	/** Changes a video's visibility in the projection. */
	public void setVisibility(UUID video, String visibility) {
		this.db.sql("UPDATE video_access SET visibility = :visibility WHERE video_id = :id")
			.bind("id", video)
			.bind("visibility", visibility)
			.then()
			.block();
	}

}
