package io.streamhub.videos.storage;

import java.time.Duration;
import java.util.Optional;

import reactor.core.publisher.Mono;

/**
 * The media bucket as the videos service uses it.
 */
public interface MediaStorage {

	/**
	 * A presigned PUT of exactly {@code size} bytes of {@code contentType}.
	 * @param key the object key
	 * @param contentType the MIME type the upload must declare
	 * @param size the byte count the upload must have
	 * @param ttl how long the URL is valid
	 * @return the URL and the headers the PUT must carry
	 */
	PresignedUpload presignUpload(String key, String contentType, long size, Duration ttl);

	/**
	 * A presigned GET.
	 * @param key the object key
	 * @param ttl how long the URL is valid
	 * @return the URL
	 */
	String presignDownload(String key, Duration ttl);

	/**
	 * The content of a small object (e.g. a playlist).
	 * @param key the object key
	 * @param maxBytes refuse (error) objects larger than this
	 * @return the bytes, empty when there is no such object
	 */
	Mono<Optional<byte[]>> read(String key, long maxBytes);

	/**
	 * The size of a stored object (HEAD).
	 * @param key the object key
	 * @return the size in bytes, empty when there is no such object
	 */
	Mono<Optional<Long>> size(String key);

	/**
	 * Deletes every object under a prefix.
	 * @param prefix e.g. {@code videos/<id>/}
	 * @return the number of objects deleted
	 */
	Mono<Integer> deletePrefix(String prefix);

}
