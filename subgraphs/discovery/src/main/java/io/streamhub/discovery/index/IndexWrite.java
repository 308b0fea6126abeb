package io.streamhub.discovery.index;

import java.util.UUID;

/**
 * One write to the index, versioned by the event that caused it: Elasticsearch's external
 * versioning then refuses anything older than what the index holds, so redelivered or
 * replayed events never undo newer ones.
 */
public sealed interface IndexWrite {

	/**
	 * The video written.
	 * @return the video id
	 */
	UUID videoId();

	/**
	 * The external version (the event time in microseconds, times 1000 so that the
	 * counter updates in between, which bump the version by one, stay below the next
	 * event's).
	 * @return the version
	 */
	long version();

	/**
	 * Index (create or replace) a searchable video.
	 *
	 * @param videoId the video
	 * @param version the version
	 * @param document the document
	 */
	record Put(UUID videoId, long version, VideoDocument document) implements IndexWrite {

	}

	/**
	 * Remove a video that is not (or no longer) searchable.
	 *
	 * @param videoId the video
	 * @param version the version
	 */
	record Remove(UUID videoId, long version) implements IndexWrite {

	}

}
