package io.streamhub.media.storage;

import java.nio.file.Path;
import java.util.List;

/**
 * The worker's view of the S3-compatible store.
 */
public interface MediaStore {

	/**
	 * Stream an object to a file.
	 * @param bucket the bucket
	 * @param key the object key
	 * @param target the file to write
	 * @param maxBytes larger objects fail without retry
	 * @throws io.streamhub.media.failure.SourceMissingException when the object does not
	 * exist
	 * @throws io.streamhub.media.failure.JobFailedException on store errors (retryable)
	 * or a too large object (not retryable)
	 */
	void download(String bucket, String key, Path target, long maxBytes);

	/**
	 * Upload the files of a directory under a key prefix, with their content types. Files
	 * are written in the given order (media before the playlists naming them).
	 * @param bucket the bucket
	 * @param prefix the key prefix, e.g. {@code videos/<id>/hls/}
	 * @param root the directory the relative paths are resolved against
	 * @param files the files, relative to {@code root}
	 * @return the keys written
	 * @throws io.streamhub.media.failure.JobFailedException on store errors (retryable)
	 */
	List<String> upload(String bucket, String prefix, Path root, List<Path> files);

	/**
	 * Whether the bucket answers.
	 * @param bucket the bucket
	 * @return {@code true} when it exists and is reachable
	 */
	boolean reachable(String bucket);

}
