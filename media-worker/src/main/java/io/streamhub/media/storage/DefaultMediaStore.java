package io.streamhub.media.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.streamhub.media.failure.JobFailedException;
import io.streamhub.media.failure.SourceMissingException;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/**
 * {@link MediaStore} with the AWS SDK v2. Downloads are streamed to disk with a size cap
 * (checked against Content-Length first, then while copying). A missing KEY means the
 * video is gone (skip); a missing BUCKET or any other store error is a retryable failure
 * (configuration or infrastructure, not the video's fault).
 */
public class DefaultMediaStore implements MediaStore {

	private static final int BUFFER = 64 * 1024;

	private final S3Client client;

	public DefaultMediaStore(S3Client client) {
		this.client = client;
	}

	@Override
	public void download(String bucket, String key, Path target, long maxBytes) {
		try (ResponseInputStream<GetObjectResponse> object = this.client
			.getObject((request) -> request.bucket(bucket).key(key))) {
			Long length = object.response().contentLength();
			if (length != null && length > maxBytes) {
				throw tooLarge(maxBytes);
			}
			copy(object, target, maxBytes);
		}
		catch (NoSuchKeyException ex) {
			throw new SourceMissingException(key);
		}
		catch (SdkException ex) {
			throw JobFailedException.retryable("Cannot download the source: " + ex.getMessage(), ex);
		}
		catch (IOException ex) {
			throw JobFailedException.retryable("Cannot download the source: " + ex.getMessage(), ex);
		}
	}

	private static void copy(InputStream in, Path target, long maxBytes) throws IOException {
		long copied = 0;
		byte[] buffer = new byte[BUFFER];
		try (OutputStream out = Files.newOutputStream(target)) {
			int read;
			while ((read = in.read(buffer)) >= 0) {
				copied += read;
				if (copied > maxBytes) {
					throw tooLarge(maxBytes);
				}
				out.write(buffer, 0, read);
			}
		}
	}

	private static JobFailedException tooLarge(long maxBytes) {
		return JobFailedException.permanent("The source is larger than " + maxBytes + " bytes");
	}

	@Override
	public List<String> upload(String bucket, String prefix, Path root, List<Path> files) {
		List<String> keys = new ArrayList<>();
		for (Path file : files) {
			String key = prefix + root.relativize(root.resolve(file)).toString().replace('\\', '/');
			put(bucket, key, root.resolve(file));
			keys.add(key);
		}
		return List.copyOf(keys);
	}

	private void put(String bucket, String key, Path file) {
		try {
			this.client.putObject((request) -> request.bucket(bucket).key(key).contentType(ContentTypes.of(file)),
					RequestBody.fromFile(file));
		}
		catch (SdkException ex) {
			throw JobFailedException.retryable("Cannot upload " + key + ": " + ex.getMessage(), ex);
		}
	}

	@Override
	public boolean reachable(String bucket) {
		try {
			this.client.headBucket((request) -> request.bucket(bucket));
			return true;
		}
		catch (SdkException ex) {
			return false;
		}
	}

}
