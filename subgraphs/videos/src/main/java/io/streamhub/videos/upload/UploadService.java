package io.streamhub.videos.upload;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.streamhub.platform.errors.BadUserInputException;
import io.streamhub.platform.events.EventEnvelope;
import io.streamhub.platform.events.OutboxWriter;
import io.streamhub.platform.ratelimit.RateLimit;
import io.streamhub.platform.ratelimit.RateLimiter;
import io.streamhub.platform.security.AuthenticatedUser;
import io.streamhub.videos.config.VideosProperties;
import io.streamhub.videos.storage.MediaStorage;
import io.streamhub.videos.storage.PresignedUpload;
import io.streamhub.videos.video.Video;
import io.streamhub.videos.video.VideoEvents;
import io.streamhub.videos.video.VideoRepository;
import io.streamhub.videos.video.VideoService;
import io.streamhub.videos.video.VideoStatus;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;

/**
 * Presigned uploads. {@code createVideoUpload} inserts the video (UPLOADING) and signs a
 * PUT of exactly the declared size and type; {@code completeVideoUpload} checks the
 * stored object with a HEAD and, in one transaction, moves the video to PROCESSING and
 * queues the transcode job on {@code jobs:transcode} through the outbox.
 */
@Service
class UploadService {

	/** The stream of transcode jobs (group {@code media-worker}). */
	static final String JOBS = "jobs:transcode";

	/** The envelope type of transcode jobs. */
	static final String TRANSCODE_REQUESTED = "transcode.requested";

	private final VideoService videos;

	private final VideoRepository repository;

	private final MediaStorage storage;

	private final RateLimiter rateLimiter;

	private final OutboxWriter outbox;

	private final TransactionalOperator transactions;

	private final VideosProperties properties;

	private final Clock clock;

	UploadService(VideoService videos, VideoRepository repository, MediaStorage storage, RateLimiter rateLimiter,
			OutboxWriter outbox, TransactionalOperator transactions, VideosProperties properties, Clock clock) {
		this.videos = videos;
		this.repository = repository;
		this.storage = storage;
		this.rateLimiter = rateLimiter;
		this.outbox = outbox;
		this.transactions = transactions;
		this.properties = properties;
		this.clock = clock;
	}

	long maxSize() {
		return this.properties.getUpload().getMaxSize().toBytes();
	}

	Mono<VideoUpload> create(AuthenticatedUser viewer, UploadRequest request) {
		RateLimit limit = new RateLimit("video-upload", this.properties.getUpload().getPerUserPerDay(),
				Duration.ofDays(1));
		return this.rateLimiter.acquire(limit, viewer.id().toString())
			.then(Mono.defer(() -> this.videos.create(newVideo(viewer.id(), request))))
			.map(this::withUrl);
	}

	Mono<Video> complete(AuthenticatedUser viewer, UUID videoId) {
		Mono<Video> complete = this.videos.lockOwned(videoId, viewer).flatMap((video) -> {
			if (video.status() != VideoStatus.UPLOADING) {
				return Mono.just(video);
			}
			return this.storage.size(video.sourceKey()).flatMap((size) -> startProcessing(video, size, viewer.id()));
		});
		return this.transactions.transactional(complete);
	}

	private Mono<Video> startProcessing(Video video, Optional<Long> size, UUID actor) {
		if (size.isEmpty()) {
			return Mono.error(new BadUserInputException("videoId", "The file has not been uploaded"));
		}
		if (size.get() != video.sourceSize()) {
			return Mono.error(new BadUserInputException("videoId",
					"The uploaded file has " + size.get() + " bytes, " + video.sourceSize() + " were declared"));
		}
		return this.repository.markProcessing(video.id(), this.clock.instant())
			.flatMap((processing) -> this.outbox.append(JOBS, job(processing, actor))
				.then(this.outbox.append(VideoEvents.STREAM, VideoEvents.of(VideoEvents.UPDATED, processing, actor)))
				.then(this.outbox.append(VideoEvents.STREAM, VideoEvents.of(VideoEvents.PROCESSING, processing, actor)))
				.thenReturn(processing));
	}

	private EventEnvelope job(Video video, UUID actor) {
		Map<String, Object> data = Map.of("videoId", video.id().toString(), "sourceKey", video.sourceKey(), "attempt",
				1, "bucket", this.properties.getS3().getBucket(), "contentType", video.contentType());
		return EventEnvelope.of(TRANSCODE_REQUESTED, VideoEvents.subject(video.id()), actor, data);
	}

	private Video newVideo(UUID owner, UploadRequest request) {
		UUID id = UUID.randomUUID();
		Instant now = this.clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
		return new Video(id, owner, request.title(), request.description(), request.tags(), request.category(),
				request.visibility(), VideoStatus.UPLOADING, null, 0, "uploads/" + id + "/source", request.size(),
				request.contentType(), null, null, null, null, null, List.of(), 0, 0, now, null);
	}

	private VideoUpload withUrl(Video video) {
		PresignedUpload upload = this.storage.presignUpload(video.sourceKey(), video.contentType(), video.sourceSize(),
				this.properties.getUpload().getUrlTtl());
		List<VideoUpload.HttpHeader> headers = upload.headers()
			.entrySet()
			.stream()
			.map((header) -> new VideoUpload.HttpHeader(header.getKey(), header.getValue()))
			.sorted(java.util.Comparator.comparing(VideoUpload.HttpHeader::name))
			.toList();
		return new VideoUpload(video, upload.url(), headers, upload.expiresAt());
	}

}
