package io.streamhub.availability.access;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.streamhub.platform.errors.NotFoundException;
import io.streamhub.platform.security.AuthenticatedUser;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

/**
 * Video access checks for mutations.
 */
@Service
public class VideoAccessService {

	private final VideoAccessRepository repository;

	VideoAccessService(VideoAccessRepository repository) {
		this.repository = repository;
	}

	/**
	 * A video the viewer may see.
	 * @param videoId the video
	 * @param viewer the viewer
	 * @return its access row, or NOT_FOUND
	 */
	public Mono<VideoAccess> requireVisible(UUID videoId, AuthenticatedUser viewer) {
		return this.repository.findAllById(List.of(videoId))
			.collectList()
			.flatMap((rows) -> Mono.justOrEmpty(rows.stream().findFirst()))
			.filter((access) -> access.visibleTo(Optional.of(viewer)))
			.switchIfEmpty(Mono.error(() -> new NotFoundException("No such video")));
	}

	/**
	 * A video known here and not deleted (for admins, who see every video).
	 * @param videoId the video
	 * @return its access row, or NOT_FOUND
	 */
	public Mono<VideoAccess> requireKnown(UUID videoId) {
		return this.repository.findAllById(List.of(videoId))
			.next()
			.filter((access) -> !access.deleted())
			.switchIfEmpty(Mono.error(() -> new NotFoundException("No such video")));
	}

	/**
	 * Every video known here and not deleted (the full sync).
	 * @return the video ids
	 */
	public Flux<UUID> knownVideos() {
		return this.repository.findAllNotDeleted();
	}

}
