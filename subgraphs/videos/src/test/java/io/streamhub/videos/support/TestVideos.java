package io.streamhub.videos.support;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import io.streamhub.platform.security.Role;
import io.streamhub.platform.test.TestTokens;

import org.springframework.r2dbc.core.DatabaseClient;

/**
 * Creates videos straight in the database (for tests about reading them) and mints
 * tokens.
 */
public class TestVideos {

	private static final AtomicLong CLOCK = new AtomicLong();

	private final DatabaseClient db;

	TestVideos(DatabaseClient db) {
		this.db = db;
	}

	/** A token for a user with roles. */
	public static String token(UUID userId, Role... roles) {
		return TestTokens.shared().token(userId, roles);
	}

	/** A READY video with two renditions (keys under {@code videos/<id>/}). */
	public UUID ready(UUID owner, String visibility) {
		return insert(owner, visibility, "READY", "general", "demo");
	}

	/**
	 * A READY video laid out like the media worker's output: master
	 * {@code videos/<id>/hls/master.m3u8}, renditions {@code hls/v0/index.m3u8} (360p)
	 * and {@code hls/v1/index.m3u8} (720p).
	 */
	public UUID readyHls(UUID owner, String visibility) {
		UUID id = insert(owner, visibility, "READY", "general", "demo");
		String renditions = "[{\"name\":\"360p\",\"width\":640,\"height\":360,\"bandwidth\":800000,"
				+ "\"playlistKey\":\"videos/" + id + "/hls/v0/index.m3u8\"},{\"name\":\"720p\",\"width\":1280,"
				+ "\"height\":720,\"bandwidth\":2800000,\"playlistKey\":\"videos/" + id + "/hls/v1/index.m3u8\"}]";
		this.db.sql("UPDATE video SET master_key = :master, renditions = CAST(:renditions AS jsonb) WHERE id = :id")
			.bind("id", id)
			.bind("master", "videos/" + id + "/hls/master.m3u8")
			.bind("renditions", renditions)
			.then()
			.block();
		return id;
	}

	/** A video in any state, with a category and a tag. */
	public UUID insert(UUID owner, String visibility, String status, String category, String tag) {
		UUID id = UUID.randomUUID();
		// Distinct, increasing creation times so that NEWEST is deterministic.
		Instant created = Instant.parse("2026-01-01T00:00:00Z")
			.plus(CLOCK.incrementAndGet(), ChronoUnit.SECONDS)
			.plusMillis(System.nanoTime() % 1000);
		String renditions = "[{\"name\":\"360p\",\"width\":640,\"height\":360,\"bandwidth\":800000,"
				+ "\"playlistKey\":\"videos/" + id + "/360p/index.m3u8\"},{\"name\":\"720p\",\"width\":1280,"
				+ "\"height\":720,\"bandwidth\":2800000,\"playlistKey\":\"videos/" + id + "/720p/index.m3u8\"}]";
		boolean ready = "READY".equals(status);
		this.db.sql("INSERT INTO video (id, owner_id, title, description, tags, category, visibility, status, "
				+ "source_key, source_size, content_type, duration_seconds, width, height, master_key, thumbnail_key, "
				+ "renditions, created_at, updated_at, published_at, processing_progress) VALUES (:id, :owner, :title, "
				+ "'', ARRAY[CAST(:tag AS text)], :category, :visibility, :status, :source, 10, 'video/mp4', :duration, "
				+ "1280, 720, :master, :thumb, CAST(:renditions AS jsonb), :created, :created, :published, :progress)")
			.bind("id", id)
			.bind("owner", owner)
			.bind("title", "Video " + id.toString().substring(0, 8))
			.bind("tag", tag)
			.bind("category", category)
			.bind("visibility", visibility)
			.bind("status", status)
			.bind("source", "uploads/" + id + "/source")
			.bind("duration", 12.5)
			.bind("master", "videos/" + id + "/master.m3u8")
			.bind("thumb", "videos/" + id + "/thumbnail.jpg")
			.bind("renditions", ready ? renditions : "[]")
			.bind("created", created)
			.bind("published", created)
			.bind("progress", ready ? 100 : 0)
			.then()
			.block();
		return id;
	}

}
