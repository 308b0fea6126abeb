package io.streamhub.local;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.streamhub.platform.events.EventEnvelope;
import io.streamhub.platform.events.EventJson;
import io.streamhub.platform.events.Streams;

/**
 * Stands in for the media worker (not built yet): publishes what it reports on
 * {@code events:media} when a transcode succeeds.
 */
final class MediaEvents {

	private MediaEvents() {
	}

	static void completed(String redisUri, String videoId) {
		String prefix = "videos/" + videoId + "/";
		Map<String, Object> rendition = Map.of("name", "360p", "width", 640, "height", 360, "bandwidth", 800_000,
				"playlistKey", prefix + "hls/360p/index.m3u8");
		Map<String, Object> data = Map.of("videoId", videoId, "renditions", List.of(rendition), "durationSeconds", 6,
				"width", 640, "height", 360, "masterKey", prefix + "hls/master.m3u8", "thumbnailKey",
				prefix + "thumb.jpg");
		EventEnvelope event = EventEnvelope.of("media.completed",
				new EventEnvelope.Subject("Video", UUID.fromString(videoId)), null, data);
		RedisClient client = RedisClient.create(redisUri);
		try (StatefulRedisConnection<String, String> connection = client.connect()) {
			connection.sync().xadd(Streams.events("media"), Map.of("event", EventJson.write(event)));
		}
		finally {
			client.shutdown();
		}
	}

}
