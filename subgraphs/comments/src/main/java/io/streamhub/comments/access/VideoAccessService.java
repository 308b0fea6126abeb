package io.streamhub.comments.access;

import java.util.Optional;
import java.util.UUID;

import io.streamhub.platform.errors.NotFoundException;
import io.streamhub.platform.security.AuthenticatedUser;
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
		return this.repository.findAllById(java.util.List.of(videoId))
			.collectList()
			.flatMap((rows) -> Mono.justOrEmpty(rows.stream().findFirst()))
			.filter((access) -> access.visibleTo(Optional.of(viewer)))
			.switchIfEmpty(Mono.error(() -> new NotFoundException("No such video")));
	}

}
