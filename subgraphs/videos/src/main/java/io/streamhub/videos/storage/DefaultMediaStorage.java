package io.streamhub.videos.storage;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.Delete;
import software.amazon.awssdk.services.s3.model.DeleteObjectsRequest;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectRequest;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.ObjectIdentifier;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;
import software.amazon.awssdk.services.s3.presigner.model.PresignedPutObjectRequest;

/**
 * {@link MediaStorage} on an S3-compatible store with the AWS SDK v2. Blocking SDK calls
 * run on the bounded-elastic scheduler.
 */
class DefaultMediaStorage implements MediaStorage {

	private static final int NOT_FOUND = 404;

	private final S3Client client;

	private final S3Presigner presigner;

	private final String bucket;

	DefaultMediaStorage(S3Client client, S3Presigner presigner, String bucket) {
		this.client = client;
		this.presigner = presigner;
		this.bucket = bucket;
	}

	@Override
	public PresignedUpload presignUpload(String key, String contentType, long size, Duration ttl) {
		PresignedPutObjectRequest presigned = this.presigner.presignPutObject((request) -> request
			.signatureDuration(ttl)
			.putObjectRequest((put) -> put.bucket(this.bucket).key(key).contentType(contentType).contentLength(size)));
		Map<String, String> headers = new TreeMap<>();
		presigned.signedHeaders().forEach((name, values) -> {
			String lower = name.toLowerCase(Locale.ROOT);
			if (!lower.equals("host") && !lower.equals("content-length")) {
				headers.put(lower, String.join(",", values));
			}
		});
		return new PresignedUpload(presigned.url().toString(), headers, presigned.expiration());
	}

	@Override
	public String presignDownload(String key, Duration ttl) {
		return this.presigner.presignGetObject(
				(request) -> request.signatureDuration(ttl).getObjectRequest((get) -> get.bucket(this.bucket).key(key)))
			.url()
			.toString();
	}

	@Override
	public Mono<Optional<byte[]>> read(String key, long maxBytes) {
		return Mono.fromCallable(() -> get(key, maxBytes)).subscribeOn(Schedulers.boundedElastic());
	}

	private Optional<byte[]> get(String key, long maxBytes) throws IOException {
		GetObjectRequest request = GetObjectRequest.builder().bucket(this.bucket).key(key).build();
		try (ResponseInputStream<GetObjectResponse> object = this.client.getObject(request)) {
			Long length = object.response().contentLength();
			if (length != null && length > maxBytes) {
				throw new IOException("Object " + key + " has " + length + " bytes, more than " + maxBytes);
			}
			return Optional.of(object.readNBytes((int) Math.min(maxBytes, Integer.MAX_VALUE - 8)));
		}
		catch (NoSuchKeyException ex) {
			return Optional.empty();
		}
		catch (S3Exception ex) {
			if (ex.statusCode() == NOT_FOUND) {
				return Optional.empty();
			}
			throw ex;
		}
	}

	@Override
	public Mono<Optional<Long>> size(String key) {
		return Mono.fromCallable(() -> head(key)).subscribeOn(Schedulers.boundedElastic());
	}

	private Optional<Long> head(String key) {
		try {
			return Optional.of(this.client.headObject(HeadObjectRequest.builder().bucket(this.bucket).key(key).build())
				.contentLength());
		}
		catch (NoSuchKeyException ex) {
			return Optional.empty();
		}
		catch (S3Exception ex) {
			if (ex.statusCode() == NOT_FOUND) {
				return Optional.empty();
			}
			throw ex;
		}
	}

	@Override
	public Mono<Integer> deletePrefix(String prefix) {
		return Mono.fromCallable(() -> deleteAll(prefix)).subscribeOn(Schedulers.boundedElastic());
	}

	private int deleteAll(String prefix) {
		int deleted = 0;
		ListObjectsV2Response page;
		do {
			page = this.client.listObjectsV2(ListObjectsV2Request.builder().bucket(this.bucket).prefix(prefix).build());
			List<ObjectIdentifier> keys = page.contents()
				.stream()
				.map((object) -> ObjectIdentifier.builder().key(object.key()).build())
				.toList();
			if (!keys.isEmpty()) {
				this.client.deleteObjects(DeleteObjectsRequest.builder()
					.bucket(this.bucket)
					.delete(Delete.builder().objects(keys).build())
					.build());
				deleted += keys.size();
			}
		}
		while (Boolean.TRUE.equals(page.isTruncated()));
		return deleted;
	}

}
