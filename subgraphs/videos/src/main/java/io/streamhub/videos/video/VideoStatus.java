package io.streamhub.videos.video;

/**
 * Where a video is in its life (GraphQL {@code VideoStatus}).
 */
public enum VideoStatus {

	/** Created; the file is not uploaded (or not confirmed) yet. */
	UPLOADING,

	/** The transcode job is queued or running. */
	PROCESSING,

	/** Playable. */
	READY,

	/** Transcoding failed. */
	FAILED

}
