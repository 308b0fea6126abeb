package io.streamhub.users.notification;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import io.streamhub.users.paging.Connection;
import io.streamhub.users.paging.PageRequest;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

/**
 * Reading and marking a recipient's notifications.
 */
@Service
class NotificationService {

	static final int MAX_MARK = 100;

	private final NotificationRepository repository;

	private final Clock clock;

	NotificationService(NotificationRepository repository, Clock clock) {
		this.repository = repository;
		this.clock = clock;
	}

	Mono<Connection<NotificationEdge>> page(UUID recipient, boolean unreadOnly, PageRequest page) {
		return this.repository.page(recipient, unreadOnly, page)
			.map(NotificationEdge::new)
			.collectList()
			.map((rows) -> Connection.of(rows, page.first(), (edge) -> edge.node().position()));
	}

	Mono<Long> unreadCount(UUID recipient) {
		return this.repository.unreadCount(recipient);
	}

	Mono<List<Notification>> markRead(UUID recipient, List<UUID> ids) {
		if (ids.isEmpty()) {
			return Mono.just(List.of());
		}
		return this.repository.markRead(recipient, ids, this.clock.instant()).collectList();
	}

}
